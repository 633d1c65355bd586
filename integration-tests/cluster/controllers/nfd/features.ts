/**
 * Pure nfd-worker / nfd-master rules, after kubernetes-sigs/node-feature-discovery @76e6cc8 and
 * the OpenShift fork's release branches:
 * - the features a node exposes (source/cpu, source/kernel, source/system) from its simulated
 *   hardware and Node object;
 * - the default labels: cpu-cpuid.<FLAG> minus the default attributeBlacklist
 *   (source/cpu/cpu.go newDefaultConfig), cpu-model.vendor_id, kernel-version.*,
 *   system-os_release.*;
 * - legacy `sources.custom[].matchOn` rules (only cpuId and loadedKMod modelled), read only by
 *   operands older than NFD v0.16 / OpenShift NFD 4.15 (commit 7d1df8730 "source/custom: drop
 *   support for the legacy rule format");
 * - NodeFeatureRule evaluation (pkg/apis/nfd/nodefeaturerule rule.go Execute, expression.go
 *   evaluateMatchExpression): matchFeatures / matchAny, matchExpressions and matchName with the
 *   operators In, NotIn, InRegexp, Exists, DoesNotExist, Gt, Ge, Lt, Le, GtLt, GeLe, IsTrue, IsFalse.
 *   Templates, vars, taints and extended resources are not modelled.
 */
import { load } from 'js-yaml';
import type { KObject } from '../../types';
import { isRecord } from '../../types';
import { str } from '../context';
import type { Hardware } from '../hardware';

export const FEATURE_PREFIX = 'feature.node.kubernetes.io/';
/** The annotation in which nfd-master records the labels it manages. */
export const FEATURE_LABELS_ANNOTATION = 'nfd.node.kubernetes.io/feature-labels';

/** source/cpu/cpu.go newDefaultConfig AttributeBlacklist. */
export const CPUID_BLACKLIST = [
  'AVX10',
  'BMI1',
  'BMI2',
  'CLMUL',
  'CMOV',
  'CX16',
  'ERMS',
  'F16C',
  'HTT',
  'LZCNT',
  'MMX',
  'MMXEXT',
  'NX',
  'POPCNT',
  'RDRAND',
  'RDSEED',
  'RDTSCP',
  'SGX',
  'SGXLC',
  'SSE',
  'SSE2',
  'SSE3',
  'SSE4',
  'SSE42',
  'SSSE3',
  'TDX_GUEST',
];

/** A node's features as nfd-worker publishes them (NodeFeature spec.features). */
export type Features = {
  flags: Record<string, string[]>;
  attributes: Record<string, Record<string, string>>;
};

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

const osRelease = (node: KObject): { id: string; versionId: string } => {
  const osImage = str(rec(rec(node.status).nodeInfo).osImage);
  const id = node.metadata.labels?.['node.openshift.io/os_id'] ?? 'rhcos';
  const m = /(\d+)\.(\d+)(\d{2})?\.?/.exec(osImage);
  if (id === 'rhcos') {
    // "Red Hat Enterprise Linux CoreOS 418.94.2025..." → VERSION_ID 4.18
    const r = /CoreOS (\d)(\d+)\./.exec(osImage);
    return { id, versionId: r ? `${r[1]}.${r[2]}` : '4.18' };
  }
  return { id, versionId: m ? `${m[1]}.${m[2]}` : '' };
};

/** The features nfd-worker reads on `node` (cpu, kernel, system sources). */
export const nodeFeatures = (node: KObject, hw: Hardware): Features => {
  const flags = hw.cpuFlags.map((f) => f.toUpperCase());
  const kernel = str(rec(rec(node.status).nodeInfo).kernelVersion);
  const km = /^(\d+)\.(\d+)\.(\d+)/.exec(kernel);
  const os = osRelease(node);
  const [vmaj, vmin] = os.versionId.split('.');
  return {
    flags: {
      'cpu.cpuid': flags,
      'kernel.loadedmodule': [...hw.kernelModules],
    },
    attributes: {
      'cpu.model': { vendor_id: flags.includes('SVM') ? 'AuthenticAMD' : 'GenuineIntel' },
      'kernel.version': km
        ? { full: kernel, major: km[1], minor: km[2], revision: km[3] }
        : { full: kernel },
      'system.osrelease': {
        ID: os.id,
        VERSION_ID: os.versionId,
        ...(vmaj ? { 'VERSION_ID.major': vmaj } : {}),
        ...(vmin ? { 'VERSION_ID.minor': vmin } : {}),
      },
      'system.name': { nodename: node.metadata.name ?? '' },
    },
  };
};

/** The labels nfd-worker's sources produce by default. */
export const defaultLabels = (f: Features): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const flag of f.flags['cpu.cpuid'] ?? []) {
    if (!CPUID_BLACKLIST.includes(flag)) out[`${FEATURE_PREFIX}cpu-cpuid.${flag}`] = 'true';
  }
  const vendor = (f.attributes['cpu.model'] as Record<string, string> | undefined)?.vendor_id;
  if (vendor) out[`${FEATURE_PREFIX}cpu-model.vendor_id`] = vendor;
  const k = f.attributes['kernel.version'] ?? {};
  for (const part of ['full', 'major', 'minor', 'revision']) {
    if (k[part]) out[`${FEATURE_PREFIX}kernel-version.${part}`] = k[part];
  }
  const os = f.attributes['system.osrelease'] ?? {};
  for (const [key, v] of Object.entries(os)) {
    if (v) out[`${FEATURE_PREFIX}system-os_release.${key}`] = v;
  }
  return out;
};

// ------------------------------------------------------------------ legacy custom rules

type MatchOn = { cpuId?: string[]; loadedKMod?: string[]; other: boolean };
export type LegacyRule = { label: string; matchOn: MatchOn[] };

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The operand version from its image tag: [major, minor] (4.10 → [4, 10]; v0.15.4 → [0, 15]). */
export const operandVersion = (image: string | undefined): [number, number] | undefined => {
  if (!image) return undefined;
  const tag = /:([^:/@]+)$/.exec(image.split('@')[0])?.[1];
  const m = tag ? /^v?(\d+)\.(\d+)/.exec(tag) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

/**
 * Whether the operand still reads legacy `matchOn` rules: OpenShift NFD before 4.15, upstream
 * before v0.16. An empty or untagged image is the operator's own (current) operand.
 */
export const supportsLegacyRules = (image: string | undefined): boolean => {
  const v = operandVersion(image);
  if (!v) return false;
  const [major, minor] = v;
  return major === 0 ? minor < 16 : major < 4 || (major === 4 && minor < 15);
};

/** `sources.custom` legacy rules of an NFD's `spec.workerConfig.configData`. */
export const legacyRules = (nfd: KObject): LegacyRule[] => {
  const wc = rec(rec(nfd.spec).workerConfig);
  if (typeof wc.configData !== 'string') return [];
  let data: unknown;
  try {
    data = load(wc.configData);
  } catch {
    return [];
  }
  const custom = rec(rec(data).sources).custom;
  return (Array.isArray(custom) ? custom : []).filter(isRecord).flatMap((r) =>
    typeof r.name === 'string' && Array.isArray(r.matchOn)
      ? [
          {
            label: r.name.includes('/') ? r.name : `${FEATURE_PREFIX}custom-${r.name}`,
            matchOn: r.matchOn.filter(isRecord).map((m) => ({
              cpuId: m.cpuId === undefined ? undefined : strings(m.cpuId),
              loadedKMod: m.loadedKMod === undefined ? undefined : strings(m.loadedKMod),
              other: Object.keys(m).some((k) => k !== 'cpuId' && k !== 'loadedKMod'),
            })),
          },
        ]
      : [],
  );
};

/** A legacy rule matches if ANY matchOn entry has ALL its cpuIds and ALL its kernel modules. */
export const legacyRuleMatches = (rule: LegacyRule, f: Features): boolean =>
  rule.matchOn.some(
    (m) =>
      !m.other &&
      (m.cpuId ?? []).every((c) => (f.flags['cpu.cpuid'] ?? []).includes(c)) &&
      (m.loadedKMod ?? []).every((k) => (f.flags['kernel.loadedmodule'] ?? []).includes(k)),
  );

// ------------------------------------------------------------------ NodeFeatureRule

export type Expression = { op: string; value?: string[]; type?: string };

const version = (s: string): number[] | undefined => {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(s);
  return m ? [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)] : undefined;
};

const cmpVersion = (a: number[], b: number[]): number => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** evaluateMatchExpression: `present` says whether the key exists, `value` is its value. */
export const evaluateExpression = (
  e: Expression,
  present: boolean,
  value: string | undefined,
): boolean => {
  const vals = e.value ?? [];
  switch (e.op) {
    case 'Any':
      return true;
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
  }
  if (!present || value === undefined) return false;
  const num = (s: string): number => (/^-?\d+$/.test(s) ? Number(s) : NaN);
  switch (e.op) {
    case 'In':
      return vals.includes(value);
    case 'NotIn':
      return !vals.includes(value);
    case 'InRegexp':
      return vals.some((r) => {
        try {
          return new RegExp(r).test(value);
        } catch {
          return false;
        }
      });
    case 'Gt':
    case 'Ge':
    case 'Lt':
    case 'Le': {
      if (vals.length !== 1) return false;
      let c: number;
      if (e.type === 'version') {
        const l = version(value);
        const r = version(vals[0]);
        if (!l || !r) return false;
        c = cmpVersion(l, r);
      } else {
        const l = num(value);
        const r = num(vals[0]);
        if (Number.isNaN(l) || Number.isNaN(r)) return false;
        c = l - r;
      }
      return e.op === 'Gt' ? c > 0 : e.op === 'Ge' ? c >= 0 : e.op === 'Lt' ? c < 0 : c <= 0;
    }
    case 'GtLt':
    case 'GeLe': {
      if (vals.length !== 2) return false;
      const v = num(value);
      const lo = num(vals[0]);
      const hi = num(vals[1]);
      if ([v, lo, hi].some(Number.isNaN) || lo >= hi) return false;
      return e.op === 'GtLt' ? v > lo && v < hi : v >= lo && v <= hi;
    }
    case 'IsTrue':
      return value === 'true';
    case 'IsFalse':
      return value === 'false';
    default:
      return false;
  }
};

const toExpression = (v: unknown): Expression | undefined =>
  isRecord(v) && typeof v.op === 'string'
    ? { op: v.op, value: strings(v.value), type: typeof v.type === 'string' ? v.type : undefined }
    : undefined;

/** evaluateFeatureMatcher: every term must match. */
const termsMatch = (terms: unknown, f: Features): boolean => {
  if (!Array.isArray(terms)) return false;
  return terms.filter(isRecord).every((t) => {
    const name = str(t.feature).toLowerCase();
    const flags = f.flags[name] as string[] | undefined;
    const attrs = f.attributes[name] as Record<string, string> | undefined;
    if (!flags && !attrs) return false;
    const keys = flags ?? Object.keys(attrs ?? {});
    const exprs = rec(t.matchExpressions);
    for (const [key, raw] of Object.entries(exprs)) {
      const e = toExpression(raw);
      if (!e) return false;
      const ok = flags
        ? flagExpr(e, flags.includes(key))
        : evaluateExpression(e, key in (attrs ?? {}), attrs?.[key]);
      if (!ok) return false;
    }
    if (t.matchName !== undefined) {
      const e = toExpression(t.matchName);
      if (!e || !keys.some((k) => evaluateExpression(e, true, k))) return false;
    }
    return true;
  });
};

/** Flag features have keys only: value operators see no value, so only Exists/DoesNotExist/Any can match. */
const flagExpr = (e: Expression, present: boolean): boolean =>
  ['Any', 'Exists', 'DoesNotExist'].includes(e.op)
    ? evaluateExpression(e, present, undefined)
    : false;

/** Labels one NodeFeatureRule gives a node (rule.go Execute: matchAny OR, matchFeatures AND). */
export const nodeFeatureRuleLabels = (rule: KObject, f: Features): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const r of Array.isArray(rec(rule.spec).rules)
    ? (rec(rule.spec).rules as unknown[]).filter(isRecord)
    : []) {
    const anyOf = Array.isArray(r.matchAny) ? r.matchAny.filter(isRecord) : [];
    if (anyOf.length > 0 && !anyOf.some((a) => termsMatch(a.matchFeatures, f))) continue;
    if (
      r.matchFeatures !== undefined &&
      (!Array.isArray(r.matchFeatures) ||
        (r.matchFeatures.length > 0 && !termsMatch(r.matchFeatures, f)))
    )
      continue;
    for (const [k, v] of Object.entries(rec(r.labels))) {
      out[k.includes('/') ? k : `${FEATURE_PREFIX}${k}`] = String(v);
    }
  }
  return out;
};

/** Encodes managed label keys like nfd-master does (default prefix stripped). */
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

/** internal/daemonset/worker.go getWorkerAffinity: not a pure master, or a worker; Linux only. */
export const runsNfdWorker = (labels: Record<string, string>): boolean =>
  labels['kubernetes.io/os'] === 'linux' &&
  (!('node-role.kubernetes.io/master' in labels) || 'node-role.kubernetes.io/worker' in labels);
