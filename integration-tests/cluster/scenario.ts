/** Scenario files: typed, validated at load, turned into Kubernetes objects. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import type { KObject } from './types';
import { isRecord } from './types';

export type UserMode = 'admin' | 'read-only' | 'no-access';

export type ScenarioNode = {
  name: string;
  /** node-role.kubernetes.io/<role> labels; default [worker]. */
  roles?: string[];
  /** Simulated CPU flags seen by NFD (cpuid), e.g. [SSE4, VMX]. */
  cpuFlags?: string[];
  /** Simulated loaded kernel modules, e.g. [kvm, kvm_intel]. */
  kernelModules?: string[];
  os?: 'rhcos' | 'rhel';
  ready?: boolean;
  unschedulable?: boolean;
  providerID?: string;
  instanceType?: string;
  zone?: string;
  cpu?: number;
  memory?: string;
  labels?: Record<string, string>;
  /** The node is a virtual machine: kata installs, but kata pods cannot start (no usable /dev/kvm). */
  virtual?: boolean;
  /**
   * The Machine Config Daemon fails to install extensions on this node (e.g. the extensions
   * image cannot be pulled): the node goes Degraded with this reason and blocks its pool.
   */
  mcdFails?: string;
};

export type Scenario = {
  description: string;
  platform: string;
  user: UserMode;
  operators: { nfd: boolean; osc: boolean };
  /** overhead.podFixed of the kata RuntimeClass the OSC controller creates. */
  runtimeClassOverhead: { cpu: string; memory: string };
  namespaces: string[];
  nodes: ScenarioNode[];
  /**
   * Deterministically generated nodes (the `large` scenario): a mix of hardware, RHEL, NotReady
   * and cordoned workers, or with `healthy` only Ready, schedulable RHCOS bare-metal workers.
   */
  generate?: { workers: number; healthy?: boolean };
  /** Extra objects applied at start (NodeFeatureDiscovery, KataConfig, Pods...). */
  objects: KObject[];
  /** Finish any KataConfig rollout instantly at start. */
  kataInstalled: boolean;
  /** Default time scale of this scenario (1 = real time); the CLI and ClusterOptions override it. */
  timeScale?: number;
  /**
   * `simulated`: the simulated OSC controller reconciles KataConfigs; `none`: only the OSC
   * webhook and CRD (the real operator's reconciler runs against the simulator instead).
   */
  oscController: 'simulated' | 'none';
};

export class ScenarioError extends Error {}

const strList = (v: unknown, where: string): string[] | undefined => {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new ScenarioError(`${where} must be a list of strings`);
  }
  return v.filter((x): x is string => typeof x === 'string');
};

const NODE_KEYS = new Set([
  'name',
  'roles',
  'cpuFlags',
  'kernelModules',
  'os',
  'ready',
  'unschedulable',
  'providerID',
  'instanceType',
  'zone',
  'cpu',
  'memory',
  'labels',
  'virtual',
  'mcdFails',
]);

const parseNode = (v: unknown, i: number): ScenarioNode => {
  const where = `nodes[${String(i)}]`;
  if (!isRecord(v) || typeof v.name !== 'string')
    throw new ScenarioError(`${where}.name is required`);
  for (const k of Object.keys(v)) {
    if (!NODE_KEYS.has(k)) throw new ScenarioError(`${where}: unknown field "${k}"`);
  }
  if (v.os !== undefined && v.os !== 'rhcos' && v.os !== 'rhel') {
    throw new ScenarioError(`${where}.os must be rhcos or rhel`);
  }
  for (const b of ['ready', 'unschedulable', 'virtual'] as const) {
    if (v[b] !== undefined && typeof v[b] !== 'boolean')
      throw new ScenarioError(`${where}.${b} must be a boolean`);
  }
  if (v.cpu !== undefined && typeof v.cpu !== 'number')
    throw new ScenarioError(`${where}.cpu must be a number`);
  if (v.mcdFails !== undefined && typeof v.mcdFails !== 'string')
    throw new ScenarioError(`${where}.mcdFails must be a string (the Degraded reason)`);
  if (v.labels !== undefined && !isRecord(v.labels))
    throw new ScenarioError(`${where}.labels must be a map`);
  return {
    name: v.name,
    roles: strList(v.roles, `${where}.roles`),
    cpuFlags: strList(v.cpuFlags, `${where}.cpuFlags`),
    kernelModules: strList(v.kernelModules, `${where}.kernelModules`),
    os: v.os,
    ready: v.ready as boolean | undefined,
    unschedulable: v.unschedulable as boolean | undefined,
    providerID: typeof v.providerID === 'string' ? v.providerID : undefined,
    instanceType: typeof v.instanceType === 'string' ? v.instanceType : undefined,
    zone: typeof v.zone === 'string' ? v.zone : undefined,
    cpu: v.cpu,
    memory: typeof v.memory === 'string' ? v.memory : undefined,
    labels: v.labels as Record<string, string> | undefined,
    virtual: v.virtual as boolean | undefined,
    mcdFails: typeof v.mcdFails === 'string' ? v.mcdFails : undefined,
  };
};

const TOP_KEYS = new Set([
  'description',
  'platform',
  'user',
  'operators',
  'runtimeClassOverhead',
  'namespaces',
  'nodes',
  'generate',
  'objects',
  'kataInstalled',
  'timeScale',
  'oscController',
]);

export const parseScenario = (raw: unknown): Scenario => {
  if (!isRecord(raw)) throw new ScenarioError('scenario must be a YAML map');
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.has(k)) throw new ScenarioError(`unknown field "${k}"`);
  }
  const user = raw.user ?? 'admin';
  if (user !== 'admin' && user !== 'read-only' && user !== 'no-access') {
    throw new ScenarioError('user must be admin, read-only or no-access');
  }
  const ops = isRecord(raw.operators) ? raw.operators : {};
  const overhead = isRecord(raw.runtimeClassOverhead) ? raw.runtimeClassOverhead : {};
  const nodes = raw.nodes ?? [];
  if (!Array.isArray(nodes)) throw new ScenarioError('nodes must be a list');
  const objects = raw.objects ?? [];
  if (!Array.isArray(objects) || !objects.every((o) => isRecord(o) && isRecord(o.metadata))) {
    throw new ScenarioError('objects must be a list of Kubernetes objects');
  }
  const gen = raw.generate;
  if (gen !== undefined && !(isRecord(gen) && typeof gen.workers === 'number')) {
    throw new ScenarioError('generate.workers must be a number');
  }
  if (isRecord(gen) && gen.healthy !== undefined && typeof gen.healthy !== 'boolean') {
    throw new ScenarioError('generate.healthy must be a boolean');
  }
  if (raw.timeScale !== undefined && (typeof raw.timeScale !== 'number' || raw.timeScale <= 0))
    throw new ScenarioError('timeScale must be a positive number');
  const osc = raw.oscController ?? 'simulated';
  if (osc !== 'simulated' && osc !== 'none')
    throw new ScenarioError('oscController must be simulated or none');
  return {
    description: typeof raw.description === 'string' ? raw.description : '',
    platform: typeof raw.platform === 'string' ? raw.platform : 'BareMetal',
    user,
    operators: { nfd: ops.nfd !== false, osc: ops.osc !== false },
    runtimeClassOverhead: {
      cpu: typeof overhead.cpu === 'string' ? overhead.cpu : '250m',
      memory: typeof overhead.memory === 'string' ? overhead.memory : '350Mi',
    },
    namespaces: strList(raw.namespaces, 'namespaces') ?? [],
    nodes: nodes.map(parseNode),
    generate: isRecord(gen)
      ? { workers: Number(gen.workers), ...(gen.healthy === true ? { healthy: true } : {}) }
      : undefined,
    objects: objects as KObject[],
    kataInstalled: raw.kataInstalled === true,
    ...(typeof raw.timeScale === 'number' ? { timeScale: raw.timeScale } : {}),
    oscController: osc,
  };
};

export const SCENARIO_DIR = path.join(__dirname, 'scenarios');

export const loadScenario = (nameOrPath: string): Scenario => {
  const file =
    nameOrPath.includes('/') || nameOrPath.endsWith('.yaml')
      ? path.resolve(nameOrPath)
      : path.join(SCENARIO_DIR, `${nameOrPath}.yaml`);
  if (!fs.existsSync(file)) throw new ScenarioError(`scenario not found: ${file}`);
  try {
    return parseScenario(load(fs.readFileSync(file, 'utf8')));
  } catch (e) {
    if (e instanceof ScenarioError) throw new ScenarioError(`${file}: ${e.message}`);
    throw e;
  }
};

/** Deterministic worker mix for the `large` scenario (`healthy`: every worker kata-capable and Ready). */
export const generateNodes = (workers: number, healthy = false): ScenarioNode[] => {
  const nodes: ScenarioNode[] = [0, 1, 2].map((i) => ({
    name: `master-${String(i)}`,
    roles: ['master', 'control-plane'],
    cpuFlags: ['SSE4', 'VMX'],
    kernelModules: ['kvm', 'kvm_intel'],
  }));
  for (let i = 0; i < workers; i++) {
    if (healthy) {
      const amd = i % 4 === 3;
      nodes.push({
        name: `worker-${String(i).padStart(2, '0')}`,
        cpuFlags: ['SSE4', amd ? 'SVM' : 'VMX'],
        kernelModules: ['kvm', amd ? 'kvm_amd' : 'kvm_intel'],
        cpu: 64,
        memory: '256Gi',
        zone: `rack-${String(Math.floor(i / 10))}`,
      });
      continue;
    }
    const kind = i % 10;
    const name = `worker-${String(i).padStart(4, '0')}`;
    const amd = kind === 6 || kind === 7;
    nodes.push({
      name,
      cpuFlags: kind === 8 ? ['SSE4'] : ['SSE4', amd ? 'SVM' : 'VMX'],
      kernelModules: kind === 8 ? [] : ['kvm', amd ? 'kvm_amd' : 'kvm_intel'],
      os: kind === 9 ? 'rhel' : 'rhcos',
      ready: i % 97 !== 5,
      unschedulable: i % 113 === 7,
      cpu: 32 + (i % 4) * 16,
      memory: `${String(128 + (i % 4) * 64)}Gi`,
      zone: `zone-${String(i % 3)}`,
    });
  }
  return nodes;
};

const memToKi = (m: string): number => {
  const match = /^(\d+)(Ki|Mi|Gi|Ti)?$/.exec(m);
  if (!match) return 0;
  const units: Record<string, number | undefined> = {
    Ki: 1,
    Mi: 1024,
    Gi: 1024 * 1024,
    Ti: 1024 * 1024 * 1024,
  };
  const unit = match[2] as string | undefined;
  const mult = units[unit ?? 'Ki'] ?? 1;
  return Number(match[1]) * mult;
};

const hash = (s: string): string => {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
};

const providerIdFor = (platform: string, n: ScenarioNode, zone: string): string => {
  switch (platform) {
    case 'AWS':
      return `aws:///${zone}/i-0${hash(n.name)}${hash(`${n.name}x`).slice(0, 8)}`;
    case 'VSphere':
      return `vsphere://4230${hash(n.name).slice(0, 4)}-${hash(`${n.name}a`).slice(0, 4)}-${hash(`${n.name}b`).slice(0, 4)}-${hash(`${n.name}c`)}`;
    case 'BareMetal':
      return `baremetalhost:///openshift-machine-api/${n.name}/${hash(n.name)}-${hash(`${n.name}u`)}`;
    default:
      return '';
  }
};

/** Builds the Node object of a scenario node (simulated hardware stays outside). */
export const nodeObject = (
  n: ScenarioNode,
  platform: string,
  index: number,
  annotations: Record<string, string> = {},
): KObject => {
  const roles = n.roles ?? ['worker'];
  const os = n.os ?? 'rhcos';
  const zone = n.zone ?? (platform === 'AWS' ? 'us-east-1a' : 'zone-a');
  const cpu = n.cpu ?? 16;
  const memory = n.memory ?? '64Gi';
  const memKi = memToKi(memory);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
    'node.openshift.io/os_id': os,
    'topology.kubernetes.io/zone': zone,
  };
  for (const r of roles) labels[`node-role.kubernetes.io/${r}`] = '';
  if (n.instanceType) {
    labels['node.kubernetes.io/instance-type'] = n.instanceType;
    labels['beta.kubernetes.io/instance-type'] = n.instanceType;
  }
  Object.assign(labels, n.labels ?? {});
  const ready = n.ready !== false;
  const providerID = n.providerID ?? providerIdFor(platform, n, zone);
  const now = new Date(Date.UTC(2026, 0, 5, 8, 0, 0)).toISOString().replace(/\.\d+Z$/, 'Z');
  const ip = `10.0.${String(Math.floor(index / 250))}.${String((index % 250) + 4)}`;
  const isMaster = roles.includes('master') || roles.includes('control-plane');
  // Compact clusters make their masters schedulable (master and worker roles, no master taint).
  const taints: object[] = [];
  if (isMaster && !roles.includes('worker'))
    taints.push({ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' });
  if (n.unschedulable)
    taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: now });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      labels,
      annotations: {
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        ...annotations,
      },
    },
    spec: {
      ...(providerID ? { providerID } : {}),
      ...(n.unschedulable ? { unschedulable: true } : {}),
      ...(taints.length > 0 ? { taints } : {}),
    },
    status: {
      capacity: {
        cpu: String(cpu),
        'ephemeral-storage': '125293548Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: `${String(memKi)}Ki`,
        pods: '250',
      },
      allocatable: {
        cpu: `${String(cpu * 1000 - 500)}m`,
        'ephemeral-storage': '114396791822',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: `${String(memKi - 1048576)}Ki`,
        pods: '250',
      },
      conditions: [
        [
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ],
        ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
        ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
        ready
          ? ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status']
          : [
              'Ready',
              'False',
              'KubeletNotReady',
              'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady',
            ],
      ].map(([type, status, reason, message]) => ({
        type,
        status,
        reason,
        message,
        lastHeartbeatTime: now,
        lastTransitionTime: now,
      })),
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: n.name },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: `${hash(n.name)}-0000-4000-8000-${hash(`${n.name}boot`)}0000`,
        containerRuntimeVersion: 'cri-o://1.31.6-2.rhaos4.18.git1234567.el9',
        kernelVersion: os === 'rhel' ? '4.18.0-372.9.1.el8.x86_64' : '5.14.0-427.50.1.el9_4.x86_64',
        kubeProxyVersion: 'v1.31.6',
        kubeletVersion: 'v1.31.6',
        machineID: `${hash(n.name)}${hash(`${n.name}m`)}${hash(`${n.name}n`)}${hash(`${n.name}o`)}`,
        operatingSystem: 'linux',
        osImage:
          os === 'rhel'
            ? 'Red Hat Enterprise Linux 8.6 (Ootpa)'
            : 'Red Hat Enterprise Linux CoreOS 418.94.202501221327-0 (Plow)',
        systemUUID: `${hash(n.name)}-0000-4000-8000-${hash(`${n.name}uuid`)}0000`,
      },
    },
  };
};

export const infrastructureObject = (platform: string): KObject => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'Infrastructure',
  metadata: { name: 'cluster' },
  spec: { cloudConfig: { name: '' }, platformSpec: { type: platform } },
  status: {
    apiServerURL: 'https://api.sim.example.com:6443',
    apiServerInternalURI: 'https://api-int.sim.example.com:6443',
    controlPlaneTopology: 'HighlyAvailable',
    cpuPartitioning: 'None',
    etcdDiscoveryDomain: '',
    infrastructureName: 'sim-7x2kq',
    infrastructureTopology: 'HighlyAvailable',
    platform,
    platformStatus: { type: platform },
  },
});
