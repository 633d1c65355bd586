import type { KObject } from '../../types';
import { deploymentStatus, podTemplateHash, replicaSetStatus } from './workloads';

const pod = (ready: boolean, deleting = false): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('Deployment and ReplicaSet controllers', () => {
  it('hashes the pod template into a stable, short, safe name part', () => {
    const h = podTemplateHash({ spec: { containers: [{ name: 'a' }] } });
    expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(podTemplateHash({ spec: { containers: [{ name: 'a' }] } })).toBe(h);
    expect(podTemplateHash({ spec: { containers: [{ name: 'b' }] } })).not.toBe(h);
  });

  it('counts live and ready pods; the Deployment is Available once its replicas are', () => {
    const rs: KObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'rs', generation: 1 },
      spec: { replicas: 2 },
    };
    const st = replicaSetStatus(rs, [pod(true), pod(false), pod(true, true)]);
    expect(st).toEqual({
      replicas: 2,
      fullyLabeledReplicas: 2,
      readyReplicas: 1,
      availableReplicas: 1,
      observedGeneration: 1,
    });
    const d: KObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', generation: 1 },
      spec: { replicas: 2 },
    };
    const ds = deploymentStatus(d, [{ ...rs, status: st }], {});
    expect(ds).toMatchObject({ replicas: 2, availableReplicas: 1, unavailableReplicas: 1 });
    expect((ds.conditions as { type: string; status: string }[])[0]).toMatchObject({
      type: 'Available',
      status: 'False',
    });
  });
});
