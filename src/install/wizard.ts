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
import type {
  K8sResourceCommon,
  KataConfigKind,
  KataConfigSpec,
  NodeFeatureDiscoveryKind,
  NodeKind,
} from '../models';
import type { KataConfigFormState } from '../kataconfig/form';
import { isKataTarget } from '../eligibility/selector';
import type { Lookup } from './executor';
import {
  buildInstallPlan,
  buildKataConfig,
  checkNodeEligibilityFor,
  defaultAnswers,
  validateAnswers,
} from './plan';
import type { EligibilityMethod, InstallAnswers, NfdAnswers, Plan } from './plan';

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
    else if (op.model.kind === 'NodeFeatureDiscovery') needed.add('create-nfd');
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
  /** Already carries feature.node.kubernetes.io/runtime.kata=true. */
  labelled: boolean;
};

const nameOf = (node: NodeKind) => node.metadata?.name ?? '';
const isWorker = (node: NodeKind) => node.metadata?.labels?.[WORKER_ROLE_LABEL] !== undefined;
const hasKataLabel = (node: NodeKind) =>
  node.metadata?.labels?.[KATA_RUNTIME_LABEL] === KATA_RUNTIME_LABEL_VALUE;

/**
 * Worker nodes that can be labelled by hand, with their verdict from the eligibility engine
 * (Kata runs only on workers). Eligible first, then unknown, then not eligible; by name within.
 */
export const nodeChoices = (
  nodes: readonly NodeKind[],
  verdicts: ReadonlyMap<string, NodeVerdict>,
): NodeChoice[] => {
  const rank: Record<NodeVerdict, number> = { eligible: 0, unknown: 1, 'not-eligible': 2 };
  return nodes
    .filter(isWorker)
    .map((node) => ({
      name: nameOf(node),
      verdict: verdicts.get(nameOf(node)) ?? 'unknown',
      labelled: hasKataLabel(node),
    }))
    .sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.name.localeCompare(b.name));
};

/** Only nodes known to be eligible are preselected (the note of OSC docs › Checking node eligibility). */
export const preselectedNodes = (choices: readonly NodeChoice[]): string[] =>
  choices.filter((c) => c.verdict === 'eligible').map((c) => c.name);

const withKataLabel = (node: NodeKind): NodeKind => ({
  ...node,
  metadata: {
    ...node.metadata,
    labels: { ...node.metadata?.labels, [KATA_RUNTIME_LABEL]: KATA_RUNTIME_LABEL_VALUE },
  },
});

export type ExpectedTargets = {
  names: string[];
  /** False for the NFD method: NFD, not this estimate, decides which nodes get the label. */
  exact: boolean;
};

/**
 * The nodes the new KataConfig will install Kata on (and reboot): with the manual method the
 * chosen nodes as if labelled; with NFD the nodes the eligibility engine finds eligible, as if
 * NFD labelled them; with all workers every worker the pool selector picks.
 */
export const expectedTargets = (
  method: EligibilityMethod,
  nodes: readonly NodeKind[],
  spec: KataConfigSpec,
  isTarget: (node: NodeKind, spec: KataConfigSpec) => boolean,
  {
    manualNodes,
    verdicts,
  }: { manualNodes: readonly string[]; verdicts: ReadonlyMap<string, NodeVerdict> },
): ExpectedTargets => {
  const chosen = new Set(manualNodes);
  const willBeLabelled = (node: NodeKind): boolean => {
    switch (method) {
      case 'manual':
        return chosen.has(nameOf(node));
      case 'nfd':
        return verdicts.get(nameOf(node)) === 'eligible';
      case 'all-workers':
        return false;
    }
  };
  const names = nodes
    .filter((node) => isTarget(willBeLabelled(node) ? withKataLabel(node) : node, spec))
    .map(nameOf)
    .sort((a, b) => a.localeCompare(b));
  return { names, exact: method !== 'nfd' };
};

// -------------------------------------------------------------------------------------------
// Rollout (KataConfig.status.kataNodes)
// -------------------------------------------------------------------------------------------

/** Installation is finished: every node the operator counts is ready and nothing is in progress. */
export const rolloutDone = (kc: KataConfigKind | undefined): boolean => {
  const nodes = kc?.status?.kataNodes;
  const inProgress = kc?.status?.conditions?.find((c) => c.type === 'InProgress');
  if (!nodes || (nodes.nodeCount ?? 0) === 0) return false;
  return nodes.readyNodeCount === nodes.nodeCount && inProgress?.status !== 'True';
};

// -------------------------------------------------------------------------------------------
// The wizard's draft: what the user chose so far; defaults are derived, not stored
// -------------------------------------------------------------------------------------------

export type Draft = {
  /** Unset until the user picks one: then NFD when installed, else manual. */
  method?: EligibilityMethod;
  nfd: {
    mode?: 'create' | 'reuse';
    create: NfdAnswers['create'];
    reuse?: { name: string; namespace: string };
  };
  /** Unset until the user changes the selection: then the nodes known to be eligible. */
  nodeSelection?: string[];
  kataConfig: KataConfigFormState;
};

export const initialDraft = (): Draft => {
  const { nfd, kataConfig } = defaultAnswers();
  return { nfd: { create: nfd.create }, kataConfig };
};

/** The answers the draft stands for, filling in what the user has not chosen from the cluster. */
export const resolveAnswers = (
  draft: Draft,
  {
    nfdInstalled,
    preselected,
    reusableNfds,
  }: {
    nfdInstalled: boolean;
    preselected: readonly string[];
    reusableNfds: readonly NodeFeatureDiscoveryKind[];
  },
): InstallAnswers => {
  const firstReusable = reusableNfds.at(0);
  const reuse =
    draft.nfd.reuse ??
    (firstReusable
      ? {
          name: firstReusable.metadata?.name ?? '',
          namespace: firstReusable.metadata?.namespace ?? '',
        }
      : undefined);
  const method = draft.method ?? initialMethod(nfdInstalled);
  return {
    method,
    nfd: {
      mode: draft.nfd.mode ?? (reuse ? 'reuse' : 'create'),
      create: draft.nfd.create,
      reuse,
    },
    manualNodes: draft.nodeSelection ?? [...preselected],
    kataConfig: { ...draft.kataConfig, checkNodeEligibility: checkNodeEligibilityFor(method) },
  };
};

// -------------------------------------------------------------------------------------------
// What the page watches, as the executor's lookup
// -------------------------------------------------------------------------------------------

/**
 * Answers the executor's existence checks from watched lists; a kind whose list is not loaded
 * (undefined) is unknown, and the executor asks the API.
 */
export const watchedLookup =
  (lists: Partial<Record<string, readonly K8sResourceCommon[]>>): Lookup =>
  ({ model, name, ns }) => {
    const list = lists[model.kind];
    if (!list) return undefined;
    return {
      found: list.find(
        (o) => o.metadata?.name === name && (o.metadata.namespace ?? undefined) === ns,
      ),
    };
  };

/** Pins the defaults the answers filled in, so what the watch shows next cannot change the plan. */
export const pinAnswers = (draft: Draft, answers: InstallAnswers): Draft => ({
  ...draft,
  method: answers.method,
  nodeSelection: answers.manualNodes,
  nfd: { ...draft.nfd, mode: answers.nfd.mode, reuse: answers.nfd.reuse },
});

/** What the wizard knows of the cluster (from useInstallData and the eligibility engine). */
export type WizardFacts = {
  nodes: readonly NodeKind[];
  /** Each node's verdict from the eligibility engine. */
  verdicts: ReadonlyMap<string, NodeVerdict>;
  /** NodeFeatureDiscoveries that already carry the Kata rule. */
  reusableNfds: readonly NodeFeatureDiscoveryKind[];
  nfdInstalled: boolean;
  access: Access;
  accessLoading: boolean;
};

/**
 * Everything the wizard shows, from the draft and the cluster: the answers with their defaults,
 * the plan, the KataConfig it creates, the nodes that will get Kata, the permissions missing and
 * what keeps each step from going on.
 */
export const deriveWizard = (draft: Draft, facts: WizardFacts) => {
  const choices = nodeChoices(facts.nodes, facts.verdicts);
  const answers = resolveAnswers(draft, {
    nfdInstalled: facts.nfdInstalled,
    preselected: preselectedNodes(choices),
    reusableNfds: facts.reusableNfds,
  });
  const plan = buildInstallPlan(answers, { nodes: facts.nodes });
  const kataConfig = buildKataConfig(answers);
  const targets = expectedTargets(
    answers.method,
    facts.nodes,
    kataConfig.spec ?? { checkNodeEligibility: false },
    isKataTarget,
    { manualNodes: answers.manualNodes, verdicts: facts.verdicts },
  );
  return {
    choices,
    answers,
    plan,
    kataConfig,
    targets,
    // While the access reviews load, nothing is reported missing (the buttons wait instead).
    missing: facts.accessLoading ? [] : missingPermissions(plan, facts.access),
    errors: validateAnswers(answers),
  };
};
