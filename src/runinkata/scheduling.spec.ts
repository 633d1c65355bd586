import { KATA_OC, kataRC, node, runtimeClass } from '../workloads/fixtures';
import { placementOf, tolerates, withRuntimeClassScheduling } from './scheduling';

describe('withRuntimeClassScheduling (RuntimeClass admission)', () => {
  it('merges the class nodeSelector and tolerations into the pod', () => {
    const rc = {
      ...kataRC,
      scheduling: { ...kataRC.scheduling, tolerations: [{ key: 'kata', operator: 'Exists' }] },
    };
    const merged = withRuntimeClassScheduling(
      { nodeSelector: { zone: 'a' }, tolerations: [{ key: 'gpu', operator: 'Exists' }] },
      rc,
    );
    expect(merged.nodeSelector).toEqual({ zone: 'a', ...KATA_OC });
    expect(merged.tolerations.map((t) => t.key)).toEqual(['gpu', 'kata']);
    expect(merged.conflicts).toEqual([]);
  });

  it('reports a key the pod sets to another value: the pod would be refused', () => {
    const merged = withRuntimeClassScheduling(
      { nodeSelector: { 'node-role.kubernetes.io/kata-oc': 'no' } },
      kataRC,
    );
    expect(merged.conflicts).toEqual([
      { key: 'node-role.kubernetes.io/kata-oc', workload: 'no', runtimeClass: '' },
    ]);
  });

  it('leaves the pod alone for a class without scheduling', () => {
    expect(withRuntimeClassScheduling({}, runtimeClass('kata', 'kata')).nodeSelector).toEqual({});
  });
});

describe('tolerates (core/v1 ToleratesTaint)', () => {
  const taint = { key: 'dedicated', value: 'db', effect: 'NoSchedule' };
  it.each([
    [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }, true],
    [{ key: 'dedicated', value: 'db' }, true],
    [{ key: 'dedicated', operator: 'Exists' }, true],
    [{ operator: 'Exists' }, true],
    [{ key: 'dedicated', value: 'web' }, false],
    [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, false],
    [{ key: 'other', operator: 'Exists' }, false],
  ])('%j tolerates dedicated=db:NoSchedule: %s', (t, expected) => {
    expect(tolerates(t, taint)).toBe(expected);
  });
});

describe('placementOf (scheduler filters)', () => {
  const merged = withRuntimeClassScheduling({}, kataRC);
  it.each([
    ['a Kata node', node('w0', KATA_OC), 'fits'],
    ['a node without the kata-oc role', node('w1'), 'selector'],
    ['a cordoned Kata node', node('w2', KATA_OC, undefined, { unschedulable: true }), 'cordoned'],
    ['a NotReady Kata node', node('w3', KATA_OC, undefined, { ready: false }), 'not-ready'],
    [
      'a tainted Kata node',
      node('w4', KATA_OC, undefined, {
        taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }],
      }),
      'taint',
    ],
    [
      'a Kata node with a PreferNoSchedule taint',
      node('w5', KATA_OC, undefined, { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }),
      'fits',
    ],
  ])('%s: %s', (_label, n, expected) => {
    expect(placementOf(n, {}, merged)).toBe(expected);
  });

  it('honours required node affinity', () => {
    const spec = {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
            ],
          },
        },
      },
    };
    const m = withRuntimeClassScheduling(spec, kataRC);
    expect(placementOf(node('a', { ...KATA_OC, zone: 'a' }), spec, m)).toBe('fits');
    expect(placementOf(node('b', { ...KATA_OC, zone: 'b' }), spec, m)).toBe('affinity');
  });
});
