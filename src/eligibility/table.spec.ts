import fc from 'fast-check';
import { evaluateCluster } from './evaluate';
import { kataConfig, nodes } from './fixtures';
import type { EligibilityRow, Filters } from './table';
import { NO_FILTERS, filterRows, sortRows, toRows, visibleRange } from './table';

const list = [nodes.intel, nodes.master, nodes.rhel, nodes.noNfd, nodes.compact, nodes.notReady];
const kc = kataConfig(
  {},
  { installed: ['compute-0.example.com'], failedToInstall: ['compute-3.example.com'] },
);
const rows: EligibilityRow[] = toRows(
  list,
  evaluateCluster(list, {
    platform: 'BareMetal',
    nfdInstalled: true,
    nfdPresent: true,
    kataConfig: kc,
  }).evaluations,
);
const names = (r: EligibilityRow[]) => r.map((row) => row.evaluation.name);

describe('toRows', () => {
  it('pairs each node with its evaluation, roles and role flags', () => {
    expect(rows[1]).toMatchObject({
      node: nodes.master,
      roles: ['control-plane', 'master'],
      worker: false,
      controlPlane: true,
    });
    expect(rows[4]).toMatchObject({ worker: true, controlPlane: true });
  });

  it('reuses the rows of unchanged evaluations and rebuilds a changed one', () => {
    const evaluations = evaluateCluster(list, {
      platform: 'BareMetal',
      nfdInstalled: true,
    }).evaluations;
    const first = toRows(list, evaluations);
    expect(toRows(list, evaluations)).toEqual(first);
    expect(toRows(list, evaluations)[0]).toBe(first[0]);
    const relabelled = { ...list[0], metadata: { ...list[0].metadata, labels: {} } };
    const again = toRows([relabelled, ...list.slice(1)], evaluations);
    expect(again[0]).not.toBe(first[0]);
    expect(again[0]).toMatchObject({ node: relabelled, roles: [], worker: false });
    expect(again[1]).toBe(first[1]);
  });
});

describe('filterRows', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters', {}, names(rows)],
    [
      'text, case-insensitive',
      { text: 'MASTER' },
      ['master-0.example.com', 'master-1.example.com'],
    ],
    ['text with spaces around', { text: '  compute-0 ' }, ['compute-0.example.com']],
    ['eligible', { status: 'eligible' }, ['compute-0.example.com', 'master-1.example.com']],
    [
      'not eligible',
      { status: 'not-eligible' },
      [
        'master-0.example.com',
        'rhel-worker-0.example.com',
        'compute-5.example.com',
        'compute-3.example.com',
      ],
    ],
    ['unknown', { status: 'unknown' }, []],
    ['kata installed', { status: 'kata-installed' }, ['compute-0.example.com']],
    [
      'workers',
      { role: 'worker' },
      [
        'compute-0.example.com',
        'rhel-worker-0.example.com',
        'compute-5.example.com',
        'master-1.example.com',
        'compute-3.example.com',
      ],
    ],
    ['control plane', { role: 'control-plane' }, ['master-0.example.com', 'master-1.example.com']],
    ['combined', { text: 'master', status: 'eligible', role: 'worker' }, ['master-1.example.com']],
  ])('%s', (_t, filters, expected) => {
    expect(names(filterRows(rows, { ...NO_FILTERS, ...filters }))).toEqual(expected);
  });
});

describe('sortRows', () => {
  it('sorts names naturally, both ways', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'asc' }))).toEqual([
      'compute-0.example.com',
      'compute-3.example.com',
      'compute-5.example.com',
      'master-0.example.com',
      'master-1.example.com',
      'rhel-worker-0.example.com',
    ]);
    expect(names(sortRows(rows, { column: 'name', direction: 'desc' }))[0]).toBe(
      'rhel-worker-0.example.com',
    );
  });

  it('puts not-eligible first by verdict, then orders by name', () => {
    expect(
      sortRows(rows, { column: 'verdict', direction: 'asc' }).map((r) => r.evaluation.verdict),
    ).toEqual([
      'not-eligible',
      'not-eligible',
      'not-eligible',
      'not-eligible',
      'eligible',
      'eligible',
    ]);
    expect(names(sortRows(rows, { column: 'verdict', direction: 'asc' })).slice(0, 2)).toEqual([
      'compute-3.example.com',
      'compute-5.example.com',
    ]);
  });

  it('puts an eligible node with a warning (cordoned) before the other eligible ones', () => {
    const ctx = { platform: 'BareMetal', nfdInstalled: true, nfdPresent: true, kataConfig: kc };
    const mixed = [nodes.intel, nodes.cordoned, nodes.amd, nodes.rhel];
    const r = toRows(mixed, evaluateCluster(mixed, ctx).evaluations);
    expect(names(sortRows(r, { column: 'verdict', direction: 'asc' }))).toEqual([
      'rhel-worker-0.example.com',
      'compute-4.example.com',
      'compute-0.example.com',
      'compute-1.example.com',
    ]);
    // The cordoned node counts among the eligible ones for the filter.
    expect(names(filterRows(r, { ...NO_FILTERS, status: 'eligible' }))).toEqual([
      'compute-0.example.com',
      'compute-4.example.com',
      'compute-1.example.com',
    ]);
  });

  it('puts failures first by Kata state', () => {
    const sorted = sortRows(rows, { column: 'kataState', direction: 'asc' });
    expect(sorted.map((r) => r.evaluation.kataState).slice(0, 3)).toEqual([
      'failed',
      'installed',
      'not-installed',
    ]);
    expect(sortRows(rows, { column: 'kataState', direction: 'desc' })[5].evaluation.kataState).toBe(
      'failed',
    );
  });

  it('does not reorder its input', () => {
    const before = names(rows);
    sortRows(rows, { column: 'name', direction: 'desc' });
    expect(names(rows)).toEqual(before);
  });
});

describe('visibleRange', () => {
  it.each<[string, [number, number, number, number, number], { start: number; end: number }]>([
    ['top of the list', [0, 480, 48, 5000, 5], { start: 0, end: 15 }],
    ['scrolled', [4800, 480, 48, 5000, 5], { start: 95, end: 115 }],
    ['partial row at the bottom', [4810, 480, 48, 5000, 0], { start: 100, end: 111 }],
    ['end of the list', [48 * 4990, 480, 48, 5000, 5], { start: 4985, end: 5000 }],
    ['scrolled past the end', [1e9, 480, 48, 5000, 5], { start: 5000, end: 5000 }],
    ['fewer rows than fit', [0, 480, 48, 3, 5], { start: 0, end: 3 }],
    ['no rows', [0, 480, 48, 0, 5], { start: 0, end: 0 }],
    ['negative scroll', [-100, 480, 48, 50, 2], { start: 0, end: 12 }],
    ['zero row height', [0, 480, 0, 50, 2], { start: 0, end: 0 }],
    ['NaN everywhere', [NaN, NaN, 48, NaN, NaN], { start: 0, end: 0 }],
  ])('%s', (_t, args, expected) => {
    expect(visibleRange(...args)).toEqual(expected);
  });

  it('always covers the viewport within bounds and a bounded number of rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 20 }),
        (scrollTop, height, rowHeight, count, overscan) => {
          const { start, end } = visibleRange(scrollTop, height, rowHeight, count, overscan);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          expect(end - start).toBeLessThanOrEqual(Math.ceil(height / rowHeight) + 1 + 2 * overscan);
          const firstVisible = Math.floor(scrollTop / rowHeight);
          const lastVisible = Math.min(count, Math.ceil((scrollTop + height) / rowHeight));
          // Past the end there is nothing to cover; otherwise the window covers the viewport.
          const covers = firstVisible >= count || (start <= firstVisible && end >= lastVisible);
          expect(covers).toBe(true);
        },
      ),
    );
  });
});
