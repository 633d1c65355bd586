import type { KataConfigKind } from '../models';
import { diffSpecs, formatPath, formatValue, rebaseEdits } from './conflict';

const kc = (spec: Record<string, unknown>, rv = '1', extra: Partial<KataConfigKind> = {}) =>
  ({
    apiVersion: 'kataconfiguration.openshift.io/v1',
    kind: 'KataConfig',
    metadata: { name: 'kc', resourceVersion: rv },
    spec,
    ...extra,
  }) as KataConfigKind;

describe('diffSpecs', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, unknown[]]>([
    ['no change', { checkNodeEligibility: true }, { checkNodeEligibility: true }, []],
    [
      'a changed boolean',
      { checkNodeEligibility: false },
      { checkNodeEligibility: true },
      [{ path: ['spec', 'checkNodeEligibility'], before: false, after: true }],
    ],
    [
      'an added field',
      { checkNodeEligibility: false },
      { checkNodeEligibility: false, logLevel: 'debug' },
      [{ path: ['spec', 'logLevel'], before: undefined, after: 'debug' }],
    ],
    [
      'a removed selector',
      {
        checkNodeEligibility: false,
        kataConfigPoolSelector: { matchLabels: { a: 'b' } },
      },
      { checkNodeEligibility: false },
      [
        {
          path: ['spec', 'kataConfigPoolSelector'],
          before: { matchLabels: { a: 'b' } },
          after: undefined,
        },
      ],
    ],
    [
      'a changed label inside the selector',
      {
        kataConfigPoolSelector: {
          matchLabels: { 'example.com/pool': 'a', keep: 'x' },
        },
      },
      {
        kataConfigPoolSelector: {
          matchLabels: { 'example.com/pool': 'b', keep: 'x' },
        },
      },
      [
        {
          path: ['spec', 'kataConfigPoolSelector', 'matchLabels', 'example.com/pool'],
          before: 'a',
          after: 'b',
        },
      ],
    ],
    [
      'a changed expression list (arrays compared whole)',
      {
        kataConfigPoolSelector: {
          matchExpressions: [{ key: 'a', operator: 'Exists' }],
        },
      },
      {
        kataConfigPoolSelector: {
          matchExpressions: [{ key: 'b', operator: 'Exists' }],
        },
      },
      [
        {
          path: ['spec', 'kataConfigPoolSelector', 'matchExpressions'],
          before: [{ key: 'a', operator: 'Exists' }],
          after: [{ key: 'b', operator: 'Exists' }],
        },
      ],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(diffSpecs(kc(a), kc(b, '2'))).toEqual(expected);
  });

  it('ignores metadata and status', () => {
    const a = kc({ x: 1 }, '1', { status: { runtimeClasses: [] } });
    const b = kc({ x: 1 }, '9', { status: { runtimeClasses: ['kata'] } });
    expect(diffSpecs(a, b)).toEqual([]);
  });
});

describe('rebaseEdits', () => {
  it('applies my change on the latest object and keeps its resourceVersion and status', () => {
    const base = kc({ checkNodeEligibility: false, logLevel: 'info' }, '1');
    const mine = kc({ checkNodeEligibility: true, logLevel: 'info' }, '1');
    const latest = kc({ checkNodeEligibility: false, logLevel: 'debug' }, '2', {
      status: { runtimeClasses: ['kata'] },
    });
    const { merged, conflicts } = rebaseEdits(base, mine, latest);
    expect(merged).toEqual(
      kc({ checkNodeEligibility: true, logLevel: 'debug' }, '2', {
        status: { runtimeClasses: ['kata'] },
      }),
    );
    expect(conflicts).toEqual([]);
  });

  it('lets my value win on the same field and lists the conflict', () => {
    const base = kc({ logLevel: 'info' });
    const mine = kc({ logLevel: 'debug' });
    const latest = kc({ logLevel: 'warn' }, '5');
    const { merged, conflicts } = rebaseEdits(base, mine, latest);
    expect(merged.spec?.logLevel).toBe('debug');
    expect(merged.metadata?.resourceVersion).toBe('5');
    expect(conflicts).toEqual([
      {
        path: ['spec', 'logLevel'],
        base: 'info',
        mine: 'debug',
        latest: 'warn',
      },
    ]);
  });

  it('is not a conflict when both sides made the same change', () => {
    const { conflicts } = rebaseEdits(
      kc({ logLevel: 'info' }),
      kc({ logLevel: 'debug' }),
      kc({ logLevel: 'debug' }, '2'),
    );
    expect(conflicts).toEqual([]);
  });

  it('applies my removal of a field', () => {
    const base = kc({
      kataConfigPoolSelector: { matchLabels: { a: 'b' } },
      logLevel: 'info',
    });
    const mine = kc({ logLevel: 'info' });
    const latest = kc(
      {
        kataConfigPoolSelector: { matchLabels: { a: 'b' } },
        logLevel: 'trace',
        newField: 1,
      },
      '3',
    );
    expect(rebaseEdits(base, mine, latest).merged.spec).toEqual({
      logLevel: 'trace',
      newField: 1,
    });
  });

  it('keeps label edits independent: theirs on one key, mine on another', () => {
    const sel = (labels: Record<string, string>) => ({
      kataConfigPoolSelector: { matchLabels: labels },
    });
    const { merged, conflicts } = rebaseEdits(
      kc(sel({ a: '1', b: '1' })),
      kc(sel({ a: '2', b: '1' })),
      kc(sel({ a: '1', b: '3' }), '2'),
    );
    expect(merged.spec?.kataConfigPoolSelector).toEqual({
      matchLabels: { a: '2', b: '3' },
    });
    expect(conflicts).toEqual([]);
  });

  it('re-applies metadata label edits too, but not other metadata', () => {
    const base = kc({}, '1');
    const mine = {
      ...kc({}, '1'),
      metadata: { name: 'kc', resourceVersion: '1', labels: { x: 'y' } },
    };
    const latest = kc({}, '7');
    expect(rebaseEdits(base, mine, latest).merged.metadata).toEqual({
      name: 'kc',
      resourceVersion: '7',
      labels: { x: 'y' },
    });
  });

  it('changes nothing when I made no edits', () => {
    const latest = kc({ logLevel: 'warn' }, '2');
    expect(rebaseEdits(kc({ logLevel: 'info' }), kc({ logLevel: 'info' }), latest)).toEqual({
      merged: latest,
      conflicts: [],
    });
  });
});

describe('formatPath / formatValue', () => {
  it.each<[string[], string]>([
    [['spec', 'logLevel'], 'spec.logLevel'],
    [
      ['spec', 'kataConfigPoolSelector', 'matchLabels', 'example.com/pool'],
      'spec.kataConfigPoolSelector.matchLabels["example.com/pool"]',
    ],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
  it.each<[unknown, string]>([
    [undefined, '—'],
    [true, 'true'],
    ['info', '"info"'],
    [{ a: 'b' }, '{"a":"b"}'],
  ])('%j -> %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});
