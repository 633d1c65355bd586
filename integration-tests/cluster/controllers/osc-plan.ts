/** Pure state machine of the simulated OpenShift sandboxed containers operator. */
import type { Selector } from '../selectors';
import { matchesSelector } from '../selectors';

export const KATA_OC_LABEL = 'node-role.kubernetes.io/kata-oc';
export const WORKER_LABEL = 'node-role.kubernetes.io/worker';
export const RUNTIME_KATA_LABEL = 'feature.node.kubernetes.io/runtime.kata';

export type KataNodes = {
  nodeCount: number;
  readyNodeCount: number;
  installed: string[];
  installing: string[];
  waitingToInstall: string[];
  failedToInstall: string[];
  uninstalling: string[];
  waitingToUninstall: string[];
  failedToUninstall: string[];
};

export const emptyKataNodes = (): KataNodes => ({
  nodeCount: 0,
  readyNodeCount: 0,
  installed: [],
  installing: [],
  waitingToInstall: [],
  failedToInstall: [],
  uninstalling: [],
  waitingToUninstall: [],
  failedToUninstall: [],
});

const LISTS = [
  'installed',
  'installing',
  'waitingToInstall',
  'failedToInstall',
  'uninstalling',
  'waitingToUninstall',
  'failedToUninstall',
] as const;

export const normalizeKataNodes = (v: unknown): KataNodes => {
  const out = emptyKataNodes();
  if (typeof v !== 'object' || v === null) return out;
  const r = v as Record<string, unknown>;
  for (const k of LISTS) {
    const l = r[k];
    out[k] = Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : [];
  }
  return withCounts(out);
};

export const withCounts = (k: KataNodes): KataNodes => ({
  ...k,
  nodeCount: k.installed.length + k.installing.length + k.waitingToInstall.length,
  readyNodeCount: k.installed.length,
});

/** Worker nodes the KataConfig targets. */
export const targetNodes = (
  nodes: { name: string; labels: Record<string, string> }[],
  poolSelector: Selector,
  checkNodeEligibility: boolean,
): string[] =>
  nodes
    .filter(
      (n) =>
        WORKER_LABEL in n.labels &&
        matchesSelector(poolSelector, n.labels) &&
        (!checkNodeEligibility || n.labels[RUNTIME_KATA_LABEL] === 'true'),
    )
    .map((n) => n.name)
    .sort();

const without = (l: string[], names: Set<string> | string[]): string[] => {
  const s = names instanceof Set ? names : new Set(names);
  return l.filter((x) => !s.has(x));
};

/** Queues installs / uninstalls so that the kata nodes converge to `target`. */
export const plan = (cur: KataNodes, target: string[]): KataNodes => {
  const t = new Set(target);
  const k: KataNodes = { ...cur };
  const known = new Set([
    ...k.installed,
    ...k.installing,
    ...k.waitingToInstall,
    ...k.failedToInstall,
  ]);
  // Cancel queued uninstalls for nodes that are targeted again.
  const back = k.waitingToUninstall.filter((n) => t.has(n));
  k.waitingToUninstall = without(k.waitingToUninstall, back);
  k.installed = [...k.installed, ...back];
  for (const n of back) known.add(n);
  const busyOut = new Set([...k.uninstalling, ...k.waitingToUninstall]);
  const add = target.filter((n) => !known.has(n) && !busyOut.has(n));
  k.waitingToInstall = [
    ...without(
      k.waitingToInstall,
      k.waitingToInstall.filter((n) => !t.has(n)),
    ),
    ...add,
  ];
  const drop = k.installed.filter((n) => !t.has(n));
  k.installed = without(k.installed, drop);
  k.waitingToUninstall = [...k.waitingToUninstall, ...drop];
  k.failedToInstall = k.failedToInstall.filter((n) => t.has(n));
  return withCounts(k);
};

export type StepResult = {
  kataNodes: KataNodes;
  /** Node that finished installing (label it kata-oc). */
  installedNode?: string;
  /** Node that failed to install, with the reason. */
  failedNode?: { name: string; reason: string };
  /** Node that finished uninstalling (remove the kata-oc label). */
  uninstalledNode?: string;
};

/** One step of the rollout: finish the current node, start the next one. */
export const step = (cur: KataNodes, failure: (node: string) => string | undefined): StepResult => {
  const k: KataNodes = { ...cur };
  const res: StepResult = { kataNodes: k };
  if (k.installing.length > 0) {
    const [n, ...rest] = k.installing;
    k.installing = rest;
    const why = failure(n);
    if (why === undefined) {
      k.installed = [...k.installed, n];
      res.installedNode = n;
    } else {
      k.failedToInstall = [...k.failedToInstall, n];
      res.failedNode = { name: n, reason: why };
    }
  } else if (k.uninstalling.length > 0) {
    const [n, ...rest] = k.uninstalling;
    k.uninstalling = rest;
    res.uninstalledNode = n;
  }
  if (k.installing.length === 0 && k.uninstalling.length === 0) {
    if (k.waitingToInstall.length > 0) {
      const [n, ...rest] = k.waitingToInstall;
      k.waitingToInstall = rest;
      k.installing = [n];
    } else if (k.waitingToUninstall.length > 0) {
      const [n, ...rest] = k.waitingToUninstall;
      k.waitingToUninstall = rest;
      k.uninstalling = [n];
    }
  }
  res.kataNodes = withCounts(k);
  return res;
};

export const busy = (k: KataNodes): boolean =>
  k.installing.length +
    k.waitingToInstall.length +
    k.uninstalling.length +
    k.waitingToUninstall.length >
  0;

export type InProgress = {
  status: 'True' | 'False';
  reason: string;
  message: string;
};

export const inProgressCondition = (
  k: KataNodes,
  opts: {
    deleting: boolean;
    initialDone: boolean;
    blockedBy?: string;
    failedReason?: string;
  },
): InProgress => {
  if (opts.blockedBy !== undefined) {
    return {
      status: 'False',
      reason: 'BlockedByExistingKataPods',
      message: `existing pods using "${opts.blockedBy}" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed`,
    };
  }
  if (opts.deleting) {
    return {
      status: 'True',
      reason: 'Uninstalling',
      message: 'Removing kata from cluster',
    };
  }
  if (k.failedToInstall.length > 0 && opts.failedReason !== undefined) {
    return {
      status: 'True',
      reason: 'Failed',
      message: `Node ${k.failedToInstall[0]} Degraded: ${opts.failedReason}`,
    };
  }
  if (busy(k)) {
    return opts.initialDone
      ? {
          status: 'True',
          reason: 'Updating',
          message: 'Adding and/or removing kata-enabled nodes',
        }
      : {
          status: 'True',
          reason: 'Installing',
          message: 'Performing initial installation of kata on cluster',
        };
  }
  return { status: 'False', reason: '', message: '' };
};

/** kataNodes as the operator serialises it: empty lists omitted (omitempty). */
export const compactKataNodes = (k: KataNodes): Partial<KataNodes> => {
  const out: Partial<KataNodes> = {
    nodeCount: k.nodeCount,
    readyNodeCount: k.readyNodeCount,
  };
  for (const l of LISTS) if (k[l].length > 0) out[l] = k[l];
  return out;
};
