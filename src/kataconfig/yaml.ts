/**
 * A KataConfig as YAML text and back, for the editor's YAML view. Pure; the only code that needs
 * js-yaml on the KataConfig page, so the page loads it when the YAML view opens.
 */
import yaml from 'js-yaml';
import type { KataConfigKind } from '../models';
import { isRecord } from '../shared/guards';

export const toYaml = (obj: unknown): string => yaml.dump(obj, { noRefs: true, lineWidth: -1 });

type YamlParseErrorCode =
  'yaml-syntax' | 'yaml-not-object' | 'yaml-wrong-kind' | 'yaml-invalid-field';

export type YamlParseResult =
  | { obj: KataConfigKind; error?: undefined }
  | {
      obj?: undefined;
      error: {
        code: YamlParseErrorCode;
        /** yaml-syntax: the parser's reason (English), and where (1-based) when it knows. */
        message?: string;
        line?: number;
        column?: number;
        path?: string;
      };
    };

const checkSpecTypes = (spec: Record<string, unknown>): string | undefined => {
  if ('checkNodeEligibility' in spec && typeof spec.checkNodeEligibility !== 'boolean') {
    return 'spec.checkNodeEligibility';
  }
  if ('enablePeerPods' in spec && typeof spec.enablePeerPods !== 'boolean') {
    return 'spec.enablePeerPods';
  }
  if ('logLevel' in spec && typeof spec.logLevel !== 'string') return 'spec.logLevel';
  const sel = spec.kataConfigPoolSelector;
  if (sel === undefined || sel === null) return undefined;
  if (!isRecord(sel)) return 'spec.kataConfigPoolSelector';
  if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
    if (!isRecord(sel.matchLabels)) return 'spec.kataConfigPoolSelector.matchLabels';
    for (const [k, v] of Object.entries(sel.matchLabels)) {
      if (typeof v !== 'string') return `spec.kataConfigPoolSelector.matchLabels.${k}`;
    }
  }
  if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
    if (!Array.isArray(sel.matchExpressions)) return 'spec.kataConfigPoolSelector.matchExpressions';
    for (const [i, e] of sel.matchExpressions.entries()) {
      const p = `spec.kataConfigPoolSelector.matchExpressions[${String(i)}]`;
      if (!isRecord(e) || typeof e.key !== 'string' || typeof e.operator !== 'string') return p;
      if (
        e.values !== undefined &&
        e.values !== null &&
        (!Array.isArray(e.values) || !e.values.every((v) => typeof v === 'string'))
      ) {
        return `${p}.values`;
      }
    }
  }
  return undefined;
};

/** Parses YAML text into a KataConfig, or returns why it cannot be used. */
export const parseKataConfigYaml = (text: string): YamlParseResult => {
  let value: unknown;
  try {
    value = yaml.load(text);
  } catch (e) {
    // js-yaml's YAMLException: `reason` is the short English sentence, `mark` the 0-based place
    // (its `message` repeats both with a code frame, which reads badly on one line).
    const { reason, mark } = e as { reason?: unknown; mark?: { line?: unknown; column?: unknown } };
    const at = (n: unknown) => (typeof n === 'number' ? n + 1 : undefined);
    return {
      error: {
        code: 'yaml-syntax',
        message: typeof reason === 'string' ? reason : e instanceof Error ? e.message : String(e),
        line: at(mark?.line),
        column: at(mark?.column),
      },
    };
  }
  if (!isRecord(value)) return { error: { code: 'yaml-not-object' } };
  if (
    (value.kind !== undefined && value.kind !== 'KataConfig') ||
    (value.apiVersion !== undefined && value.apiVersion !== 'kataconfiguration.openshift.io/v1')
  ) {
    return { error: { code: 'yaml-wrong-kind' } };
  }
  if (value.metadata !== undefined && !isRecord(value.metadata)) {
    return { error: { code: 'yaml-invalid-field', path: 'metadata' } };
  }
  if (value.spec !== undefined && value.spec !== null) {
    if (!isRecord(value.spec)) return { error: { code: 'yaml-invalid-field', path: 'spec' } };
    const bad = checkSpecTypes(value.spec);
    if (bad) return { error: { code: 'yaml-invalid-field', path: bad } };
  }
  return { obj: value };
};

/** How the editor's YAML view writes and reads the draft (editor.ts: YAML view state). */
export type YamlCodec = {
  dump: (obj: KataConfigKind) => string;
  parse: (text: string) => YamlParseResult;
};

export const yamlCodec: YamlCodec = { dump: toYaml, parse: parseKataConfigYaml };
