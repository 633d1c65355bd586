/**
 * Pure rules of the OpenShift sandboxed containers operator, mirrored from
 * openshift/sandboxed-containers-operator @d0632e5 controllers/openshift_controller.go:
 * the node selector (getKataConfigNodeSelectorAsLabelSelector), the converged-cluster test
 * (checkConvergedCluster), the per-node status predicates (isNodeInstalled ... used by
 * putNodeOnStatusList) and the InProgress condition setters.
 */
import type { LabelSelectorObject, Selector } from '../../selectors';
import { SelectorError, fromLabelSelectorObject, matchesSelector } from '../../selectors';

export const KATA_OC_LABEL = 'node-role.kubernetes.io/kata-oc';
export const WORKER_LABEL = 'node-role.kubernetes.io/worker';
export const MASTER_LABEL = 'node-role.kubernetes.io/master';
export const RUNTIME_KATA_LABEL = 'feature.node.kubernetes.io/runtime.kata';
export const KATA_FINALIZER = 'kataconfiguration.openshift.io/finalizer';
export const EXTENSION_MC = '50-enable-sandboxed-containers-extension';
/** SANDBOXED_CONTAINERS_EXTENSION as the operator's Deployment sets it (config/manager/manager.yaml). */
export const EXTENSION = 'kata-containers';
export const OPERATOR_NAMESPACE = 'openshift-sandboxed-containers-operator';

/** getKataConfigNodeSelectorAsLabelSelector. */
export const kataNodeSelectorObject = (
  poolSelector: LabelSelectorObject | undefined,
  checkNodeEligibility: boolean,
  converged: boolean,
): LabelSelectorObject => {
  if (converged) return { matchLabels: { [MASTER_LABEL]: '' } };
  const base: NonNullable<LabelSelectorObject> = poolSelector ? structuredClone(poolSelector) : {};
  if (checkNodeEligibility)
    base.matchLabels = { ...(base.matchLabels ?? {}), [RUNTIME_KATA_LABEL]: 'true' };
  return base;
};

/** LabelSelectorAsSelector: undefined when the selector is invalid (e.g. operator `Bogus`). */
export const kataNodeSelector = (
  poolSelector: LabelSelectorObject | undefined,
  checkNodeEligibility: boolean,
  converged: boolean,
): Selector | undefined => {
  try {
    return fromLabelSelectorObject(
      kataNodeSelectorObject(poolSelector, checkNodeEligibility, converged),
    );
  } catch (e) {
    if (e instanceof SelectorError) return undefined;
    throw e;
  }
};

/** checkConvergedCluster: exactly two pools and a "worker" pool without machines. */
export const isConverged = (pools: { name: string; machineCount: number }[]): boolean =>
  pools.length === 2 && pools.some((p) => p.name === 'worker' && p.machineCount === 0);

/** getNodeSelectorAsMap: what the kata-oc pool, the RuntimeClass and the monitor select. */
export const nodeSelectorMap = (converged: boolean): Record<string, string> =>
  converged ? { [MASTER_LABEL]: '' } : { [KATA_OC_LABEL]: '' };

/** updateNodeLabels: which workers to label kata-oc and which to unlabel. */
export const labelChanges = (
  workers: { name: string; labels: Record<string, string> }[],
  selector: Selector,
): { label: string[]; unlabel: string[] } => {
  const label: string[] = [];
  const unlabel: string[] = [];
  for (const w of workers) {
    const matches = matchesSelector(selector, w.labels);
    const labelled = KATA_OC_LABEL in w.labels;
    if (matches && !labelled) label.push(w.name);
    else if (!matches && labelled) unlabel.push(w.name);
  }
  return { label, unlabel };
};

export type NodeStatusList =
  | 'installed'
  | 'notInstalled'
  | 'installing'
  | 'uninstalling'
  | 'waitingToInstall'
  | 'waitingToUninstall'
  | 'failedToInstall'
  | 'failedToUninstall';

/** The mutually exclusive predicates of putNodeOnStatusList; undefined when none holds. */
export const nodeStatusList = (
  mcoState: string,
  currentMc: string,
  targetMc: string,
  kataEnabled: boolean,
): NodeStatusList | undefined => {
  const same = currentMc === targetMc;
  if (mcoState === 'Done' && same) return kataEnabled ? 'installed' : 'notInstalled';
  if (mcoState === 'Working') return kataEnabled ? 'installing' : 'uninstalling';
  if (mcoState === 'Done' && !same) return kataEnabled ? 'waitingToInstall' : 'waitingToUninstall';
  if (mcoState === 'Degraded') return kataEnabled ? 'failedToInstall' : 'failedToUninstall';
  return undefined;
};

export type InProgressCondition = {
  type: 'InProgress';
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime?: string;
};

export const INSTALLING = {
  status: 'True',
  reason: 'Installing',
  message: 'Performing initial installation of kata on cluster',
} as const;
export const UNINSTALLING = {
  status: 'True',
  reason: 'Uninstalling',
  message: 'Removing kata from cluster',
} as const;
export const UPDATING = {
  status: 'True',
  reason: 'Updating',
  message: 'Adding and/or removing kata-enabled nodes',
} as const;
export const RESET = { status: 'False', reason: '', message: '' } as const;

export const failedCondition = (node: string, reason: string | undefined) =>
  ({
    status: 'True',
    reason: 'Failed',
    message: `Node ${node} Degraded: ${reason ?? ''}`,
  }) as const;

export const blockedCondition = (message: string) =>
  ({ status: 'False', reason: 'BlockedByExistingKataPods', message }) as const;

/** listKataPods' error text for a pod using one of the KataConfig's RuntimeClasses. */
export const kataPodsMessage = (runtimeClass: string): string =>
  `existing pods using "${runtimeClass}" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed`;
