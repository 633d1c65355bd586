import type { KataConfigKind, KataNodesStatus } from '../models';
import { isRecord, prop } from '../shared/guards';

export type KataState =
  | 'not-installed'
  | 'waiting'
  | 'installing'
  | 'installed'
  | 'failed'
  | 'uninstalling'
  | 'waiting-to-uninstall'
  | 'failed-to-uninstall';

/**
 * `KataConfig.status.kataNodes` name lists, in the order that wins when a node appears in more
 * than one (an uninstall in progress is newer news than "installed"; a failure is worth showing).
 */
const LISTS: readonly (readonly [keyof KataNodesStatus, KataState])[] = [
  ['failedToUninstall', 'failed-to-uninstall'],
  ['uninstalling', 'uninstalling'],
  ['waitingToUninstall', 'waiting-to-uninstall'],
  ['failedToInstall', 'failed'],
  ['installing', 'installing'],
  ['waitingToInstall', 'waiting'],
  ['installed', 'installed'],
];

/**
 * Node name -> Kata state, from the `KataConfig.status.kataNodes` lists: evaluating a cluster
 * builds it once and looks each node up, rather than scanning the lists for every node.
 */
export const kataStateIndex = (kataConfig?: unknown): ReadonlyMap<string, KataState> => {
  const index = new Map<string, KataState>();
  const kataNodes: unknown = prop(prop(kataConfig, 'status'), 'kataNodes');
  if (!isRecord(kataNodes)) return index;
  // Walk the lists from the weakest to the strongest so the strongest state wins.
  for (let i = LISTS.length - 1; i >= 0; i -= 1) {
    const [list, state] = LISTS[i];
    const names: unknown = kataNodes[list];
    if (!Array.isArray(names)) continue;
    for (const name of names as unknown[]) {
      if (typeof name === 'string') index.set(name, state);
    }
  }
  return index;
};

/** The Kata runtime state of a node, from the `KataConfig.status.kataNodes` lists. */
export const kataStateOf = (nodeName: string, kataConfig?: KataConfigKind): KataState =>
  kataStateIndex(kataConfig).get(nodeName) ?? 'not-installed';
