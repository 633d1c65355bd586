/** Pure evaluation of NFD feature rules against simulated node hardware. */
import { load } from 'js-yaml';
import type { KObject } from '../types';
import { isRecord } from '../types';
import type { Hardware } from './hardware';

export const FEATURE_PREFIX = 'feature.node.kubernetes.io/';
/** The annotation in which NFD records the labels it manages. */
export const FEATURE_LABELS_ANNOTATION = 'nfd.node.kubernetes.io/feature-labels';

type MatchOn = { cpuId: string[]; loadedKMod: string[] };
export type CustomRule = { label: string; value: string; matchOn: MatchOn[] };

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const labelFor = (name: string): string =>
  name.includes('/') ? name : `${FEATURE_PREFIX}custom-${name}`;

/** Rules of `sources.custom` in a NodeFeatureDiscovery's `spec.workerConfig.configData`. */
export const rulesFromNfd = (nfd: KObject): CustomRule[] => {
  const spec = isRecord(nfd.spec) ? nfd.spec : {};
  const wc = isRecord(spec.workerConfig) ? spec.workerConfig : {};
  if (typeof wc.configData !== 'string') return [];
  let data: unknown;
  try {
    data = load(wc.configData);
  } catch {
    return [];
  }
  const sources = isRecord(data) && isRecord(data.sources) ? data.sources : {};
  const custom = Array.isArray(sources.custom) ? (sources.custom as unknown[]) : [];
  return custom.filter(isRecord).flatMap((r) =>
    typeof r.name === 'string'
      ? [
          {
            label: labelFor(r.name),
            value: 'true',
            matchOn: (Array.isArray(r.matchOn) ? (r.matchOn as unknown[]) : [])
              .filter(isRecord)
              .map((m) => ({
                cpuId: strings(m.cpuId),
                loadedKMod: strings(m.loadedKMod),
              })),
          },
        ]
      : [],
  );
};

type Expr = { op: string; value?: string[] };

const matchExpr = (present: string[], key: string, e: Expr): boolean => {
  switch (e.op) {
    case 'Exists':
      return present.includes(key);
    case 'DoesNotExist':
      return !present.includes(key);
    case 'In':
      return present.includes(key) && (e.value ?? []).includes('true');
    default:
      return false;
  }
};

const featuresMatch = (matchFeatures: unknown, hw: Hardware): boolean => {
  if (!Array.isArray(matchFeatures)) return false;
  return (matchFeatures as unknown[]).filter(isRecord).every((f) => {
    const present =
      f.feature === 'cpu.cpuid'
        ? hw.cpuFlags
        : f.feature === 'kernel.loadedmodule'
          ? hw.kernelModules
          : undefined;
    if (!present) return false;
    const exprs = isRecord(f.matchExpressions) ? f.matchExpressions : {};
    return Object.entries(exprs).every(([k, e]) =>
      isRecord(e) && typeof e.op === 'string'
        ? matchExpr(present, k, { op: e.op, value: strings(e.value) })
        : false,
    );
  });
};

/** Labels set by NodeFeatureRule objects (nfd.k8s-sigs.io): cpu.cpuid and kernel.loadedmodule only. */
export const labelsFromNodeFeatureRule = (rule: KObject, hw: Hardware): Record<string, string> => {
  const spec = isRecord(rule.spec) ? rule.spec : {};
  const out: Record<string, string> = {};
  for (const r of Array.isArray(spec.rules) ? (spec.rules as unknown[]).filter(isRecord) : []) {
    const anyOf = Array.isArray(r.matchAny) ? (r.matchAny as unknown[]).filter(isRecord) : [];
    const ok =
      (r.matchFeatures === undefined || featuresMatch(r.matchFeatures, hw)) &&
      (anyOf.length === 0 || anyOf.some((a) => featuresMatch(a.matchFeatures, hw)));
    if (!ok) continue;
    for (const [k, v] of Object.entries(isRecord(r.labels) ? r.labels : {})) {
      out[k.includes('/') ? k : `${FEATURE_PREFIX}${k}`] = String(v);
    }
  }
  return out;
};

/** A rule matches if ANY matchOn entry has ALL its cpuIds and ALL its kernel modules. */
export const ruleMatches = (rule: CustomRule, hw: Hardware): boolean =>
  rule.matchOn.some(
    (m) =>
      m.cpuId.every((f) => hw.cpuFlags.includes(f)) &&
      m.loadedKMod.every((k) => hw.kernelModules.includes(k)),
  );

/** Compiles the NFD configuration once; the result gives the feature labels of a node. */
export const featureLabeler = (
  nfds: KObject[],
  nodeFeatureRules: KObject[],
): ((hw: Hardware) => Record<string, string>) => {
  if (nfds.length === 0) return () => ({});
  const rules = nfds.flatMap(rulesFromNfd);
  return (hw) => {
    const out: Record<string, string> = {};
    for (const f of hw.cpuFlags) out[`${FEATURE_PREFIX}cpu-cpuid.${f}`] = 'true';
    for (const rule of rules) if (ruleMatches(rule, hw)) out[rule.label] = rule.value;
    for (const r of nodeFeatureRules) Object.assign(out, labelsFromNodeFeatureRule(r, hw));
    return out;
  };
};

/** Encodes managed label keys like NFD does (prefix stripped for the default namespace). */
export const encodeManaged = (keys: string[]): string =>
  keys
    .map((k) => (k.startsWith(FEATURE_PREFIX) ? k.slice(FEATURE_PREFIX.length) : k))
    .sort()
    .join(',');

export const decodeManaged = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .filter((x) => x !== '')
    .map((k) => (k.includes('/') ? k : `${FEATURE_PREFIX}${k}`));
