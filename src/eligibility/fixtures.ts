/** Realistic Node objects for the eligibility tests (and the page's component tests). */
import type { KataConfigKind, NodeKind } from '../models';

const RHCOS = 'Red Hat Enterprise Linux CoreOS 416.94.202410211619-0';
const RHEL = 'Red Hat Enterprise Linux 8.10 (Ootpa)';

type NodeOptions = {
  name: string;
  labels?: Record<string, string>;
  osImage?: string;
  providerID?: string;
  ready?: 'True' | 'False' | 'Unknown';
  unschedulable?: boolean;
  memory?: string;
  resourceVersion?: string;
};

export const makeNode = ({
  name,
  labels = {},
  osImage = RHCOS,
  providerID,
  ready = 'True',
  unschedulable,
  memory = '63Gi',
  resourceVersion = '1',
}: NodeOptions): NodeKind => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, uid: `uid-${name}`, resourceVersion, labels },
  spec: {
    ...(providerID === undefined ? {} : { providerID }),
    ...(unschedulable === undefined ? {} : { unschedulable }),
  },
  status: {
    allocatable: { cpu: '31500m', memory, pods: '250' },
    capacity: { cpu: '32', memory: '64Gi', pods: '250' },
    conditions: [
      { type: 'MemoryPressure', status: 'False' },
      { type: 'Ready', status: ready, reason: 'KubeletReady' },
    ],
    nodeInfo: { osImage, kernelVersion: '5.14.0-427.40.1.el9_4.x86_64', architecture: 'amd64' },
  },
});

const WORKER = { 'node-role.kubernetes.io/worker': '', 'node.openshift.io/os_id': 'rhcos' };
const NFD_INTEL = {
  'feature.node.kubernetes.io/cpu-cpuid.SSE4': 'true',
  'feature.node.kubernetes.io/cpu-cpuid.VMX': 'true',
  'feature.node.kubernetes.io/kernel-loadedmodule.kvm_intel': 'true',
};
const NFD_AMD = {
  'feature.node.kubernetes.io/cpu-cpuid.SSE4': 'true',
  'feature.node.kubernetes.io/cpu-cpuid.SVM': 'true',
  'feature.node.kubernetes.io/kernel-loadedmodule.kvm_amd': 'true',
};
/** NFD labelled the node, and it has neither VMX nor SVM. */
const NFD_NO_VIRT = {
  'feature.node.kubernetes.io/cpu-cpuid.SSE4': 'true',
  'feature.node.kubernetes.io/cpu-cpuid.AVX2': 'true',
};
const KATA = { 'feature.node.kubernetes.io/runtime.kata': 'true' };

export const nodes = {
  intel: makeNode({
    name: 'compute-0.example.com',
    labels: { ...WORKER, ...NFD_INTEL, ...KATA },
    providerID: 'baremetalhost:///openshift-machine-api/compute-0/9b2c',
  }),
  amd: makeNode({ name: 'compute-1.example.com', labels: { ...WORKER, ...NFD_AMD, ...KATA } }),
  noVirt: makeNode({ name: 'compute-2.example.com', labels: { ...WORKER, ...NFD_NO_VIRT } }),
  rhel: makeNode({
    name: 'rhel-worker-0.example.com',
    labels: {
      'node-role.kubernetes.io/worker': '',
      'node.openshift.io/os_id': 'rhel',
      ...NFD_INTEL,
    },
    osImage: RHEL,
  }),
  master: makeNode({
    name: 'master-0.example.com',
    labels: {
      'node-role.kubernetes.io/master': '',
      'node-role.kubernetes.io/control-plane': '',
      'node.openshift.io/os_id': 'rhcos',
      ...NFD_INTEL,
    },
  }),
  compact: makeNode({
    name: 'master-1.example.com',
    labels: {
      'node-role.kubernetes.io/master': '',
      'node-role.kubernetes.io/worker': '',
      'node.openshift.io/os_id': 'rhcos',
      ...NFD_INTEL,
      ...KATA,
    },
  }),
  awsMetal: makeNode({
    name: 'ip-10-0-1-10.ec2.internal',
    labels: { ...WORKER, ...NFD_INTEL, ...KATA, 'node.kubernetes.io/instance-type': 'm5.metal' },
    providerID: 'aws:///us-east-1a/i-0a1b2c3d4e5f',
  }),
  awsVirtual: makeNode({
    name: 'ip-10-0-1-11.ec2.internal',
    labels: { ...WORKER, ...NFD_NO_VIRT, 'node.kubernetes.io/instance-type': 'm5.xlarge' },
    providerID: 'aws:///us-east-1a/i-0f1e2d3c4b5a',
  }),
  vsphere: makeNode({
    name: 'vs-worker-0',
    labels: { ...WORKER, ...NFD_INTEL },
    providerID: 'vsphere://4230b8c5-ad6c-1e1c-3c7e-2b1e59e7ad11',
  }),
  notReady: makeNode({
    name: 'compute-3.example.com',
    labels: { ...WORKER, ...NFD_INTEL, ...KATA },
    ready: 'False',
  }),
  cordoned: makeNode({
    name: 'compute-4.example.com',
    labels: { ...WORKER, ...NFD_INTEL, ...KATA },
    unschedulable: true,
  }),
  noNfd: makeNode({ name: 'compute-5.example.com', labels: { ...WORKER } }),
  manualLabel: makeNode({ name: 'compute-6.example.com', labels: { ...WORKER, ...KATA } }),
  lowMemory: makeNode({
    name: 'edge-0.example.com',
    labels: { ...WORKER, ...NFD_INTEL, ...KATA },
    memory: '2000Mi',
  }),
};

export const kataConfig = (
  spec: Partial<NonNullable<KataConfigKind['spec']>> = {},
  kataNodes: NonNullable<KataConfigKind['status']>['kataNodes'] = {},
): KataConfigKind => ({
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: { name: 'example-kataconfig', resourceVersion: '7' },
  spec: { checkNodeEligibility: true, ...spec },
  status: { runtimeClasses: ['kata'], kataNodes },
});

/** `count` worker nodes with a realistic mix of verdicts, for performance and windowing tests. */
export const syntheticNodes = (count: number): NodeKind[] => {
  const templates = Object.values(nodes);
  const out: NodeKind[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = templates[i % templates.length];
    const name = `node-${String(i).padStart(5, '0')}`;
    out.push({ ...t, metadata: { ...t.metadata, name, uid: `uid-${name}` } });
  }
  return out;
};
