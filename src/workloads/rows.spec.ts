import { MIXED_PODS as pods, pod } from './fixtures';
import { kataClassNames } from './kataClasses';
import { kataPodRows, rowOf, totalsOf } from './rows';

const Mi = 1024 ** 2;
const KATA = kataClassNames(undefined);

describe('kataPodRows', () => {
  it('keeps exactly the pods whose runtimeClassName is a Kata class', () => {
    expect(kataPodRows(pods, KATA).map((r) => r.name)).toEqual([
      'web-5d9f8c7b6-a',
      'web-5d9f8c7b6-b',
      'remote',
      'job-x',
    ]);
  });

  it('describes a pod: owner, node, phase, requests, overhead', () => {
    const [row] = kataPodRows(pods, KATA);
    expect(row).toMatchObject({
      namespace: 'apps',
      owner: { kind: 'Deployment', name: 'web' },
      node: 'worker-0',
      phase: 'Running',
      runtimeClass: 'kata',
      requests: { memory: 1024 * Mi, cpu: 0.5 },
      overhead: { memory: 350 * Mi, cpu: 0.25 },
      active: true,
    });
  });

  it('derives a row once per pod object and again when the object changes', () => {
    const p = pods[0];
    expect(rowOf(p)).toBe(rowOf(p));
    const changed = { ...p, status: { phase: 'Failed' } };
    expect(rowOf(changed).phase).toBe('Failed');
    expect(rowOf(changed).active).toBe(false);
  });

  it('shows a pod being deleted as Terminating', () => {
    expect(rowOf(pod('x', { deleting: true })).phase).toBe('Terminating');
  });
});

describe('totalsOf', () => {
  it('adds the overhead of the pods that hold node resources only', () => {
    const totals = totalsOf(kataPodRows(pods, KATA));
    expect(totals.pods).toBe(4);
    expect(totals.active).toBe(3);
    expect(totals.overhead.memory).toBe((350 + 350 + 120) * Mi);
    expect(totals.overhead.cpu).toBeCloseTo(0.75);
  });
});
