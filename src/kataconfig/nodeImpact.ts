/**
 * Which nodes gain or lose the Kata runtime when a KataConfig's spec changes. Pure; the
 * eligibility engine's target predicate is passed in.
 *
 * What a node has now comes from the KataConfig's status, not from its old spec: a node of the
 * Kata pool whose update never happened (waiting, or failed) leaves the pool without a reboot,
 * because its Machine Config Daemon is still on the worker configuration.
 */
import { kataStateIndex } from '../eligibility/kataState';
import type { KataConfigKind, KataConfigSpec, NodeKind } from '../models';

export type NodeImpactResult = {
  /** Nodes that will get the Kata runtime (and reboot). */
  gain: string[];
  /** Nodes that will lose the Kata runtime (and reboot). */
  lose: string[];
  /** Nodes that leave the Kata pool without having had Kata: no reboot. */
  leave: string[];
  /** Nodes that stay in the Kata pool. */
  keep: number;
};

export type KataTargetPredicate = (node: NodeKind, spec: KataConfigSpec) => boolean;

const DEFAULT_SPEC: KataConfigSpec = { checkNodeEligibility: false };

export const computeNodeImpact = (
  nodes: readonly NodeKind[],
  before: KataConfigKind | undefined,
  after: KataConfigSpec | undefined,
  isTarget: KataTargetPredicate,
): NodeImpactResult => {
  const gain: string[] = [];
  const lose: string[] = [];
  const leave: string[] = [];
  let keep = 0;
  const states = kataStateIndex(before);
  // Without any status (the operator has not reported yet) the old spec is all there is.
  const reported = before?.status?.kataNodes !== undefined;
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const state = states.get(name);
    const has = reported
      ? state === 'installed' || state === 'installing'
      : isTarget(node, before?.spec ?? DEFAULT_SPEC);
    const inPool = has || state === 'waiting' || state === 'failed';
    const will = isTarget(node, after ?? DEFAULT_SPEC);
    if (will && inPool) keep += 1;
    else if (will) gain.push(name);
    else if (has) lose.push(name);
    else if (inPool) leave.push(name);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return { gain: gain.sort(byName), lose: lose.sort(byName), leave: leave.sort(byName), keep };
};

/** Only checkNodeEligibility and the pool selector decide which nodes run Kata. */
export const targetingChanged = (
  before: KataConfigSpec | undefined,
  after: KataConfigSpec | undefined,
): boolean =>
  (before?.checkNodeEligibility ?? false) !== (after?.checkNodeEligibility ?? false) ||
  JSON.stringify(before?.kataConfigPoolSelector ?? null) !==
    JSON.stringify(after?.kataConfigPoolSelector ?? null);
