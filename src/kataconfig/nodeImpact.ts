/**
 * Which nodes gain or lose the Kata runtime when a KataConfig's spec changes. Pure; the
 * eligibility engine's target predicate is passed in.
 */
import type { KataConfigSpec, NodeKind } from '../models';

export type NodeImpactResult = {
  /** Nodes that will get the Kata runtime (and reboot). */
  gain: string[];
  /** Nodes that will lose the Kata runtime (and reboot). */
  lose: string[];
  /** Nodes that keep it. */
  keep: number;
};

export type KataTargetPredicate = (node: NodeKind, spec: KataConfigSpec) => boolean;

const DEFAULT_SPEC: KataConfigSpec = { checkNodeEligibility: false };

export const computeNodeImpact = (
  nodes: readonly NodeKind[],
  before: KataConfigSpec | undefined,
  after: KataConfigSpec | undefined,
  isTarget: KataTargetPredicate,
): NodeImpactResult => {
  const gain: string[] = [];
  const lose: string[] = [];
  let keep = 0;
  for (const node of nodes) {
    const was = isTarget(node, before ?? DEFAULT_SPEC);
    const will = isTarget(node, after ?? DEFAULT_SPEC);
    const name = node.metadata?.name ?? '';
    if (was && !will) lose.push(name);
    else if (!was && will) gain.push(name);
    else if (was && will) keep += 1;
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return { gain: gain.sort(byName), lose: lose.sort(byName), keep };
};

/** Only checkNodeEligibility and the pool selector decide which nodes run Kata. */
export const targetingChanged = (
  before: KataConfigSpec | undefined,
  after: KataConfigSpec | undefined,
): boolean =>
  (before?.checkNodeEligibility ?? false) !== (after?.checkNodeEligibility ?? false) ||
  JSON.stringify(before?.kataConfigPoolSelector ?? null) !==
    JSON.stringify(after?.kataConfigPoolSelector ?? null);
