/** Test objects for the workloads core (pods as the API server returns them after admission). */
import type { PodKind, WorkloadKind } from '../models/workloads';
import type { NodeKind, RuntimeClassKind } from '../models';

type PodOptions = {
  namespace?: string;
  runtimeClassName?: string;
  node?: string;
  phase?: string;
  owner?: { kind: string; name: string; apiVersion?: string };
  hash?: string;
  requests?: Record<string, string>;
  limits?: Record<string, string>;
  overhead?: Record<string, string>;
  deleting?: boolean;
};

export const pod = (name: string, o: PodOptions = {}): PodKind => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    namespace: o.namespace ?? 'apps',
    uid: `uid-${o.namespace ?? 'apps'}-${name}`,
    labels: o.hash ? { 'pod-template-hash': o.hash } : {},
    ...(o.owner
      ? {
          ownerReferences: [
            {
              apiVersion: o.owner.apiVersion ?? 'apps/v1',
              kind: o.owner.kind,
              name: o.owner.name,
              uid: `uid-${o.owner.name}`,
              controller: true,
            },
          ],
        }
      : {}),
    ...(o.deleting ? { deletionTimestamp: '2026-01-05T08:00:00Z' } : {}),
  },
  spec: {
    ...(o.runtimeClassName ? { runtimeClassName: o.runtimeClassName } : {}),
    ...(o.node ? { nodeName: o.node } : {}),
    ...(o.overhead ? { overhead: o.overhead } : {}),
    containers: [
      {
        name: 'app',
        image: 'registry.access.redhat.com/ubi9/ubi-minimal',
        resources: {
          ...(o.requests ? { requests: o.requests } : {}),
          ...(o.limits ? { limits: o.limits } : {}),
        },
      },
    ],
  },
  status: { phase: o.phase ?? 'Running' },
});

/** A kata pod of Deployment `deploy` (through its ReplicaSet), charged the operator's overhead. */
export const kataDeploymentPod = (name: string, deploy: string, o: PodOptions = {}): PodKind =>
  pod(name, {
    runtimeClassName: 'kata',
    owner: { kind: 'ReplicaSet', name: `${deploy}-5d9f8c7b6` },
    hash: '5d9f8c7b6',
    overhead: { memory: '350Mi', cpu: '250m' },
    node: 'worker-0',
    ...o,
  });

export const runtimeClass = (
  name: string,
  handler: string,
  podFixed?: Record<string, string>,
  nodeSelector?: Record<string, string>,
): RuntimeClassKind => ({
  apiVersion: 'node.k8s.io/v1',
  kind: 'RuntimeClass',
  metadata: { name },
  handler,
  ...(podFixed ? { overhead: { podFixed } } : {}),
  ...(nodeSelector ? { scheduling: { nodeSelector } } : {}),
});

export const KATA_OC = { 'node-role.kubernetes.io/kata-oc': '' };

export const kataRC = runtimeClass('kata', 'kata', { memory: '350Mi', cpu: '250m' }, KATA_OC);

export const node = (
  name: string,
  labels: Record<string, string> = {},
  allocatable: Record<string, string> = { memory: '16Gi', cpu: '8', pods: '250' },
  extra: {
    unschedulable?: boolean;
    ready?: boolean;
    taints?: NonNullable<NodeKind['spec']>['taints'];
  } = {},
): NodeKind => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'node-role.kubernetes.io/worker': '', ...labels } },
  spec: {
    ...(extra.unschedulable ? { unschedulable: true } : {}),
    ...(extra.taints ? { taints: extra.taints } : {}),
  },
  status: {
    allocatable,
    conditions: [{ type: 'Ready', status: extra.ready === false ? 'False' : 'True' }],
  },
});

export const deployment = (
  name: string,
  o: {
    replicas?: number;
    runtimeClassName?: string;
    nodeSelector?: Record<string, string>;
    requests?: Record<string, string>;
    limits?: Record<string, string>;
    strategy?: string;
    kind?: string;
    resourceVersion?: string;
  } = {},
): WorkloadKind => ({
  apiVersion: o.kind === 'Job' ? 'batch/v1' : 'apps/v1',
  kind: o.kind ?? 'Deployment',
  metadata: {
    name,
    namespace: 'apps',
    uid: `uid-${name}`,
    resourceVersion: o.resourceVersion ?? '10',
  },
  spec: {
    ...(o.replicas !== undefined ? { replicas: o.replicas } : {}),
    selector: { matchLabels: { app: name } },
    ...(o.strategy ? { strategy: { type: o.strategy } } : {}),
    template: {
      metadata: { labels: { app: name } },
      spec: {
        ...(o.runtimeClassName ? { runtimeClassName: o.runtimeClassName } : {}),
        ...(o.nodeSelector ? { nodeSelector: o.nodeSelector } : {}),
        containers: [
          {
            name: 'web',
            image: 'registry.access.redhat.com/ubi9/nginx-124',
            resources: {
              ...(o.requests ? { requests: o.requests } : {}),
              ...(o.limits ? { limits: o.limits } : {}),
            },
          },
        ],
      },
    },
  },
});

/** Kata pods of a Deployment, a Job and a bare kata-remote pod, beside runc pods. */
export const MIXED_PODS: PodKind[] = [
  kataDeploymentPod('web-5d9f8c7b6-a', 'web', { requests: { memory: '1Gi', cpu: '500m' } }),
  kataDeploymentPod('web-5d9f8c7b6-b', 'web', { node: 'worker-1' }),
  pod('plain', { node: 'worker-0' }),
  pod('runc-pod', { runtimeClassName: 'runc', node: 'worker-0' }),
  pod('remote', {
    runtimeClassName: 'kata-remote',
    overhead: { memory: '120Mi', cpu: '250m' },
    namespace: 'team-b',
  }),
  kataDeploymentPod('job-x', 'unused', {
    owner: { kind: 'Job', name: 'report', apiVersion: 'batch/v1' },
    hash: undefined,
    phase: 'Succeeded',
  }),
];
