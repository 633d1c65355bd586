import { kataDeploymentPod, pod } from './fixtures';
import { kataClassNames } from './kataClasses';
import {
  NO_FILTERS,
  filterRows,
  groupByOwner,
  kataPodRows,
  rowOf,
  rowsOnNode,
  totalsOf,
} from './rows';

const Mi = 1024 ** 2;
const KATA = kataClassNames(undefined);

const pods = [
  kataDeploymentPod('web-5d9f8c7b6-a', 'web', { requests: { memory: '1Gi', cpu: '500m' } }),
  kataDeploymentPod('web-5d9f8c7b6-b', 'web', { node: 'worker-1' }),
  pod('plain', { node: 'worker-0' }),
  pod('runc-pod', { runtimeClassName: 'runc', node: 'worker-0' }),
  pod('remote', {
    runtimeClassName: 'kata-remote',
    overhead: { memory: '120Mi', cpu: '250m' },
    namespace: 'team-b',
  }),
  kataDeploymentPod('job-x', 'unused', {
    owner: { kind: 'Job', name: 'report', apiVersion: 'batch/v1' },
    hash: undefined,
    phase: 'Succeeded',
  }),
];

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

describe('groupByOwner', () => {
  it('groups the pods of one workload and sorts by namespace then owner', () => {
    const groups = groupByOwner(kataPodRows(pods, KATA));
    expect(
      groups.map((g) => [g.namespace, g.owner?.kind ?? 'Pod', g.owner?.name ?? g.podName]),
    ).toEqual([
      ['apps', 'Job', 'report'],
      ['apps', 'Deployment', 'web'],
      ['team-b', 'Pod', 'remote'],
    ]);
    const web = groups[1];
    expect(web.rows.map((r) => r.name)).toEqual(['web-5d9f8c7b6-a', 'web-5d9f8c7b6-b']);
    expect(web.totals.overhead.memory).toBe(700 * Mi);
    expect(web.runtimeClasses).toEqual(['kata']);
  });
});

describe('filterRows', () => {
  const rows = kataPodRows(pods, KATA);
  it('matches text in the pod, owner, namespace or node name', () => {
    expect(filterRows(rows, { ...NO_FILTERS, text: 'WEB' })).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'team-b' }).map((r) => r.name)).toEqual([
      'remote',
    ]);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'worker-1' }).map((r) => r.name)).toEqual([
      'web-5d9f8c7b6-b',
    ]);
  });

  it('filters by phase and by RuntimeClass', () => {
    expect(filterRows(rows, { ...NO_FILTERS, phase: 'Succeeded' }).map((r) => r.name)).toEqual([
      'job-x',
    ]);
    expect(filterRows(rows, { ...NO_FILTERS, runtimeClass: 'kata-remote' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTERS, phase: 'other' })).toHaveLength(0);
  });

  it('finds the Kata pods on a node', () => {
    expect(rowsOnNode(rows, 'worker-0').map((r) => r.name)).toEqual(['web-5d9f8c7b6-a', 'job-x']);
  });
});
