import type { KataConfigKind, KataNodesStatus } from '../models';

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

const EMPTY_INDEX: ReadonlyMap<string, KataState> = new Map();
const indexCache = new WeakMap<object, ReadonlyMap<string, KataState>>();

const buildIndex = (kataConfig: KataConfigKind): ReadonlyMap<string, KataState> => {
  const kataNodes: unknown = (kataConfig as { status?: { kataNodes?: unknown } } | null)?.status
    ?.kataNodes;
  if (typeof kataNodes !== 'object' || kataNodes === null) return EMPTY_INDEX;
  const index = new Map<string, KataState>();
  // Walk the lists from the weakest to the strongest so the strongest state wins.
  for (let i = LISTS.length - 1; i >= 0; i -= 1) {
    const [field, state] = LISTS[i];
    const names: unknown = (kataNodes as Record<string, unknown>)[field];
    if (!Array.isArray(names)) continue;
    for (const name of names as unknown[]) {
      if (typeof name === 'string') index.set(name, state);
    }
  }
  return index;
};

/**
 * Node name -> Kata state, built once per KataConfig object (cached by identity), so evaluating
 * 5,000 nodes is 5,000 map look-ups rather than 5,000 scans of the status lists.
 */
export const kataStateIndex = (kataConfig?: KataConfigKind): ReadonlyMap<string, KataState> => {
  const kc: unknown = kataConfig;
  if (typeof kc !== 'object' || kc === null) return EMPTY_INDEX;
  let index = indexCache.get(kc);
  if (!index) {
    index = buildIndex(kc);
    indexCache.set(kc, index);
  }
  return index;
};

/** The Kata runtime state of a node, from the `KataConfig.status.kataNodes` lists. */
export const kataStateOf = (nodeName: string, kataConfig?: KataConfigKind): KataState =>
  kataStateIndex(kataConfig).get(nodeName) ?? 'not-installed';
