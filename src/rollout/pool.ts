/**
 * Which MachineConfigPool carries Kata and which nodes are in it, as the OpenShift sandboxed
 * containers operator decides (controllers/openshift_controller.go: checkConvergedCluster,
 * getNodeSelectorAsMap, updateStatus). Pure.
 */
import { KATA_OC_ROLE_LABEL, MASTER_ROLE_LABEL } from '../models/constants';
import type { NodeKind } from '../models';
import type { MachineConfigPoolKind } from '../models/cluster';

const KATA_POOL = 'kata-oc';

/**
 * A converged (compact) cluster: only the master and worker pools, the worker pool empty. Kata then
 * goes on the masters, through the master pool.
 */
export const isConvergedCluster = (pools: readonly MachineConfigPoolKind[]): boolean =>
  pools.length === 2 &&
  pools.some((p) => p.metadata?.name === 'worker' && (p.status?.machineCount ?? 0) === 0);

export type KataPool = {
  /** `kata-oc`, or `master` on a converged cluster. */
  name: string;
  /** The node label that puts a node in it (and that the RuntimeClass selects). */
  nodeLabel: string;
  converged: boolean;
  pool?: MachineConfigPoolKind;
};

export const kataPool = (pools: readonly MachineConfigPoolKind[]): KataPool => {
  const converged = isConvergedCluster(pools);
  const name = converged ? 'master' : KATA_POOL;
  return {
    name,
    nodeLabel: converged ? MASTER_ROLE_LABEL : KATA_OC_ROLE_LABEL,
    converged,
    pool: pools.find((p) => p.metadata?.name === name),
  };
};

/** The nodes the operator has put in the Kata pool: its `nodeCount` counts exactly these. */
export const kataPoolNodes = (nodes: readonly NodeKind[], pool: KataPool): NodeKind[] =>
  nodes.filter((n) => n.metadata?.labels?.[pool.nodeLabel] !== undefined);

/** The rendered MachineConfig the pool rolls its nodes to. */
export const poolTarget = (pool: MachineConfigPoolKind | undefined): string | undefined => {
  const name = pool?.spec?.configuration?.name;
  return name === '' ? undefined : name;
};

const condition = (pool: MachineConfigPoolKind | undefined, type: string) =>
  pool?.status?.conditions?.find((c) => c.type === type);

/** When the pool started updating (its Updating condition turned True). */
export const poolUpdatingSince = (pool: MachineConfigPoolKind | undefined): string | undefined => {
  const c = condition(pool, 'Updating');
  return c?.status === 'True' ? c.lastTransitionTime : undefined;
};

/**
 * maxUnavailable of the pool (node_controller.go maxUnavailable): an integer or a percentage of the
 * pool's nodes rounded down, default 1, never 0.
 */
export const maxUnavailable = (
  pool: MachineConfigPoolKind | undefined,
  nodeCount: number,
): number => {
  const raw = pool?.spec?.maxUnavailable;
  let value = 1;
  if (typeof raw === 'number' && Number.isFinite(raw)) value = Math.floor(raw);
  else if (typeof raw === 'string') {
    const m = /^(\d+)%$/.exec(raw.trim());
    if (m) value = Math.floor((Number(m[1]) * nodeCount) / 100);
    else if (/^\d+$/.test(raw.trim())) value = Number(raw.trim());
  }
  return value <= 0 ? 1 : value;
};
