import { rebootingNodes, tabOf } from './detailsTabs';

describe('tabOf', () => {
  it.each([
    ['nodes', 'nodes'],
    ['yaml', 'yaml'],
    ['details', 'details'],
    [null, 'details'],
    ['YAML', 'details'],
    ['constructor', 'details'],
  ])('%j -> %s', (value, tab) => {
    expect(tabOf(value)).toBe(tab);
  });
});

describe('rebootingNodes', () => {
  it('lists the nodes that gain and that lose Kata, not those that keep it', () => {
    expect(rebootingNodes({ gain: ['a'], lose: ['b', 'c'] })).toEqual(['a', 'b', 'c']);
    expect(rebootingNodes({ gain: [], lose: [] })).toEqual([]);
  });
});
