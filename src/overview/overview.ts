/**
 * The overview of the Sandboxed containers section as data (pure; no prose): what is installed,
 * how far Kata has rolled out, what Kata costs the cluster now, and the one thing to do next.
 * Components turn the ids into sentences and every number into a link.
 */
import type {
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeKind,
  RuntimeClassKind,
  Selector,
} from '../models';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import { evaluateCluster } from '../eligibility/evaluate';
import type { EligibilityContext } from '../eligibility/types';
import type { Amounts } from '../workloads/podResources';
import { amountsOf } from '../workloads/podResources';
import type { Totals } from '../workloads/rows';
import type { MachineConfigPoolKind } from '../models/cluster';
import type { RolloutProblem } from '../rollout/model';
import type { RolloutSummary } from './rollout';
import { rolloutSummary } from './rollout';

/** An OLM ClusterServiceVersion, the parts the overview reads. */
export type CsvKind = {
  metadata?: { name?: string; namespace?: string };
  spec?: { version?: string; displayName?: string };
  status?: { phase?: string };
};

const OSC_CSV_PREFIX = 'sandboxed-containers-operator.';

export type OperatorState = {
  /** The KataConfig CRD exists (the operator is installed). */
  present: boolean;
  /** The operator's CSV, when it can be read. */
  csvName: string | undefined;
  version: string | undefined;
  phase: string | undefined;
};

export const operatorState = (
  present: boolean,
  csvs: readonly CsvKind[] | undefined,
): OperatorState => {
  const csv = (csvs ?? []).find((c) => c.metadata?.name?.startsWith(OSC_CSV_PREFIX));
  return {
    present,
    csvName: csv?.metadata?.name,
    version: csv?.spec?.version,
    phase: csv?.status?.phase,
  };
};

type NfdState =
  | { kind: 'not-installed' }
  | { kind: 'no-instance' }
  | { kind: 'running'; name: string; namespace: string; kataRule: boolean; labelledNodes: number };

type KataConfigSummary = {
  name: string;
  /** Nodes Kata goes to: all workers, or those labelled runtime.kata=true. */
  eligibilityRequired: boolean;
  /** The kataConfigPoolSelector, when one narrows the nodes. */
  poolSelector: Selector | undefined;
  logLevel: string;
  peerPods: boolean;
};

type RuntimeClassSummary = {
  name: string;
  handler: string;
  /** overhead.podFixed; undefined when the class has none. */
  overhead: Amounts | undefined;
};

export type NextAction =
  | { kind: 'install-operator' }
  | { kind: 'install' }
  | {
      kind: 'fix-rollout';
      node: string | undefined;
      problem: RolloutSummary['problem'];
      detail: string | undefined;
    }
  | { kind: 'remove-kata-pods'; detail: string | undefined }
  | { kind: 'wait'; state: RolloutSummary['state'] }
  /** Installed by the operator's count, but Kata pods cannot start on some nodes (not RHCOS). */
  | { kind: 'keep-kata-off'; problem: Extract<RolloutProblem, { kind: 'kata-unusable' }> }
  | { kind: 'nothing' };

export type Overview = {
  operator: OperatorState;
  nfd: NfdState;
  kataConfig: KataConfigSummary | undefined;
  rollout: RolloutSummary;
  nodes: { total: number; eligible: number; installed: number } | undefined;
  runtimeClasses: RuntimeClassSummary[];
  /** Kata pods in the namespaces the user sees; undefined while unknown. */
  pods: Totals | undefined;
  next: NextAction;
};

const nfdState = (
  installed: boolean,
  nfds: readonly NodeFeatureDiscoveryKind[] | undefined,
  ctx: EligibilityContext,
  nodes: readonly NodeKind[] | undefined,
): NfdState => {
  if (!installed) return { kind: 'not-installed' };
  const nfd = nfds?.[0];
  if (!nfd) return { kind: 'no-instance' };
  return {
    kind: 'running',
    name: nfd.metadata?.name ?? '',
    namespace: nfd.metadata?.namespace ?? '',
    kataRule: ctx.nfdKataRule === true,
    labelledNodes: (nodes ?? []).filter(
      (n) => n.metadata?.labels?.[KATA_RUNTIME_LABEL] === KATA_RUNTIME_LABEL_VALUE,
    ).length,
  };
};

const kataConfigSummary = (kc: KataConfigKind | undefined): KataConfigSummary | undefined =>
  kc
    ? {
        name: kc.metadata?.name ?? '',
        eligibilityRequired: kc.spec?.checkNodeEligibility === true,
        poolSelector: kc.spec?.kataConfigPoolSelector ?? undefined,
        logLevel: kc.spec?.logLevel ?? 'info',
        peerPods: kc.spec?.enablePeerPods === true,
      }
    : undefined;

/** The one next action, from the most blocking to none. */
export const nextAction = (
  operatorPresent: boolean,
  kc: KataConfigKind | undefined,
  rollout: RolloutSummary,
): NextAction => {
  if (!operatorPresent) return { kind: 'install-operator' };
  if (!kc) return { kind: 'install' };
  switch (rollout.state) {
    case 'stuck':
      return {
        kind: 'fix-rollout',
        node: rollout.blockingNode,
        problem: rollout.problem,
        detail: rollout.detail,
      };
    case 'blocked-by-pods':
      return { kind: 'remove-kata-pods', detail: rollout.detail };
    case 'installing':
    case 'updating':
    case 'uninstalling':
      return { kind: 'wait', state: rollout.state };
    default:
      return rollout.problem?.kind === 'kata-unusable'
        ? { kind: 'keep-kata-off', problem: rollout.problem }
        : { kind: 'nothing' };
  }
};

export type OverviewInput = {
  operatorPresent: boolean;
  nfdInstalled: boolean;
  csvs: readonly CsvKind[] | undefined;
  kataConfig: KataConfigKind | undefined;
  nfds: readonly NodeFeatureDiscoveryKind[] | undefined;
  /** Undefined while the nodes are not loaded (or cannot be listed). */
  nodes: readonly NodeKind[] | undefined;
  context: EligibilityContext;
  /** The Kata RuntimeClasses that exist (kataRuntimeClasses). */
  kataClasses: readonly RuntimeClassKind[];
  pods: Totals | undefined;
  /** The MachineConfigPools; undefined while unknown (then the KataConfig status alone counts). */
  pools: readonly MachineConfigPoolKind[] | undefined;
  /** Milliseconds since the epoch (how long a drain has lasted). */
  now: number;
};

export const buildOverview = (i: OverviewInput): Overview => {
  const rollout = rolloutSummary(
    i.kataConfig,
    // No pool at all: not the MachineConfig operator's world (or not readable): the status alone.
    i.nodes && i.pools && i.pools.length > 0
      ? { nodes: i.nodes, pools: i.pools, now: i.now }
      : undefined,
  );
  const counts = i.nodes ? evaluateCluster([...i.nodes], i.context).counts : undefined;
  return {
    operator: operatorState(i.operatorPresent, i.csvs),
    nfd: nfdState(i.nfdInstalled, i.nfds, i.context, i.nodes),
    kataConfig: kataConfigSummary(i.kataConfig),
    rollout,
    nodes:
      counts && i.nodes
        ? { total: i.nodes.length, eligible: counts.eligible, installed: counts.installed }
        : undefined,
    runtimeClasses: i.kataClasses.map((rc) => ({
      name: rc.metadata?.name ?? '',
      handler: rc.handler ?? '',
      overhead: rc.overhead?.podFixed ? amountsOf(rc.overhead.podFixed) : undefined,
    })),
    pods: i.pods,
    next: nextAction(i.operatorPresent, i.kataConfig, rollout),
  };
};
