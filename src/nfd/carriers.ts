/**
 * Where a cluster carries the kata rule, and whether its NFD actually applies it. Pure.
 *
 * A carrier is a NodeFeatureDiscovery whose `configData` holds the legacy rule, or a NodeFeatureRule
 * (either API group) whose rule labels `runtime.kata=true` for both the Intel and the AMD
 * alternatives. It is effective when a running NFD reads it: the legacy form only by operands that
 * still read `matchOn`, a NodeFeatureRule only in the group the operand reads; and only
 * NodeFeatureDiscoveries in the operator's namespace run at all (the NFD operator's manager cache is
 * limited to its namespace: cluster-nfd-operator main.go).
 */
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import type { FeatureMatcherTerm, NodeFeatureDiscoveryKind, NodeFeatureRuleKind } from '../models';
import { isRecord } from '../shared/guards';
import { KATA_RULE_ALTERNATIVES } from './forms';
import { effectiveOperand, readsLegacyRules, ruleApiOf } from './support';
import type { NfdSupport, RuleApi } from './support';

/** NFD's default label namespace, added to rule labels that name none. */
const DEFAULT_LABEL_NS = 'feature.node.kubernetes.io/';

type Rule = NonNullable<NonNullable<NodeFeatureRuleKind['spec']>['rules']>[number];

const labelsKata = (rule: Rule): boolean => {
  const labels: unknown = rule.labels;
  if (!isRecord(labels)) return false;
  return Object.entries(labels).some(
    ([key, value]) =>
      value === KATA_RUNTIME_LABEL_VALUE &&
      (key === KATA_RUNTIME_LABEL || `${DEFAULT_LABEL_NS}${key}` === KATA_RUNTIME_LABEL),
  );
};

/** The names a term requires to be present: `Exists` expressions, or a one-value `In` name match. */
const requiredNames = (term: FeatureMatcherTerm): string[] => {
  const names: string[] = [];
  const expressions: unknown = term.matchExpressions;
  if (isRecord(expressions)) {
    for (const [name, expr] of Object.entries(expressions)) {
      if (isRecord(expr) && expr.op === 'Exists') names.push(name);
    }
  }
  const matchName: unknown = term.matchName;
  if (isRecord(matchName) && matchName.op === 'In' && Array.isArray(matchName.value)) {
    if (matchName.value.length === 1 && typeof matchName.value[0] === 'string') {
      names.push(matchName.value[0]);
    }
  }
  return names;
};

const terms = (v: unknown): FeatureMatcherTerm[] =>
  Array.isArray(v) ? v.filter((t): t is FeatureMatcherTerm => isRecord(t)) : [];

/** Every way the rule can match: the top-level terms AND each `matchAny` element (or alone). */
const alternatives = (rule: Rule): FeatureMatcherTerm[][] => {
  const top = terms(rule.matchFeatures);
  const any: unknown = rule.matchAny;
  if (!Array.isArray(any) || any.length === 0) return [top];
  return any.filter(isRecord).map((a) => [...top, ...terms(a.matchFeatures)]);
};

const requires = (alternative: FeatureMatcherTerm[], feature: string): Set<string> =>
  new Set(alternative.filter((t) => t.feature === feature).flatMap(requiredNames));

/** A NodeFeatureRule that labels runtime.kata=true for both the Intel and the AMD alternative. */
export const nodeFeatureRuleHasKataRule = (nfr: NodeFeatureRuleKind): boolean => {
  const rules: unknown = nfr.spec?.rules;
  if (!Array.isArray(rules)) return false;
  return (rules as unknown[]).some((r) => {
    if (!isRecord(r)) return false;
    const rule = r as Rule;
    if (!labelsKata(rule)) return false;
    const alts = alternatives(rule);
    return KATA_RULE_ALTERNATIVES.every(({ cpuId, modules }) =>
      alts.some((alt) => {
        const cpu = requires(alt, 'cpu.cpuid');
        const mods = requires(alt, 'kernel.loadedmodule');
        // SSE4 is in every x86-64 CPU NFD sees, and kvm_intel / kvm_amd cannot load without
        // kvm: a rule that leaves them out is still the kata rule.
        return (
          cpuId.every((f) => f === 'SSE4' || cpu.has(f)) &&
          modules.every((m) => m === 'kvm' || mods.has(m))
        );
      }),
    );
  });
};

export type IneffectiveReason =
  /** The NFD's operand no longer reads `matchOn` (OpenShift NFD 4.15+, upstream v0.16+). */
  | 'legacy-not-read'
  /** No running NFD reads NodeFeatureRules of this group. */
  | 'api-not-read'
  /** No NodeFeatureDiscovery runs NFD at all. */
  | 'no-nfd-instance'
  /** A NodeFeatureDiscovery outside the operator's namespace is ignored. */
  | 'outside-operator-namespace';

export type KataRuleCarrier = {
  kind: 'legacy' | 'rule';
  /** The NodeFeatureRule's API group (kind `rule`). */
  api?: RuleApi;
  name: string;
  namespace: string;
  /** Undefined when it cannot be told (NFD's version unknown). */
  effective: boolean | undefined;
  reason?: IneffectiveReason;
};

export type KataRuleSources = {
  nfds: readonly NodeFeatureDiscoveryKind[];
  /**
   * Those of `nfds` whose configData holds the legacy kata rule (kataRule.ts's nfdsWithKataRule,
   * read from YAML by the caller: js-yaml loads on demand, so this core does not import it).
   */
  legacy: readonly NodeFeatureDiscoveryKind[];
  rules: Partial<Record<RuleApi, readonly NodeFeatureRuleKind[]>>;
  support: NfdSupport;
};

export type KataRuleStatus = {
  carriers: KataRuleCarrier[];
  /** A running NFD applies the kata rule; undefined when that cannot be told. */
  active: boolean | undefined;
};

const nameOf = (o: { metadata?: { name?: string; namespace?: string } }) => ({
  name: o.metadata?.name ?? '',
  namespace: o.metadata?.namespace ?? '',
});

/** The NodeFeatureDiscoveries the operator runs (those in its namespace, when that is known). */
const runningInstances = (
  nfds: readonly NodeFeatureDiscoveryKind[],
  support: NfdSupport,
): NodeFeatureDiscoveryKind[] => {
  const ns = support.operator?.namespace;
  return nfds.filter((nfd) => !ns || nfd.metadata?.namespace === ns);
};

/** Whether the instance's operand reads legacy rules: from its image's version, else the operator's. */
const instanceReadsLegacy = (nfd: NodeFeatureDiscoveryKind, support: NfdSupport) => {
  const pinned = nfd.spec?.operand?.image;
  const { version } = effectiveOperand(pinned, support);
  if (version) return readsLegacyRules(version);
  return pinned ? undefined : support.legacyRules;
};

/** The NodeFeatureRule API the instance's operand reads; undefined when unknown. */
const instanceRuleApi = (nfd: NodeFeatureDiscoveryKind, support: NfdSupport) => {
  const pinned = nfd.spec?.operand?.image;
  const { version } = effectiveOperand(pinned, support);
  if (version) return { known: true, api: ruleApiOf(version) };
  return pinned || support.pending ? { known: false } : { known: true, api: support.ruleApi };
};

export const kataRuleStatus = ({
  nfds,
  legacy,
  rules,
  support,
}: KataRuleSources): KataRuleStatus => {
  const running = runningInstances(nfds, support);
  const runningKeys = new Set(running.map((n) => JSON.stringify(nameOf(n))));
  const carriers: KataRuleCarrier[] = [];
  for (const nfd of legacy) {
    const id = nameOf(nfd);
    if (!runningKeys.has(JSON.stringify(id))) {
      carriers.push({
        kind: 'legacy',
        ...id,
        effective: false,
        reason: 'outside-operator-namespace',
      });
      continue;
    }
    const reads = instanceReadsLegacy(nfd, support);
    carriers.push({
      kind: 'legacy',
      ...id,
      effective: reads,
      ...(reads === false ? { reason: 'legacy-not-read' as const } : {}),
    });
  }
  const apis = running.map((nfd) => instanceRuleApi(nfd, support));
  for (const [api, list] of Object.entries(rules) as [RuleApi, NodeFeatureRuleKind[]][]) {
    for (const nfr of list.filter(nodeFeatureRuleHasKataRule)) {
      const id = nameOf(nfr);
      let effective: boolean | undefined;
      let reason: IneffectiveReason | undefined;
      if (running.length === 0) {
        effective = false;
        reason = 'no-nfd-instance';
      } else if (apis.some((a) => a.known && a.api === api)) {
        effective = true;
      } else if (apis.some((a) => !a.known)) {
        effective = undefined;
      } else {
        effective = false;
        reason = 'api-not-read';
      }
      carriers.push({ kind: 'rule', api, ...id, effective, ...(reason ? { reason } : {}) });
    }
  }
  let active: boolean | undefined = false;
  if (carriers.some((c) => c.effective === true)) active = true;
  else if (carriers.some((c) => c.effective === undefined)) active = undefined;
  return { carriers, active };
};
