import type { KataConfigKind } from '../models';
import { applyFormState, toFormState } from './form';
import { parseKataConfigYaml, toYaml } from './yaml';

describe('parseKataConfigYaml', () => {
  it('parses a KataConfig', () => {
    expect(
      parseKataConfigYaml(
        'kind: KataConfig\nmetadata:\n  name: a\nspec:\n  checkNodeEligibility: true\n',
      ).obj,
    ).toEqual({
      kind: 'KataConfig',
      metadata: { name: 'a' },
      spec: { checkNodeEligibility: true },
    });
  });

  it.each<[string, string, string]>([
    ['kind: [', 'yaml-syntax', ''],
    ['- a\n- b', 'yaml-not-object', ''],
    ['just text', 'yaml-not-object', ''],
    ['', 'yaml-not-object', ''],
    ['kind: Node', 'yaml-wrong-kind', ''],
    ['apiVersion: v1\nkind: KataConfig', 'yaml-wrong-kind', ''],
    ['spec: 3', 'yaml-invalid-field', 'spec'],
    ['spec:\n  checkNodeEligibility: "yes"', 'yaml-invalid-field', 'spec.checkNodeEligibility'],
    ['spec:\n  logLevel: 3', 'yaml-invalid-field', 'spec.logLevel'],
    [
      'spec:\n  kataConfigPoolSelector:\n    matchLabels:\n      a: 1',
      'yaml-invalid-field',
      'spec.kataConfigPoolSelector.matchLabels.a',
    ],
    [
      'spec:\n  kataConfigPoolSelector:\n    matchExpressions:\n      - key: a',
      'yaml-invalid-field',
      'spec.kataConfigPoolSelector.matchExpressions[0]',
    ],
  ])('rejects %j with %s', (text, code, path) => {
    const result = parseKataConfigYaml(text);
    expect(result.error?.code).toBe(code);
    expect(result.error?.path ?? '').toBe(path);
  });

  it('gives the parser reason and where it stopped (1-based) for syntax errors', () => {
    expect(parseKataConfigYaml('a: [1, 2\nb: 3').error).toEqual({
      code: 'yaml-syntax',
      message: 'missed comma between flow collection entries',
      line: 2,
      column: 1,
    });
  });
});

describe('toYaml', () => {
  const full: KataConfigKind = {
    kind: 'KataConfig',
    metadata: { name: 'kc', annotations: { note: 'keep me' } },
    spec: {
      checkNodeEligibility: true,
      kataConfigPoolSelector: { matchLabels: { 'custom-kata-pool': 'true' } },
      futureField: { nested: [1, 2] },
    } as KataConfigKind['spec'],
  };

  it('round-trips through YAML with unknown fields preserved', () => {
    const edited = applyFormState(full, {
      ...toFormState(full),
      checkNodeEligibility: false,
    });
    const parsed = parseKataConfigYaml(toYaml(edited));
    expect(parsed.obj).toEqual(edited);
    expect(parsed.obj && toFormState(parsed.obj).checkNodeEligibility).toBe(false);
  });
});
