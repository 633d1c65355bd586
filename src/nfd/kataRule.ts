/**
 * How to recognise the NFD custom rule that labels Kata-capable nodes (configData.ts) in an
 * existing NodeFeatureDiscovery's `workerConfig.configData`. Reads YAML: loaded on demand
 * (useNfdKataRule) by the pages that only need the answer.
 */
import yaml from 'js-yaml';
import { KATA_RUNTIME_LABEL } from '../models/constants';
import type { NodeFeatureDiscoveryKind } from '../models';
import { isRecord } from '../shared/guards';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

const includesAll = (have: string[], want: string[]) => want.every((w) => have.includes(w));

/** One alternative of the rule: these CPU ID flags and these kernel modules. */
const ALTERNATIVES = [
  { cpuId: ['SSE4', 'VMX'], loadedKMod: ['kvm', 'kvm_intel'] },
  { cpuId: ['SSE4', 'SVM'], loadedKMod: ['kvm', 'kvm_amd'] },
];

const matchesAlternative = (
  matchOn: unknown[],
  alt: { cpuId: string[]; loadedKMod: string[] },
): boolean =>
  matchOn.some(
    (term) =>
      isRecord(term) &&
      includesAll(strings(term.cpuId), alt.cpuId) &&
      includesAll(strings(term.loadedKMod), alt.loadedKMod),
  );

/**
 * Whether a configData string declares the Kata rule: a custom source named after the
 * `runtime.kata` label that matches both the Intel (VMX) and AMD (SVM) alternatives.
 * Unparseable or unrelated config is simply "no".
 */
export const configDataHasKataRule = (configData: string | undefined): boolean => {
  if (!configData) return false;
  let parsed: unknown;
  try {
    parsed = yaml.load(configData);
  } catch {
    return false;
  }
  if (!isRecord(parsed) || !isRecord(parsed.sources)) return false;
  const custom = parsed.sources.custom;
  if (!Array.isArray(custom)) return false;
  return custom.some((rule) => {
    if (!isRecord(rule) || rule.name !== KATA_RUNTIME_LABEL || !Array.isArray(rule.matchOn)) {
      return false;
    }
    const matchOn = rule.matchOn as unknown[];
    return ALTERNATIVES.every((alt) => matchesAlternative(matchOn, alt));
  });
};

/** Existing NodeFeatureDiscoveries that already label Kata-capable nodes (reusable as they are). */
export const nfdsWithKataRule = (
  nfds: readonly NodeFeatureDiscoveryKind[],
): NodeFeatureDiscoveryKind[] =>
  nfds.filter((nfd) => configDataHasKataRule(nfd.spec?.workerConfig?.configData));
