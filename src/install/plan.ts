/**
 * The install plan: from the wizard's answers to the ordered operations that install
 * OpenShift sandboxed containers (OSC docs › Checking node eligibility). Pure: no API calls, no React.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import { KataConfigModel } from '../models';
import type { K8sModel, K8sResourceCommon, KataConfigKind, NodeKind } from '../models';
import { defaultFormState, newKataConfig, validateForm } from '../kataconfig/form';
import type { FormErrors, KataConfigFormState } from '../kataconfig/form';
import { defaultNfdStepAnswers } from '../nfd/plan';
import type { NfdStepAnswers, NfdStepPlan } from '../nfd/plan';

/**
 * How nodes become eligible for the Kata runtime (OSC docs › Checking node eligibility, and its note):
 * - `nfd`: a NodeFeatureDiscovery labels capable nodes; checkNodeEligibility true.
 * - `manual`: the admin labels nodes known to be eligible; checkNodeEligibility true, no NFD.
 * - `all-workers`: every worker gets Kata; checkNodeEligibility false, no NFD.
 */
export type EligibilityMethod = 'nfd' | 'manual' | 'all-workers';

export type InstallAnswers = {
  method: EligibilityMethod;
  /** The NFD step: adopt a working kata rule, or write one in the form the cluster reads. */
  nfd: NfdStepAnswers;
  /** Names of the nodes to label by hand (method `manual`). */
  manualNodes: string[];
  /** The KataConfig form; checkNodeEligibility is decided by the method. */
  kataConfig: KataConfigFormState;
};

export type ClusterFacts = { nodes: readonly NodeKind[] };

type CreateOperation = {
  kind: 'create';
  model: K8sModel;
  object: K8sResourceCommon;
};

type LabelNodeOperation = {
  kind: 'label-node';
  node: string;
  patch: Patch[];
};

export type PlanOperation = CreateOperation | LabelNodeOperation;

export type Plan = { operations: PlanOperation[] };

export const defaultAnswers = (): InstallAnswers => ({
  method: 'nfd',
  nfd: defaultNfdStepAnswers(),
  manualNodes: [],
  kataConfig: defaultFormState(),
});

/** checkNodeEligibility follows from the method: only `all-workers` installs without the label. */
export const checkNodeEligibilityFor = (method: EligibilityMethod): boolean =>
  method !== 'all-workers';

/** The KataConfig to create: the form, with checkNodeEligibility set by the method. */
export const buildKataConfig = (answers: InstallAnswers): KataConfigKind =>
  newKataConfig({
    ...answers.kataConfig,
    checkNodeEligibility: checkNodeEligibilityFor(answers.method),
  });

/** JSON pointer segment escaping (RFC 6901): `~` => `~0`, `/` => `~1`. */
export const escapeJsonPointer = (segment: string): string =>
  segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON patch that puts `feature.node.kubernetes.io/runtime.kata: "true"` on a node. */
export const kataLabelPatch = (): Patch[] => [
  {
    op: 'add',
    path: `/metadata/labels/${escapeJsonPointer(KATA_RUNTIME_LABEL)}`,
    value: KATA_RUNTIME_LABEL_VALUE,
  },
];

/**
 * The ordered operations: what the NFD step creates (method `nfd`: nothing when a working kata
 * rule is adopted; see nfd/plan.ts), the node labels (method `manual`, only nodes that exist, by
 * name), then the KataConfig last so the operator finds the labels in place when it starts.
 */
export const buildInstallPlan = (
  answers: InstallAnswers,
  cluster: ClusterFacts,
  nfd: Pick<NfdStepPlan, 'creates'>,
): Plan => {
  const operations: PlanOperation[] = [];
  if (answers.method === 'nfd') {
    for (const c of nfd.creates) operations.push({ kind: 'create', ...c });
  }
  if (answers.method === 'manual') {
    const existing = new Set(cluster.nodes.map((n) => n.metadata?.name ?? ''));
    const chosen = [...new Set(answers.manualNodes)].filter((n) => existing.has(n)).sort();
    for (const node of chosen) {
      operations.push({ kind: 'label-node', node, patch: kataLabelPatch() });
    }
  }
  operations.push({ kind: 'create', model: KataConfigModel, object: buildKataConfig(answers) });
  return { operations };
};

/** A short identity for an operation, e.g. `create NodeFeatureDiscovery openshift-nfd/nfd-kata`. */
export const operationKey = (op: PlanOperation): string => {
  switch (op.kind) {
    case 'create': {
      const ns = op.object.metadata?.namespace;
      const name = op.object.metadata?.name ?? '';
      return `create ${op.model.kind} ${ns ? `${ns}/` : ''}${name}`;
    }
    case 'label-node':
      return `label-node ${op.node}`;
  }
};

// -------------------------------------------------------------------------------------------
// Validation of the wizard's own fields (the KataConfig form validates itself: validateForm)
// -------------------------------------------------------------------------------------------

export type AnswersErrors = {
  /** Manual method with no node chosen. */
  noNodes: boolean;
  kataConfig: FormErrors;
};

/** Everything that keeps the wizard from going on, by step. */
export const validateAnswers = (answers: InstallAnswers): AnswersErrors => {
  return {
    noNodes: answers.method === 'manual' && answers.manualNodes.length === 0,
    kataConfig: validateForm(answers.kataConfig),
  };
};
