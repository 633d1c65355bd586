/**
 * The wizard's decisions that are not the plan itself: prerequisites, which eligibility methods
 * are available, which nodes to offer and preselect for manual labelling, which nodes will get
 * Kata, what permissions applying needs, and whether the rollout is done. Pure.
 */
import {
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  WORKER_ROLE_LABEL,
} from '../models/constants';
import type { K8sResourceCommon, KataConfigKind, NodeKind } from '../models';
import type { KataConfigFormState } from '../kataconfig/form';
import type { EligibilityContext, NodeEvaluation } from '../eligibility/types';
import { kataRuleStatus } from '../nfd/carriers';
import { nfdStepPlan } from '../nfd/plan';
import type { NfdStepAnswers, NfdStepFacts, NfdStepPlan } from '../nfd/plan';
import type { Lookup, Target } from './executor';
import {
  buildInstallPlan,
  buildKataConfig,
  checkNodeEligibilityFor,
  defaultAnswers,
  validateAnswers,
} from './plan';
import type { EligibilityMethod, InstallAnswers, Plan } from './plan';
import { platformGate } from './platformGate';
import { reviewNodes, selectAllNames } from './reviewNodes';

// -------------------------------------------------------------------------------------------
// Prerequisites (OSC docs › Checking node eligibility › Prerequisites) and permissions
// -------------------------------------------------------------------------------------------

export type Permission = 'create-kataconfig' | 'create-nfd' | 'patch-nodes';

export type Access = Record<Permission, boolean>;

export type PrerequisiteFacts = {
  /** The KataConfig CRD exists: the OpenShift sandboxed containers Operator is installed. */
  oscInstalled: boolean;
  /** The NodeFeatureDiscovery CRD exists: the NFD Operator is installed. */
  nfdInstalled: boolean;
  /** KataConfigs on the cluster now. */
  kataConfigs: readonly KataConfigKind[];
};

export type Blocker = 'osc-missing' | 'kataconfig-exists';

/** What stops the wizard at its first step. Only one KataConfig is allowed per cluster. */
export const prerequisiteBlockers = (facts: PrerequisiteFacts): Blocker[] => {
  const blockers: Blocker[] = [];
  if (!facts.oscInstalled) blockers.push('osc-missing');
  if (facts.kataConfigs.length > 0) blockers.push('kataconfig-exists');
  return blockers;
};

/** Why a method cannot be chosen, or undefined when it can. */
export const methodUnavailableReason = (
  method: EligibilityMethod,
  facts: Pick<PrerequisiteFacts, 'nfdInstalled'>,
): 'nfd-missing' | undefined =>
  method === 'nfd' && !facts.nfdInstalled ? 'nfd-missing' : undefined;

/** The method the wizard starts with: NFD (recommended) when its operator is there. */
export const initialMethod = (nfdInstalled: boolean): EligibilityMethod =>
  nfdInstalled ? 'nfd' : 'manual';

/** The permissions applying this plan needs that the user lacks (from the access reviews). */
export const missingPermissions = (plan: Plan, access: Access): Permission[] => {
  const needed = new Set<Permission>();
  for (const op of plan.operations) {
    if (op.kind === 'label-node') needed.add('patch-nodes');
    // The NodeFeatureRule goes with it, in the same namespace (the NFD Operator's).
    else if (op.model.kind === 'NodeFeatureDiscovery' || op.model.kind === 'NodeFeatureRule')
      needed.add('create-nfd');
    else needed.add('create-kataconfig');
  }
  const order: Permission[] = ['create-nfd', 'patch-nodes', 'create-kataconfig'];
  return order.filter((p) => needed.has(p) && !access[p]);
};

/**
 * The KataConfig form's "Check node eligibility" box and the method say the same thing; a change
 * of the box picks the matching method (clearing it means all workers).
 */
export const methodForCheckNodeEligibility = (
  checked: boolean,
  current: EligibilityMethod,
  nfdInstalled: boolean,
): EligibilityMethod => {
  if (!checked) return 'all-workers';
  if (current !== 'all-workers') return current;
  return initialMethod(nfdInstalled);
};

// -------------------------------------------------------------------------------------------
// Nodes
// -------------------------------------------------------------------------------------------

export type NodeVerdict = 'eligible' | 'not-eligible' | 'unknown';

export type NodeChoice = {
  name: string;
  verdict: NodeVerdict;
  /** Cordoned (the engine's `schedulable` warning): labelled, it holds the whole rollout. */
  holdsRollout: boolean;
  /** Already carries feature.node.kubernetes.io/runtime.kata=true. */
  labelled: boolean;
};

const nameOf = (node: NodeKind) => node.metadata?.name ?? '';
const isWorker = (node: NodeKind) => node.metadata?.labels?.[WORKER_ROLE_LABEL] !== undefined;
const hasKataLabel = (node: NodeKind) =>
  node.metadata?.labels?.[KATA_RUNTIME_LABEL] === KATA_RUNTIME_LABEL_VALUE;

/**
 * Worker nodes that can be labelled by hand, with their verdict from the eligibility engine
 * (Kata runs only on workers). Eligible first (cordoned ones last among them), then unknown, then
 * not eligible; by name within.
 */
export const nodeChoices = (
  nodes: readonly NodeKind[],
  evaluations: ReadonlyMap<string, Pick<NodeEvaluation, 'verdict' | 'warning'>>,
): NodeChoice[] => {
  const rank: Record<NodeVerdict, number> = { eligible: 0, unknown: 2, 'not-eligible': 3 };
  // A cordoned eligible node comes after the ones that can update now.
  const rankOf = (c: NodeChoice) =>
    rank[c.verdict] + (c.verdict === 'eligible' && c.holdsRollout ? 1 : 0);
  return nodes
    .filter(isWorker)
    .map((node) => {
      const evaluation = evaluations.get(nameOf(node));
      return {
        name: nameOf(node),
        verdict: evaluation?.verdict ?? 'unknown',
        holdsRollout: evaluation?.warning?.id === 'schedulable',
        labelled: hasKataLabel(node),
      };
    })
    .sort((a, b) => rankOf(a) - rankOf(b) || a.name.localeCompare(b.name));
};

// -------------------------------------------------------------------------------------------
// The wizard's draft: what the user chose so far; defaults are derived, not stored
// -------------------------------------------------------------------------------------------

export type Draft = {
  /** Unset until the user picks one: then NFD when installed, else manual. */
  method?: EligibilityMethod;
  nfd: NfdStepAnswers;
  /** Unset until the user changes the selection: then the nodes known to be eligible. */
  nodeSelection?: string[];
  kataConfig: KataConfigFormState;
};

export const initialDraft = (): Draft => {
  const { nfd, kataConfig } = defaultAnswers();
  return { nfd, kataConfig };
};

/** The answers the draft stands for, filling in what the user has not chosen from the cluster. */
export const resolveAnswers = (
  draft: Draft,
  { nfdInstalled, preselected }: { nfdInstalled: boolean; preselected: readonly string[] },
): InstallAnswers => {
  const method = draft.method ?? initialMethod(nfdInstalled);
  return {
    method,
    nfd: draft.nfd,
    manualNodes: draft.nodeSelection ?? [...preselected],
    kataConfig: { ...draft.kataConfig, checkNodeEligibility: checkNodeEligibilityFor(method) },
  };
};

// -------------------------------------------------------------------------------------------
// What the page watches, as the executor's lookup
// -------------------------------------------------------------------------------------------

/** The key of a kind's watched list: group and kind (NodeFeatureRule is served in two groups). */
export const watchKey = (model: { apiGroup?: string; kind: string }): string =>
  `${model.apiGroup ?? ''}/${model.kind}`;

/** One object's identity across kinds: what `written` holds. */
export const objectKey = ({ model, name, ns }: Target): string =>
  `${watchKey(model)}/${ns ?? ''}/${name}`;

/**
 * Answers the executor's existence checks from watched lists (by watchKey); a kind whose list is
 * not loaded (undefined) is unknown, and the executor asks the API. So is an object this wizard
 * wrote (`written`, by objectKey): the watch may not show the write yet, and a Retry right after
 * a failure must not create again what the first attempt created.
 */
export const watchedLookup =
  (
    lists: Partial<Record<string, readonly K8sResourceCommon[]>>,
    written: ReadonlySet<string> = new Set(),
  ): Lookup =>
  (target) => {
    const { model, name, ns } = target;
    const list = lists[watchKey(model)];
    if (!list || written.has(objectKey(target))) return undefined;
    return {
      found: list.find(
        (o) => o.metadata?.name === name && (o.metadata.namespace ?? undefined) === ns,
      ),
    };
  };

/** Pins the defaults the answers filled in, so what the watch shows next cannot change the plan. */
export const pinAnswers = (draft: Draft, answers: InstallAnswers, nfd: NfdStepPlan): Draft => ({
  ...draft,
  method: answers.method,
  nodeSelection: answers.manualNodes,
  // The form the cluster called for, and whether a carrier was adopted, are kept as decided.
  nfd: { ...draft.nfd, form: nfd.form, adopt: nfd.adopted !== undefined },
});

/** What the wizard knows of the cluster (from useInstallData and the eligibility engine). */
export type WizardFacts = {
  nodes: readonly NodeKind[];
  /** The eligibility engine's evaluation of each node, by name, and the context it used. */
  evaluations: ReadonlyMap<string, NodeEvaluation>;
  ctx: EligibilityContext;
  /** What the NFD step reads: NFD's support, its instances, the kata rule's carriers. */
  nfd: NfdStepFacts;
  /** Kata goes on the masters (a compact cluster: no worker pool of its own). */
  converged: boolean;
  nfdInstalled: boolean;
  access: Access;
  accessLoading: boolean;
};

/**
 * Everything the wizard shows, from the draft and the cluster: the answers with their defaults,
 * the NFD step's plan, the whole plan, the KataConfig it creates, the nodes that will get Kata
 * (named, with their verdicts and warnings), the platform gate, the permissions missing and what
 * keeps each step from going on.
 */
export const deriveWizard = (draft: Draft, facts: WizardFacts) => {
  const choices = nodeChoices(facts.nodes, facts.evaluations);
  const answers = resolveAnswers(draft, {
    nfdInstalled: facts.nfdInstalled,
    preselected: selectAllNames(choices),
  });
  const nfd = nfdStepPlan(answers.nfd, facts.nfd);
  const plan = buildInstallPlan(answers, { nodes: facts.nodes }, nfd);
  const kataConfig = buildKataConfig(answers);
  const ruleActive =
    answers.method === 'nfd' && nfd.adopted !== undefined
      ? true
      : kataRuleStatus({ ...facts.nfd }).active;
  const review = reviewNodes({
    method: answers.method,
    nodes: facts.nodes,
    spec: kataConfig.spec ?? { checkNodeEligibility: false },
    evaluations: facts.evaluations,
    ctx: facts.ctx,
    manualNodes: answers.manualNodes,
    kataRuleActive: ruleActive,
    converged: facts.converged,
  });
  return {
    choices,
    answers,
    nfd,
    plan,
    kataConfig,
    review,
    gate: platformGate(facts.ctx.platform, facts.nodes, facts.ctx),
    // While the access reviews load, nothing is reported missing (the buttons wait instead).
    missing: facts.accessLoading ? [] : missingPermissions(plan, facts.access),
    errors: validateAnswers(answers),
  };
};
