/**
 * Reads a KataConfig's status (third_party/crds/KATACONFIG-STATUS.md) into what the page shows:
 * the InProgress condition as a phase, and per-node install/uninstall progress. Pure.
 */
import type { KataConfigCondition, KataConfigKind } from '../models';

export type ProgressPhase =
  | { kind: 'idle' }
  | { kind: 'installing' }
  | { kind: 'updating' }
  | { kind: 'uninstalling' }
  | { kind: 'failed'; node?: string; detail: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'podvm-running'; message: string }
  | { kind: 'podvm-completed'; message: string }
  | { kind: 'podvm-failed'; message: string }
  | { kind: 'podvm-unknown'; message: string }
  | { kind: 'podvm-unsupported'; message: string }
  | { kind: 'other'; status: string; reason: string; message: string };

const IN_PROGRESS = 'InProgress';

export const inProgressCondition = (kc: KataConfigKind): KataConfigCondition | undefined =>
  kc.status?.conditions?.find((c) => c.type === IN_PROGRESS);

/** "Node <name> Degraded: <reason>" -> node name and reason. */
export const parseFailedMessage = (message: string): { node?: string; detail: string } => {
  const m = /^Node (\S+) Degraded:\s*(.*)$/s.exec(message);
  if (!m) return { detail: message };
  return { node: m[1], detail: m[2] };
};

export const progressPhase = (kc: KataConfigKind): ProgressPhase => {
  const c = inProgressCondition(kc);
  if (!c) return { kind: 'idle' };
  const message = c.message;
  switch (c.reason) {
    case '':
      return c.status === 'True'
        ? { kind: 'other', status: c.status, reason: c.reason, message }
        : { kind: 'idle' };
    case 'Installing':
      return { kind: 'installing' };
    case 'Updating':
      return { kind: 'updating' };
    case 'Uninstalling':
      return { kind: 'uninstalling' };
    case 'Failed':
      return { kind: 'failed', ...parseFailedMessage(message) };
    case 'BlockedByExistingKataPods':
      return { kind: 'blocked', message };
    case 'PodVMImageJobRunning':
      return { kind: 'podvm-running', message };
    case 'PodVMImageJobCompleted':
      return { kind: 'podvm-completed', message };
    case 'PodVMImageJobFailed':
      return { kind: 'podvm-failed', message };
    case 'PodVMImageJobStatusUnknown':
      return { kind: 'podvm-unknown', message };
    case 'PodVMImageUnsupportedProvider':
      return { kind: 'podvm-unsupported', message };
    default:
      return { kind: 'other', status: c.status, reason: c.reason, message };
  }
};

/** True while the operator is removing Kata after the KataConfig was deleted. */
export const isBeingDeleted = (kc: KataConfigKind): boolean =>
  kc.metadata?.deletionTimestamp !== undefined;

/** kubectl-style text of a selector's requirements: `a=b`, `zone in (x, y)`, `gpu`, `!gpu`. */
export const selectorRequirements = (
  selector:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: {
          key: string;
          operator: string;
          values?: string[];
        }[];
      }
    | null
    | undefined,
): string[] => [
  ...Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
  ...(selector?.matchExpressions ?? []).map((e) => {
    const values = (e.values ?? []).join(', ');
    switch (e.operator) {
      case 'In':
        return `${e.key} in (${values})`;
      case 'NotIn':
        return `${e.key} notin (${values})`;
      case 'Exists':
        return e.key;
      case 'DoesNotExist':
        return `!${e.key}`;
      default:
        return `${e.key} ${e.operator} (${values})`;
    }
  }),
];
