/**
 * The NFD objects the installer writes, in the two forms an NFD can read the kata rule in. Pure.
 *
 * - `rule` (default): a NodeFeatureDiscovery that leaves the operand to the operator, and a
 *   NodeFeatureRule labelling `feature.node.kubernetes.io/runtime.kata=true` on nodes with CPU ID
 *   SSE4 + VMX and the kvm, kvm_intel modules loaded, or SSE4 + SVM with kvm, kvm_amd — the rule of
 *   nfd.yaml in "Checking whether cluster nodes are eligible to run OpenShift sandboxed containers",
 *   in the `matchFeatures`/`matchAny` form every NFD since 4.10 reads.
 * - `legacy`: that nfd.yaml itself (`workerConfig.configData` with `matchOn`, operand image pinned),
 *   which only operands of OpenShift 4.14 and earlier read (support.ts).
 */
import {
  DEFAULT_NFD_IMAGE,
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
} from '../models/constants';
import type { FeatureMatcherTerm, NodeFeatureDiscoveryKind, NodeFeatureRuleKind } from '../models';
import { KATA_NFD_CONFIG_DATA } from './configData';
import type { RuleApi } from './support';

export type NfdForm = 'rule' | 'legacy';

/** Default names of what the `rule` form creates. */
export const DEFAULT_RULE_NFD_NAME = 'nfd-instance';
export const DEFAULT_NODE_FEATURE_RULE_NAME = 'kata-runtime';
/** The rule's own name inside the NodeFeatureRule (shown in NFD's logs). */
const KATA_RULE_NAME = 'OpenShift sandboxed containers: Kata runtime';

/** The two alternatives of the kata rule: CPU ID flags and loaded kernel modules. */
export const KATA_RULE_ALTERNATIVES: readonly { cpuId: string[]; modules: string[] }[] = [
  { cpuId: ['SSE4', 'VMX'], modules: ['kvm', 'kvm_intel'] },
  { cpuId: ['SSE4', 'SVM'], modules: ['kvm', 'kvm_amd'] },
];

const exists = (names: readonly string[]): FeatureMatcherTerm['matchExpressions'] =>
  Object.fromEntries(names.map((n) => [n, { op: 'Exists' }]));

export type NodeFeatureRuleSettings = { name: string; namespace: string; api: RuleApi };

export const buildKataNodeFeatureRule = (s: NodeFeatureRuleSettings): NodeFeatureRuleKind => ({
  apiVersion: `${s.api}/v1alpha1`,
  kind: 'NodeFeatureRule',
  metadata: { name: s.name, namespace: s.namespace },
  spec: {
    rules: [
      {
        name: KATA_RULE_NAME,
        labels: { [KATA_RUNTIME_LABEL]: KATA_RUNTIME_LABEL_VALUE },
        matchAny: KATA_RULE_ALTERNATIVES.map((alt) => ({
          matchFeatures: [
            { feature: 'cpu.cpuid', matchExpressions: exists(alt.cpuId) },
            { feature: 'kernel.loadedmodule', matchExpressions: exists(alt.modules) },
          ],
        })),
      },
    ],
  },
});

export type NfdInstanceSettings = {
  name: string;
  namespace: string;
  /** Only when the operator needs one (before NFD 4.17) or the admin chose one. */
  image?: string;
};

/** A NodeFeatureDiscovery with NFD's default configuration: the rule lives in a NodeFeatureRule. */
export const buildNfdInstance = (s: NfdInstanceSettings): NodeFeatureDiscoveryKind => ({
  apiVersion: 'nfd.openshift.io/v1',
  kind: 'NodeFeatureDiscovery',
  metadata: { name: s.name, namespace: s.namespace },
  spec: s.image ? { operand: { image: s.image } } : {},
});

export type LegacyNfdSettings = { name: string; namespace: string; image: string };

/** The documented nfd.yaml: the kata rule in `configData`, the operand image pinned. */
export const buildLegacyNfd = (s: LegacyNfdSettings): NodeFeatureDiscoveryKind => ({
  apiVersion: 'nfd.openshift.io/v1',
  kind: 'NodeFeatureDiscovery',
  metadata: { name: s.name, namespace: s.namespace },
  spec: {
    operand: { image: s.image, imagePullPolicy: 'Always', servicePort: 12000 },
    workerConfig: { configData: KATA_NFD_CONFIG_DATA },
  },
});

/** The image the legacy form pins: the operator's own operand when it still reads matchOn, else the documented one. */
export const legacyImage = (operatorImage: string | undefined, operatorReadsLegacy: boolean) =>
  operatorImage && operatorReadsLegacy ? operatorImage : DEFAULT_NFD_IMAGE;
