import { MIXED_PODS as pods } from './fixtures';
import { NO_FILTERS, filterRows, groupByOwner } from './groups';
import { kataClassNames } from './kataClasses';
import { kataPodRows } from './rows';

const Mi = 1024 ** 2;
const KATA = kataClassNames(undefined);

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
});
