import type { HrefNavItem } from './extensions';
import { isNavActive, mergeNavItems, navEntriesFor, routePaths } from './extensions';

const item = (props: Partial<HrefNavItem['properties']>): HrefNavItem => ({
  type: 'console.navigation/href',
  properties: {
    id: 'x',
    name: '%ns~Sandboxed containers%',
    href: '/sandboxed-containers/nodes',
    ...props,
  },
});

const base = [
  { id: 'nodes', label: 'Nodes', href: '/k8s/cluster/nodes', startsWith: [] },
  { id: 'machineconfigpools', label: 'MCP', href: '/mcp', startsWith: [] },
];

describe('navigation', () => {
  it('keeps items of the perspective and section, translating their names', () => {
    const items = [
      item({ id: 'a', perspective: 'admin', section: 'compute' }),
      item({ id: 'b', perspective: 'dev', section: 'compute' }),
      item({ id: 'c', section: 'compute' }),
      item({ id: 'd', perspective: 'admin', section: 'home' }),
    ];
    const entries = navEntriesFor(items, 'admin', 'compute', (l) => `T(${l})`);
    expect(entries.map((e) => e.id)).toEqual(['a', 'c']);
    expect(entries[0]?.label).toBe('T(%ns~Sandboxed containers%)');
  });

  it('inserts after insertAfter, before insertBefore, else at the end', () => {
    const mk = (id: string, after: string[], before: string[]) => ({
      id,
      label: id,
      href: `/${id}`,
      startsWith: [],
      after,
      before,
    });
    const merged = mergeNavItems(base, [
      mk('after-nodes', ['nodes'], []),
      mk('before-nodes', [], ['nodes']),
      mk('unknown', ['nope'], []),
    ]);
    expect(merged.map((e) => e.id)).toEqual([
      'before-nodes',
      'nodes',
      'after-nodes',
      'machineconfigpools',
      'unknown',
    ]);
  });

  it('marks an entry active by href or startsWith', () => {
    const e = {
      id: 's',
      label: 's',
      href: '/sandboxed-containers/nodes',
      startsWith: ['sandboxed-containers'],
    };
    expect(isNavActive(e, '/sandboxed-containers/install')).toBe(true);
    expect(isNavActive(e, '/sandboxed-containers/nodes')).toBe(true);
    expect(isNavActive(e, '/k8s/cluster/nodes')).toBe(false);
  });

  it('makes non-exact routes match below their path', () => {
    expect(routePaths({ properties: { path: '/a', exact: true } })).toEqual(['/a']);
    expect(routePaths({ properties: { path: ['/a/', '/b'] } })).toEqual(['/a/*', '/b/*']);
  });
});
