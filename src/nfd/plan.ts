/**
 * What the NFD step creates or reuses, from the admin's answers and what the cluster's NFD
 * supports (support.ts) and already carries (carriers.ts). Pure.
 *
 * - An effective carrier of the kata rule is adopted as it is: nothing is created.
 * - The `rule` form adds a NodeFeatureRule, in the group the running NFD reads, and creates a
 *   NodeFeatureDiscovery only when none runs; its operand image is left to the operator unless
 *   the operator needs one (before NFD 4.17), which is then the operator's own operand.
 * - The `legacy` form creates the documented nfd.yaml with an operand that still reads `matchOn`.
 */
import {
  NodeFeatureDiscoveryModel,
  NodeFeatureRuleModel,
  NodeFeatureRuleOpenShiftModel,
} from '../models';
import type { K8sModel, K8sResourceCommon, NodeFeatureDiscoveryKind } from '../models';
import { validateDns1123Subdomain } from '../shared/validation';
import type { ValidationError } from '../shared/validation';
import { NFD_NAMESPACE } from '../models/constants';
import { kataRuleStatus } from './carriers';
import type { KataRuleCarrier, KataRuleSources } from './carriers';
import {
  DEFAULT_NODE_FEATURE_RULE_NAME,
  DEFAULT_RULE_NFD_NAME,
  buildKataNodeFeatureRule,
  buildLegacyNfd,
  buildNfdInstance,
  legacyImage,
} from './forms';
import type { NfdForm } from './forms';
import { isFullyQualified, parseImageReference } from './imageRef';
import type { ImageReferenceError } from './imageRef';
import { effectiveOperand, operandImageVersion, readsLegacyRules, ruleApiOf } from './support';
import type { NfdSupport, RuleApi } from './support';

export type NfdStepAnswers = {
  /** Unset: the form the cluster's NFD calls for. */
  form?: NfdForm;
  /** Reuse an existing carrier of the kata rule when one works (default). */
  adopt: boolean;
  name: string;
  namespace: string;
  /** Operand image; '' leaves it to the operator (or to the documented one, for `legacy`). */
  image: string;
  ruleName: string;
};

/** The step's defaults: adopt what works, else the recommended form with the documented names. */
export const defaultNfdStepAnswers = (): NfdStepAnswers => ({
  adopt: true,
  name: DEFAULT_RULE_NFD_NAME,
  namespace: NFD_NAMESPACE,
  image: '',
  ruleName: DEFAULT_NODE_FEATURE_RULE_NAME,
});

export type NfdStepError =
  | 'pending'
  /** The cluster serves no NodeFeatureRule API NFD reads. */
  | 'no-rule-api'
  /** The operand the legacy form would run no longer reads `matchOn`. */
  | 'legacy-not-read';

export type NfdStepWarning =
  /** The image names no registry (CRI-O resolves short names only through its configuration). */
  | 'image-not-qualified'
  /** Its tag does not tell the operand's version: whether it reads `matchOn` is unknown. */
  | 'image-version-unknown'
  /** A second NodeFeatureDiscovery next to a running one. */
  | 'second-instance';

export type NfdStepPlan = {
  form: NfdForm;
  adopted?: KataRuleCarrier;
  /** The running NodeFeatureDiscovery that will apply the new NodeFeatureRule. */
  runsOn?: { name: string; namespace: string };
  /** The NodeFeatureRule API the rule is written in (form `rule`). */
  ruleApi?: RuleApi;
  /** The operand image the new NodeFeatureDiscovery names, if any. */
  image?: string;
  creates: { model: K8sModel; object: K8sResourceCommon }[];
  error?: NfdStepError;
  fieldErrors: {
    name?: ValidationError;
    namespace?: ValidationError | { code: 'outside-operator-namespace'; namespace: string };
    image?: ImageReferenceError;
    ruleName?: ValidationError;
  };
  warnings: NfdStepWarning[];
};

export type NfdStepFacts = {
  support: NfdSupport;
  nfds: readonly NodeFeatureDiscoveryKind[];
  /** Those of `nfds` carrying the legacy kata rule (see KataRuleSources). */
  legacy: KataRuleSources['legacy'];
  /** Existing NodeFeatureRules by API group (only the served groups). */
  rules: KataRuleSources['rules'];
};

/** The form the cluster calls for: a NodeFeatureRule wherever NFD reads one. */
export const recommendedForm = (support: NfdSupport): NfdForm =>
  support.ruleApi === undefined && support.legacyRules === true ? 'legacy' : 'rule';

const NAMESPACE_MAX = 63;

const modelOf = (api: RuleApi): K8sModel =>
  api === 'nfd.openshift.io' ? NodeFeatureRuleOpenShiftModel : NodeFeatureRuleModel;

export const nfdStepPlan = (answers: NfdStepAnswers, facts: NfdStepFacts): NfdStepPlan => {
  const { support } = facts;
  const form = answers.form ?? recommendedForm(support);
  const status = kataRuleStatus({ ...facts, support });
  const plan: NfdStepPlan = { form, creates: [], fieldErrors: {}, warnings: [] };
  if (support.pending) return { ...plan, error: 'pending' };

  const adoptable = status.carriers.filter((c) => c.effective === true);
  const adopted = adoptable.find((c) => c.kind === 'rule') ?? adoptable.at(0);
  if (answers.adopt && adopted) return { ...plan, adopted };

  const operatorNs = support.operator?.namespace;
  const running = facts.nfds.filter((n) => !operatorNs || n.metadata?.namespace === operatorNs);
  const instance = running.at(0);

  const image = answers.image.trim();
  if (image !== '') {
    const parsed = parseImageReference(image);
    if (!parsed.ok) plan.fieldErrors.image = parsed.error;
    else if (!isFullyQualified(parsed.reference)) plan.warnings.push('image-not-qualified');
  }
  const createsInstance = form === 'legacy' || instance === undefined;
  if (createsInstance) {
    const name = validateDns1123Subdomain(answers.name).at(0);
    if (name) plan.fieldErrors.name = name;
    const ns = validateDns1123Subdomain(answers.namespace).at(0);
    if (ns) plan.fieldErrors.namespace = ns;
    else if (answers.namespace.includes('.') || answers.namespace.length > NAMESPACE_MAX) {
      plan.fieldErrors.namespace = { code: 'name-invalid' };
    } else if (operatorNs && answers.namespace !== operatorNs) {
      plan.fieldErrors.namespace = { code: 'outside-operator-namespace', namespace: operatorNs };
    }
  }

  if (form === 'legacy') {
    const pinned =
      image || legacyImage(support.operator?.operandImage, support.legacyRules === true);
    const version = operandImageVersion(pinned);
    if (version && !readsLegacyRules(version)) plan.error = 'legacy-not-read';
    if (!version) plan.warnings.push('image-version-unknown');
    if (instance) plan.warnings.push('second-instance');
    plan.image = pinned;
    plan.creates.push({
      model: NodeFeatureDiscoveryModel,
      object: buildLegacyNfd({ name: answers.name, namespace: answers.namespace, image: pinned }),
    });
    return plan;
  }

  // The rule form: the API the running NFD (or the one to create) reads.
  const pinnedVersion = instance
    ? effectiveOperand(instance.spec?.operand?.image, support).version
    : undefined;
  const api = pinnedVersion ? ruleApiOf(pinnedVersion) : support.ruleApi;
  if (!api) return { ...plan, error: 'no-rule-api' };
  plan.ruleApi = api;
  const ruleName = validateDns1123Subdomain(answers.ruleName).at(0);
  if (ruleName) plan.fieldErrors.ruleName = ruleName;
  let namespace = answers.namespace;
  if (instance) {
    plan.runsOn = {
      name: instance.metadata?.name ?? '',
      namespace: instance.metadata?.namespace ?? '',
    };
    namespace = plan.runsOn.namespace;
  } else {
    const operandImage =
      image ||
      (support.operandImageRequired !== false ? support.operator?.operandImage : undefined);
    // Before NFD 4.17 (or when the version is unknown) a NodeFeatureDiscovery needs an image.
    if (!operandImage && support.operandImageRequired !== false && !plan.fieldErrors.image) {
      plan.fieldErrors.image = 'required';
    }
    if (operandImage) plan.image = operandImage;
    plan.creates.push({
      model: NodeFeatureDiscoveryModel,
      object: buildNfdInstance({
        name: answers.name,
        namespace,
        ...(operandImage ? { image: operandImage } : {}),
      }),
    });
  }
  plan.creates.push({
    model: modelOf(api),
    object: buildKataNodeFeatureRule({ name: answers.ruleName, namespace, api }),
  });
  return plan;
};

/** The step can go on: nothing blocks and every field is valid. */
export const nfdStepReady = (plan: NfdStepPlan): boolean =>
  plan.error === undefined && Object.keys(plan.fieldErrors).length === 0;
