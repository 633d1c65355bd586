import type { KataConfigKind, KataConfigSpec, NodeKind } from '../models';
import { computeNodeImpact, targetingChanged } from './nodeImpact';

const node = (name: string, labels: Record<string, string>): NodeKind => ({
  metadata: { name, labels },
});

/** A stand-in predicate: the node has every matchLabels pair; eligibility needs label e=true. */
const fakeTarget = (n: NodeKind, spec: KataConfigSpec) => {
  const labels = n.metadata?.labels ?? {};
  if (spec.checkNodeEligibility && labels.e !== 'true') return false;
  return Object.entries(spec.kataConfigPoolSelector?.matchLabels ?? {}).every(
    ([k, v]) => labels[k] === v,
  );
};

const nodes = [
  node('w3', { e: 'true', pool: 'a' }),
  node('w1', { e: 'true', pool: 'b' }),
  node('w2', { pool: 'a' }),
];

describe('computeNodeImpact', () => {
  it.each<
    [
      string,
      KataConfigSpec,
      KataConfigSpec,
      { gain: string[]; lose: string[]; leave: string[]; keep: number },
    ]
  >([
    [
      'no change',
      { checkNodeEligibility: false },
      { checkNodeEligibility: false },
      { gain: [], lose: [], leave: [], keep: 3 },
    ],
    [
      'turning eligibility on drops ineligible nodes',
      { checkNodeEligibility: false },
      { checkNodeEligibility: true },
      { gain: [], lose: ['w2'], leave: [], keep: 2 },
    ],
    [
      'a selector narrows the pool',
      { checkNodeEligibility: false },
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'a' } } },
      { gain: [], lose: ['w1'], leave: [], keep: 2 },
    ],
    [
      'switching pools gains and loses',
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'b' } } },
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'a' } } },
      { gain: ['w2', 'w3'], lose: ['w1'], leave: [], keep: 0 },
    ],
  ])('%s', (_n, before, after, expected) => {
    // No status yet: what the old spec targeted is what has Kata.
    expect(computeNodeImpact(nodes, { spec: before }, after, fakeTarget)).toEqual(expected);
  });

  it('with a status: nodes that never got Kata leave the pool without a reboot', () => {
    const kc: KataConfigKind = {
      spec: { checkNodeEligibility: false },
      status: {
        kataNodes: {
          installed: ['w3'],
          failedToInstall: ['w1'],
          waitingToInstall: ['w2'],
        },
      },
    };
    // Narrowing to pool=b: w3 (installed) loses Kata and reboots, w2 (waiting) just leaves, w1 stays.
    expect(
      computeNodeImpact(
        nodes,
        kc,
        { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'b' } } },
        fakeTarget,
      ),
    ).toEqual({ gain: [], lose: ['w3'], leave: ['w2'], keep: 1 });
  });
});

describe('targetingChanged', () => {
  it.each<[KataConfigSpec | undefined, KataConfigSpec | undefined, boolean]>([
    [undefined, undefined, false],
    [{ checkNodeEligibility: false }, { checkNodeEligibility: false, logLevel: 'debug' }, false],
    [{ checkNodeEligibility: false }, { checkNodeEligibility: true }, true],
    [
      { checkNodeEligibility: false, kataConfigPoolSelector: null },
      { checkNodeEligibility: false },
      false,
    ],
    [
      { checkNodeEligibility: false },
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { a: 'b' } } },
      true,
    ],
  ])('%j -> %j: %s', (a, b, expected) => {
    expect(targetingChanged(a, b)).toBe(expected);
  });
});
