import type { NodeKind, RuntimeClassKind } from '../models';
import { matchesNodeSelector, runtimeClassNodes, toCalculatorNode } from './nodes';

const mkNode = (name: string, labels: Record<string, string>, unschedulable = false): NodeKind => ({
  metadata: { name, labels },
  spec: { unschedulable },
  status: { allocatable: { memory: '16Gi', cpu: '3500m', pods: '250' } },
});

const kataOc = { 'node-role.kubernetes.io/kata-oc': '' };
const rc = (nodeSelector?: Record<string, string>): RuntimeClassKind => ({
  metadata: { name: 'kata' },
  handler: 'kata',
  scheduling: nodeSelector ? { nodeSelector } : undefined,
});

const nodes = [
  mkNode('w-2', kataOc),
  mkNode('w-1', { ...kataOc, other: 'x' }),
  mkNode('w-3', { 'node-role.kubernetes.io/worker': '' }),
  mkNode('w-4', kataOc, true),
];

describe('matchesNodeSelector', () => {
  it.each<[Record<string, string> | undefined, Record<string, string> | undefined, boolean]>([
    [kataOc, kataOc, true],
    [{ a: '1', b: '2' }, { a: '1' }, true],
    [{ a: '1' }, { a: '2' }, false],
    [{}, kataOc, false],
    [undefined, kataOc, false],
    [undefined, undefined, true],
    [{ a: '1' }, {}, true],
  ])('%j against %j -> %s', (labels, selector, expected) => {
    expect(matchesNodeSelector(labels, selector)).toBe(expected);
  });
});

describe('runtimeClassNodes', () => {
  it('uses the node selector, skips cordoned nodes, sorts by name', () => {
    expect(runtimeClassNodes(nodes, rc(kataOc), undefined).map((n) => n.name)).toEqual([
      'w-1',
      'w-2',
    ]);
  });

  it('adds nodes where Kata is installed', () => {
    expect(runtimeClassNodes(nodes, rc(kataOc), ['w-3']).map((n) => n.name)).toEqual([
      'w-1',
      'w-2',
      'w-3',
    ]);
  });

  it('without a selector, uses the installed list', () => {
    expect(runtimeClassNodes(nodes, rc(), ['w-3']).map((n) => n.name)).toEqual(['w-3']);
  });

  it('without a selector or an installed list, uses every schedulable node', () => {
    expect(runtimeClassNodes(nodes, rc(), undefined).map((n) => n.name)).toEqual([
      'w-1',
      'w-2',
      'w-3',
    ]);
  });

  it('parses allocatable quantities', () => {
    expect(toCalculatorNode(nodes[0])).toEqual({
      name: 'w-2',
      allocatableMemory: 16 * 1024 ** 3,
      allocatableCpu: 3.5,
      allocatablePods: 250,
    });
    expect(toCalculatorNode({ metadata: { name: 'n' } })).toEqual({
      name: 'n',
      allocatableMemory: undefined,
      allocatableCpu: undefined,
      allocatablePods: undefined,
    });
  });
});
