/**
 * The install plan: from the wizard's answers to the ordered operations that install
 * OpenShift sandboxed containers (OSC docs › Checking node eligibility). Pure: no API calls, no React.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import {
  DEFAULT_NFD_IMAGE,
  DEFAULT_NFD_NAME,
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  NFD_NAMESPACE,
} from '../models/constants';
import { KataConfigModel, NodeFeatureDiscoveryModel } from '../models';
import type {
  K8sModel,
  K8sResourceCommon,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeKind,
} from '../models';
import { defaultFormState, newKataConfig, validateForm } from '../kataconfig/form';
import type { FormErrors, KataConfigFormState } from '../kataconfig/form';
import { validateDns1123Subdomain } from '../shared/validation';
import type { ValidationError } from '../shared/validation';
import { KATA_NFD_CONFIG_DATA } from '../nfd/configData';

/**
 * How nodes become eligible for the Kata runtime (OSC docs › Checking node eligibility, and its note):
 * - `nfd`: a NodeFeatureDiscovery labels capable nodes; checkNodeEligibility true.
 * - `manual`: the admin labels nodes known to be eligible; checkNodeEligibility true, no NFD.
 * - `all-workers`: every worker gets Kata; checkNodeEligibility false, no NFD.
 */
export type EligibilityMethod = 'nfd' | 'manual' | 'all-workers';

export type NfdCreateSettings = { name: string; namespace: string; image: string };

export type NfdAnswers = {
  mode: 'create' | 'reuse';
  /** What a new NodeFeatureDiscovery will be called and run (editable, documented defaults). */
  create: NfdCreateSettings;
  /** The existing NodeFeatureDiscovery (with the Kata rule) to reuse. */
  reuse?: { name: string; namespace: string };
};

export type InstallAnswers = {
  method: EligibilityMethod;
  nfd: NfdAnswers;
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

export const defaultNfdSettings = (): NfdCreateSettings => ({
  name: DEFAULT_NFD_NAME,
  namespace: NFD_NAMESPACE,
  image: DEFAULT_NFD_IMAGE,
});

export const defaultAnswers = (): InstallAnswers => ({
  method: 'nfd',
  nfd: { mode: 'create', create: defaultNfdSettings() },
  manualNodes: [],
  kataConfig: defaultFormState(),
});

/** checkNodeEligibility follows from the method: only `all-workers` installs without the label. */
export const checkNodeEligibilityFor = (method: EligibilityMethod): boolean =>
  method !== 'all-workers';

/** The NodeFeatureDiscovery of the documented nfd.yaml, with the user's name, namespace and image. */
export const buildNodeFeatureDiscovery = (
  settings: NfdCreateSettings,
): NodeFeatureDiscoveryKind => ({
  apiVersion: 'nfd.openshift.io/v1',
  kind: 'NodeFeatureDiscovery',
  metadata: { name: settings.name, namespace: settings.namespace },
  spec: {
    operand: { image: settings.image, imagePullPolicy: 'Always', servicePort: 12000 },
    workerConfig: { configData: KATA_NFD_CONFIG_DATA },
  },
});

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
 * The ordered operations: the NodeFeatureDiscovery (method `nfd`, unless one is reused), the
 * node labels (method `manual`, only nodes that exist, by name), then the KataConfig last so the
 * operator finds the labels in place when it starts.
 */
export const buildInstallPlan = (answers: InstallAnswers, cluster: ClusterFacts): Plan => {
  const operations: PlanOperation[] = [];
  if (answers.method === 'nfd' && answers.nfd.mode === 'create') {
    operations.push({
      kind: 'create',
      model: NodeFeatureDiscoveryModel,
      object: buildNodeFeatureDiscovery(answers.nfd.create),
    });
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

/** Namespaces are DNS-1123 labels: at most 63 characters. */
const NAMESPACE_MAX_LENGTH = 63;
/** An image reference without spaces: registry/path[:tag][@digest]. */
const IMAGE_RE = /^[a-z0-9]([a-z0-9._:/-]*[a-z0-9])?(:[\w][\w.-]{0,127})?(@[a-z0-9]+:[a-f0-9]+)?$/i;

export type NfdSettingsErrors = {
  name?: ValidationError;
  namespace?: ValidationError;
  image?: 'required' | 'image-invalid';
};

export const validateNfdSettings = (s: NfdCreateSettings): NfdSettingsErrors => {
  const errors: NfdSettingsErrors = {};
  const name = validateDns1123Subdomain(s.name).at(0);
  if (name) errors.name = name;
  const namespace = validateDns1123Subdomain(s.namespace).at(0);
  if (namespace) errors.namespace = namespace;
  else if (s.namespace.includes('.')) errors.namespace = { code: 'name-invalid' };
  else if (s.namespace.length > NAMESPACE_MAX_LENGTH) {
    errors.namespace = { code: 'name-too-long', max: NAMESPACE_MAX_LENGTH };
  }
  if (s.image.trim() === '') errors.image = 'required';
  else if (!IMAGE_RE.test(s.image)) errors.image = 'image-invalid';
  return errors;
};

export type AnswersErrors = {
  nfd: NfdSettingsErrors;
  /** NFD method reusing a NodeFeatureDiscovery, but none is chosen. */
  noReusedNfd: boolean;
  /** Manual method with no node chosen. */
  noNodes: boolean;
  kataConfig: FormErrors;
};

/** Everything that keeps the wizard from going on, by step. */
export const validateAnswers = (answers: InstallAnswers): AnswersErrors => {
  const nfd = answers.method === 'nfd' ? answers.nfd : undefined;
  return {
    nfd: nfd?.mode === 'create' ? validateNfdSettings(nfd.create) : {},
    noReusedNfd: nfd?.mode === 'reuse' && nfd.reuse === undefined,
    noNodes: answers.method === 'manual' && answers.manualNodes.length === 0,
    kataConfig: validateForm(answers.kataConfig),
  };
};

/** The NFD step may go on: a NodeFeatureDiscovery to reuse is chosen, or the new one is valid. */
export const nfdStepValid = (errors: AnswersErrors): boolean =>
  !errors.noReusedNfd && Object.keys(errors.nfd).length === 0;
