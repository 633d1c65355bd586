/**
 * Pure parts of the Deployment and ReplicaSet controllers (kubernetes/kubernetes
 * pkg/controller/deployment/util ComputeHash, pkg/controller/replicaset
 * calculateStatus, pkg/controller/deployment/sync calculateStatus): the pod-template-hash and
 * the status counts. Rolling updates are not modelled: a new template gets a new ReplicaSet and
 * the old ones are scaled to zero at once.
 */
import type { KObject } from '../../types';
import { isRecord } from '../../types';
import { isPodReady, podPhase } from './disruption';

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** ComputeHash: FNV-32a of the template, written with the "safe" alphabet (10 characters at most). */
export const podTemplateHash = (template: unknown): string => {
  let h = 0x811c9dc5;
  for (const c of JSON.stringify(template)) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  let x = h;
  do {
    out = SAFE[x % SAFE.length] + out;
    x = Math.floor(x / SAFE.length);
  } while (x > 0);
  return out.slice(0, 10);
};

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

export const replicaSetStatus = (rs: KObject, pods: KObject[]): Record<string, unknown> => {
  const live = pods.filter(
    (p) => !p.metadata.deletionTimestamp && !['Succeeded', 'Failed'].includes(podPhase(p)),
  );
  const ready = live.filter(isPodReady).length;
  return {
    replicas: live.length,
    fullyLabeledReplicas: live.length,
    readyReplicas: ready,
    availableReplicas: ready,
    observedGeneration: rs.metadata.generation ?? 1,
  };
};

export const deploymentStatus = (
  d: KObject,
  replicaSets: KObject[],
  old: Record<string, unknown>,
): Record<string, unknown> => {
  const sum = (k: string): number =>
    replicaSets.reduce((a, rs) => a + Number(rec(rs.status)[k] ?? 0), 0);
  const want = Number(rec(d.spec).replicas ?? 1);
  const available = sum('availableReplicas');
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const oldConds = Array.isArray(old.conditions) ? old.conditions.filter(isRecord) : [];
  const keep = (type: string, status: string): string => {
    const c = oldConds.find((x) => x.type === type);
    return c?.status === status && typeof c.lastTransitionTime === 'string'
      ? c.lastTransitionTime
      : now;
  };
  const minOk = available >= want;
  return {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: sum('replicas'),
    updatedReplicas: sum('replicas'),
    readyReplicas: sum('readyReplicas'),
    availableReplicas: available,
    ...(want - available > 0 ? { unavailableReplicas: want - available } : {}),
    conditions: [
      {
        type: 'Available',
        status: minOk ? 'True' : 'False',
        reason: minOk ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message: minOk
          ? 'Deployment has minimum availability.'
          : 'Deployment does not have minimum availability.',
        lastUpdateTime: now,
        lastTransitionTime: keep('Available', minOk ? 'True' : 'False'),
      },
      {
        type: 'Progressing',
        status: 'True',
        reason: minOk ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
        message: `ReplicaSet "${replicaSets.map((r) => r.metadata.name ?? '').find((n) => n.length > 0) ?? ''}" ${minOk ? 'has successfully progressed.' : 'is progressing.'}`,
        lastUpdateTime: now,
        lastTransitionTime: keep('Progressing', 'True'),
      },
    ],
  };
};
