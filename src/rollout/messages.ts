/**
 * The operators write their messages in English. To show them in the page's language, the known
 * ones are recognised here (ids and their parameters, no prose); the page then writes a translated
 * sentence and keeps the English original beside it. Pure.
 *
 * Sources: openshift_controller.go setInProgressConditionTo* and listKataPods,
 * image_generator.go (PodVMImage*); machine-config-operator pkg/daemon/drain.go (drain timeout).
 */
import type { KataConfigCondition } from '../models';

export type OperatorMessage =
  | { id: 'installing' }
  | { id: 'uninstalling' }
  | { id: 'updating' }
  | { id: 'node-degraded'; node: string; reason: string }
  | { id: 'blocked-by-pods'; runtimeClass?: string }
  | { id: 'podvm-image'; step: 'creating' | 'created' | 'create-failed' | 'create-unknown' }
  | { id: 'podvm-image'; step: 'deleting' | 'deleted' | 'delete-failed' | 'delete-unknown' }
  | { id: 'podvm-unsupported' }
  | { id: 'unknown' };

const PODVM: Record<string, OperatorMessage> = {
  'Creating Pod VM Image': { id: 'podvm-image', step: 'creating' },
  'Created Pod VM Image': { id: 'podvm-image', step: 'created' },
  'Failed to create Pod VM Image': { id: 'podvm-image', step: 'create-failed' },
  'Pod VM Image creation status is unknown': { id: 'podvm-image', step: 'create-unknown' },
  'Deleting Pod VM Image': { id: 'podvm-image', step: 'deleting' },
  'Deleted Pod VM Image': { id: 'podvm-image', step: 'deleted' },
  'Failed to delete Pod VM Image': { id: 'podvm-image', step: 'delete-failed' },
  'Pod VM Image deletion status is unknown': { id: 'podvm-image', step: 'delete-unknown' },
};

/** What the KataConfig's InProgress condition says, as an id; `unknown` for anything else. */
export const operatorMessage = (
  c: Pick<KataConfigCondition, 'reason' | 'message'>,
): OperatorMessage => {
  switch (c.reason) {
    case 'Installing':
      return { id: 'installing' };
    case 'Uninstalling':
      return { id: 'uninstalling' };
    case 'Updating':
      return { id: 'updating' };
    case 'Failed': {
      const m = /^Node (\S+) Degraded:\s*([\s\S]*)$/.exec(c.message);
      return m ? { id: 'node-degraded', node: m[1], reason: m[2] } : { id: 'unknown' };
    }
    case 'BlockedByExistingKataPods': {
      const m = /^existing pods using "([^"]+)" RuntimeClass found/.exec(c.message);
      return m ? { id: 'blocked-by-pods', runtimeClass: m[1] } : { id: 'blocked-by-pods' };
    }
    case 'PodVMImageUnsupportedProvider':
      return { id: 'podvm-unsupported' };
    default:
      return PODVM[c.message] ?? { id: 'unknown' };
  }
};

/** What the Machine Config Daemon's reason on a failed node points at, and so what to do. */
export type DaemonFailure =
  /** A PodDisruptionBudget (or a pod that will not go) has held the drain for an hour. */
  'drain-timeout' | 'other';

export const daemonFailure = (reason: string): DaemonFailure =>
  /^failed to drain node: \S+ after 1 hour/.test(reason) ? 'drain-timeout' : 'other';
