/**
 * The Kubernetes controllers the simulation needs around the operators: node lifecycle taints,
 * a scheduler, a kubelet (starts and stops pods, knows which runtime handlers a node has), the
 * disruption controller (PodDisruptionBudget status), the eviction subresource, and the
 * Deployment → ReplicaSet → Pod controllers. Rules are in scheduling.ts, disruption.ts and
 * workloads.ts.
 */
import { randomUUID } from 'node:crypto';
import type { KObject } from '../../types';
import { ApiError, apiError, clone, isRecord } from '../../types';
import { Loop } from '../clock';
import type { Sim } from '../context';
import { Kind, controllerRef, nowIso, records, spec, status, str } from '../context';
import type { Hardware } from '../hardware';
import { ANN } from '../mco/state';
import { specOf } from '../mco/render';
import { isUnschedulable, readyStatus, setTaint } from './node';
import { evictionDecision, isPodReady, pdbSelects, pdbStatus, podPhase } from './disruption';
import { fits, podRequests, unschedulableMessage } from './scheduling';
import { podTemplateHash, replicaSetStatus, deploymentStatus } from './workloads';

/** How long things take on a real cluster (ms of simulated time). */
export const KUBE_TIMINGS = {
  /** The kubelet starts a scheduled pod (image cached). */
  podStart: 3_000,
  /** A terminating pod's containers exit (capped grace period). */
  podStop: 3_000,
} as const;

const KATA_EXTENSIONS = ['kata-containers', 'sandboxed-containers'];

/** Whether the kubelet of `node` has the runtime handler `handler` (CRI-O configuration). */
export const hasRuntimeHandler = (
  handler: string,
  node: KObject,
  hw: Hardware,
  currentConfig: KObject | undefined,
): { ok: true } | { ok: false; message: string } => {
  if (handler === 'runc' || handler === '') return { ok: true };
  const ext = specOf(currentConfig)?.extensions ?? [];
  const osId = node.metadata.labels?.['node.openshift.io/os_id'];
  if (!ext.some((e) => KATA_EXTENSIONS.includes(e)) || osId !== 'rhcos') {
    return {
      ok: false,
      message: `Failed to create pod sandbox: rpc error: code = Unknown desc = no runtime for "${handler}" is configured`,
    };
  }
  const flags = hw.cpuFlags.map((f) => f.toUpperCase());
  if (
    hw.virtual ||
    !(flags.includes('VMX') || flags.includes('SVM')) ||
    !hw.kernelModules.includes('kvm')
  ) {
    return {
      ok: false,
      message:
        'Failed to create pod sandbox: rpc error: code = Unknown desc = CreateContainer failed: failed to launch qemu: exit status 1, error messages from qemu log: Could not access KVM kernel module: No such file or directory',
    };
  }
  return { ok: true };
};

export class KubeControllers {
  readonly nodes: Kind;
  readonly pods: Kind;
  readonly pdbs: Kind;
  readonly rcs: Kind;
  readonly deployments: Kind;
  readonly replicaSets: Kind;
  readonly mcs: Kind;
  readonly events: Kind;
  private readonly lifecycle: Loop;
  private readonly scheduler: Loop;
  private readonly kubelet: Loop;
  private readonly disruption: Loop;
  private readonly workloads: Loop;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly sim: Sim) {
    this.nodes = new Kind(sim, 'v1', 'Node');
    this.pods = new Kind(sim, 'v1', 'Pod');
    this.pdbs = new Kind(sim, 'policy/v1', 'PodDisruptionBudget');
    this.rcs = new Kind(sim, 'node.k8s.io/v1', 'RuntimeClass');
    this.deployments = new Kind(sim, 'apps/v1', 'Deployment');
    this.replicaSets = new Kind(sim, 'apps/v1', 'ReplicaSet');
    this.mcs = new Kind(sim, 'machineconfiguration.openshift.io/v1', 'MachineConfig');
    this.events = new Kind(sim, 'v1', 'Event');
    this.lifecycle = new Loop(sim.clock, () => {
      this.syncTaints();
      return undefined;
    });
    this.scheduler = new Loop(sim.clock, () => {
      this.schedule();
      return undefined;
    });
    this.kubelet = new Loop(sim.clock, () => this.runKubelets());
    this.disruption = new Loop(sim.clock, () => {
      this.syncPdbs();
      return undefined;
    });
    this.workloads = new Loop(sim.clock, () => {
      this.syncWorkloads();
      return undefined;
    });
  }

  start(): void {
    this.syncTaints();
    this.unsubscribe = this.sim.store.subscribe((e) => {
      if (this.nodes.is(e)) {
        this.lifecycle.trigger();
        this.scheduler.trigger();
        this.kubelet.trigger();
      } else if (this.pods.is(e)) {
        this.scheduler.trigger();
        this.kubelet.trigger();
        this.disruption.trigger();
        this.workloads.trigger();
      } else if (this.pdbs.is(e)) {
        this.disruption.trigger();
      } else if (this.deployments.is(e) || this.replicaSets.is(e)) {
        this.workloads.trigger();
        this.disruption.trigger();
      } else if (this.rcs.is(e)) {
        this.kubelet.trigger();
      }
    });
    this.workloads.trigger();
    this.scheduler.trigger();
    this.kubelet.trigger();
    this.disruption.trigger();
  }

  close(): void {
    this.unsubscribe?.();
    for (const l of [this.lifecycle, this.scheduler, this.kubelet, this.disruption, this.workloads])
      l.close();
  }

  // ------------------------------------------------------------ node lifecycle

  /** TaintNodesByCondition: unschedulable, not-ready and unreachable NoSchedule taints. */
  private syncTaints(): void {
    for (const n of this.nodes.peek()) {
      const ready = readyStatus(n);
      const want: [string, boolean][] = [
        ['node.kubernetes.io/unschedulable', isUnschedulable(n)],
        ['node.kubernetes.io/not-ready', ready === 'False'],
        ['node.kubernetes.io/unreachable', ready === 'Unknown'],
      ];
      const needs = want.some(([key, on]) => {
        const has = (spec(n).taints as unknown[] | undefined)?.some(
          (t) => isRecord(t) && t.key === key && t.effect === 'NoSchedule',
        );
        return Boolean(has) !== on;
      });
      if (!needs) continue;
      this.nodes.mutate(n.metadata.name ?? '', undefined, (node) => {
        for (const [key, on] of want)
          setTaint(node, { key, effect: 'NoSchedule', timeAdded: nowIso() }, on);
      });
    }
  }

  // ------------------------------------------------------------ scheduler

  private schedule(): void {
    const pending = this.pods
      .peek()
      .filter(
        (p) => !p.metadata.deletionTimestamp && !spec(p).nodeName && podPhase(p) === 'Pending',
      );
    if (pending.length === 0) return;
    const nodes = this.nodes.peek();
    const used = new Map<string, { cpu: number; memory: number }>();
    for (const p of this.pods.peek()) {
      const nn = spec(p).nodeName;
      if (typeof nn !== 'string' || ['Succeeded', 'Failed'].includes(podPhase(p))) continue;
      const r = podRequests(p);
      const u = used.get(nn) ?? { cpu: 0, memory: 0 };
      used.set(nn, { cpu: u.cpu + r.cpu, memory: u.memory + r.memory });
    }
    for (const pod of pending) {
      const reasons: string[] = [];
      let best: { name: string; score: number } | undefined;
      for (const n of nodes) {
        const name = n.metadata.name ?? '';
        const u = used.get(name) ?? { cpu: 0, memory: 0 };
        const f = fits(pod, n, u);
        if (!f.ok) {
          reasons.push(f.reason);
          continue;
        }
        const score = u.cpu;
        if (!best || score < best.score) best = { name, score };
      }
      const key = { name: pod.metadata.name ?? '', ns: pod.metadata.namespace };
      if (best) {
        const r = podRequests(pod);
        const u = used.get(best.name) ?? { cpu: 0, memory: 0 };
        used.set(best.name, { cpu: u.cpu + r.cpu, memory: u.memory + r.memory });
        const nodeName = best.name;
        this.pods.mutate(key.name, key.ns, (p) => {
          p.spec = { ...spec(p), nodeName };
          p.status = {
            ...status(p),
            phase: 'Pending',
            conditions: [
              {
                type: 'PodScheduled',
                status: 'True',
                lastProbeTime: null,
                lastTransitionTime: nowIso(),
              },
            ],
          };
        });
      } else {
        const message = unschedulableMessage(reasons);
        const cur = records(status(pod).conditions).find((c) => c.type === 'PodScheduled');
        if (cur?.message === message) continue;
        this.pods.mutate(key.name, key.ns, (p) => {
          p.status = {
            ...status(p),
            phase: 'Pending',
            conditions: [
              {
                type: 'PodScheduled',
                status: 'False',
                reason: 'Unschedulable',
                message,
                lastProbeTime: null,
                lastTransitionTime: nowIso(),
              },
            ],
          };
        });
      }
    }
  }

  // ------------------------------------------------------------ kubelet

  private runtimeFor(pod: KObject, node: KObject): { ok: true } | { ok: false; message: string } {
    const rcName = spec(pod).runtimeClassName;
    if (typeof rcName !== 'string' || rcName === '') return { ok: true };
    const rc = this.rcs.get(rcName);
    const handler = rc && typeof rc.handler === 'string' ? rc.handler : rcName;
    const current = this.mcs.get(node.metadata.annotations?.[ANN.current] ?? '');
    return hasRuntimeHandler(handler, node, this.sim.hardwareOf(node), current);
  }

  /** Simulated time at which the kubelet first saw a pod to start / to stop. */
  private readonly seenStart = new Map<string, number>();
  private readonly seenStop = new Map<string, number>();

  /** Starts bound pods and finishes terminating ones on Ready nodes. */
  private runKubelets(): number | undefined {
    const nodes = new Map(this.nodes.peek().map((n) => [n.metadata.name ?? '', n]));
    let next: number | undefined;
    const now = this.sim.clock.now();
    const live = new Set<string>();
    for (const pod of this.pods.peek()) {
      const uid = pod.metadata.uid ?? '';
      live.add(uid);
      const nodeName = spec(pod).nodeName;
      const name = pod.metadata.name ?? '';
      const ns = pod.metadata.namespace;
      if (typeof nodeName !== 'string') continue;
      const node = nodes.get(nodeName);
      if (!node || readyStatus(node) !== 'True') continue;
      if (pod.metadata.deletionTimestamp) {
        const since = this.seenStop.get(uid) ?? now;
        this.seenStop.set(uid, since);
        const wait = KUBE_TIMINGS.podStop - (now - since);
        if (wait <= 0) this.forceRemove(name, ns);
        else next = Math.min(next ?? Infinity, wait);
        continue;
      }
      if (podPhase(pod) !== 'Pending' || records(status(pod).containerStatuses).length > 0)
        continue;
      const since = this.seenStart.get(uid) ?? now;
      this.seenStart.set(uid, since);
      const wait = KUBE_TIMINGS.podStart - (now - since);
      if (wait > 0) {
        next = Math.min(next ?? Infinity, wait);
        continue;
      }
      const runtime = this.runtimeFor(pod, node);
      this.pods.mutate(name, ns, (p) => {
        p.status = runtime.ok ? runningStatus(p, node) : sandboxFailedStatus(p, node);
      });
      if (!runtime.ok) this.recordSandboxFailure(pod, nodeName, runtime.message);
    }
    for (const m of [this.seenStart, this.seenStop])
      for (const k of [...m.keys()]) if (!live.has(k)) m.delete(k);
    return next;
  }

  /** The kubelet's FailedCreatePodSandBox event. */
  private recordSandboxFailure(pod: KObject, node: string, message: string): void {
    const ns = pod.metadata.namespace ?? 'default';
    this.events.create({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${pod.metadata.name ?? ''}.${randomUUID().slice(0, 8)}`, namespace: ns },
      involvedObject: {
        apiVersion: 'v1',
        kind: 'Pod',
        name: pod.metadata.name,
        namespace: ns,
        uid: pod.metadata.uid,
      },
      reason: 'FailedCreatePodSandBox',
      message,
      type: 'Warning',
      source: { component: 'kubelet', host: node },
      reportingComponent: 'kubelet',
      reportingInstance: node,
      firstTimestamp: nowIso(),
      lastTimestamp: nowIso(),
      count: 1,
    });
  }

  /** Removes a terminated pod (the kubelet confirms the deletion). */
  private forceRemove(name: string, ns: string | undefined): void {
    const d = this.pods.def;
    const cur = this.pods.get(name, ns);
    if (!d || !cur) return;
    const next = clone(cur);
    next.metadata.finalizers = [];
    this.pods.put(next);
    if (this.pods.get(name, ns))
      this.sim.store.delete(d, ns, name, false, { gracePeriodSeconds: 0 });
  }

  // ------------------------------------------------------------ eviction + disruption

  /** Pods a drain removes from the node: not DaemonSet-owned, not mirror pods. */
  podsToDrain(node: string): KObject[] {
    return this.pods
      .peek()
      .filter(
        (p) =>
          spec(p).nodeName === node &&
          !['Succeeded', 'Failed'].includes(podPhase(p)) &&
          !(p.metadata.ownerReferences ?? []).some((r) => r.kind === 'DaemonSet' && r.controller) &&
          !('kubernetes.io/config.mirror' in (p.metadata.annotations ?? {})),
      );
  }

  /** The eviction subresource: throws the API's error when a budget refuses. */
  evictOrThrow(pod: KObject, dryRun = false): void {
    const decision = evictionDecision(pod, this.pdbs.peek());
    if (decision.kind === 'refuse') {
      throw apiError(decision.code, decision.reason, decision.message, {
        ...(decision.cause ? { causes: [decision.cause] } : {}),
      });
    }
    if (dryRun) return;
    if (decision.kind === 'decrement') {
      const pdb = decision.pdb;
      this.pdbs.mutate(pdb.metadata.name ?? '', pdb.metadata.namespace, (o) => {
        const st = status(o);
        o.status = {
          ...st,
          disruptionsAllowed: Math.max(0, Number(st.disruptionsAllowed ?? 0) - 1),
          disruptedPods: {
            ...(isRecord(st.disruptedPods) ? st.disruptedPods : {}),
            [pod.metadata.name ?? '']: nowIso(),
          },
        };
      });
    }
    const d = this.pods.def;
    if (d && this.pods.get(pod.metadata.name ?? '', pod.metadata.namespace))
      this.sim.store.delete(d, pod.metadata.namespace, pod.metadata.name ?? '');
  }

  evict(pod: KObject): 'evicted' | 'blocked' {
    try {
      this.evictOrThrow(pod);
      return 'evicted';
    } catch (e) {
      if (e instanceof ApiError) return 'blocked';
      throw e;
    }
  }

  private replicasOf(pod: KObject): { key: string; replicas: number } | undefined {
    const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (ref?.kind !== 'ReplicaSet') return undefined;
    const rs = this.replicaSets.get(ref.name, pod.metadata.namespace);
    return rs
      ? {
          key: `${rs.metadata.namespace ?? ''}/${ref.name}`,
          replicas: Number(spec(rs).replicas ?? 1),
        }
      : undefined;
  }

  private syncPdbs(): void {
    const pods = this.pods.peek();
    for (const pdb of this.pdbs.peek()) {
      const mine = pods.filter((p) => pdbSelects(pdb, p));
      const s = pdbStatus(pdb, mine, (p) => this.replicasOf(p));
      const old = status(pdb);
      const allowed = s.disruptionsAllowed > 0;
      const oldCond = records(old.conditions).find((c) => c.type === 'DisruptionAllowed');
      const cond = {
        type: 'DisruptionAllowed',
        status: allowed ? 'True' : 'False',
        reason: allowed ? 'SufficientPods' : 'InsufficientPods',
        message: '',
        observedGeneration: pdb.metadata.generation ?? 1,
        lastTransitionTime:
          oldCond?.status === (allowed ? 'True' : 'False') ? oldCond.lastTransitionTime : nowIso(),
      };
      const next = {
        observedGeneration: pdb.metadata.generation ?? 1,
        ...(Object.keys(s.disruptedPods).length > 0 ? { disruptedPods: s.disruptedPods } : {}),
        disruptionsAllowed: s.disruptionsAllowed,
        currentHealthy: s.currentHealthy,
        desiredHealthy: s.desiredHealthy,
        expectedPods: s.expectedPods,
        conditions: [cond],
      };
      if (JSON.stringify(next) === JSON.stringify(old)) continue;
      const obj = clone(pdb);
      obj.status = next;
      this.pdbs.put(obj);
    }
  }

  // ------------------------------------------------------------ workloads

  private syncWorkloads(): void {
    for (const d of this.deployments.peek()) {
      if (d.metadata.deletionTimestamp) continue;
      const ns = d.metadata.namespace;
      const template = isRecord(spec(d).template) ? (spec(d).template as KObject) : undefined;
      if (!template) continue;
      const hash = podTemplateHash(template);
      const rsName = `${d.metadata.name ?? ''}-${hash}`;
      const owned = this.replicaSets
        .peek()
        .filter(
          (rs) =>
            rs.metadata.namespace === ns &&
            (rs.metadata.ownerReferences ?? []).some((r) => r.uid === d.metadata.uid),
        );
      const replicas = Number(spec(d).replicas ?? 1);
      if (!owned.some((rs) => rs.metadata.name === rsName)) {
        const tpl = clone(template);
        const tm = isRecord(tpl.metadata) ? (tpl.metadata as Record<string, unknown>) : {};
        const labels = {
          ...(isRecord(tm.labels) ? (tm.labels as Record<string, string>) : {}),
          'pod-template-hash': hash,
        };
        const sel = isRecord(spec(d).selector)
          ? clone(spec(d).selector as Record<string, unknown>)
          : {};
        const ml = isRecord(sel.matchLabels) ? (sel.matchLabels as Record<string, string>) : {};
        this.replicaSets.create({
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name: rsName,
            namespace: ns,
            labels,
            annotations: {
              'deployment.kubernetes.io/revision': String(owned.length + 1),
              'deployment.kubernetes.io/desired-replicas': String(replicas),
            },
            ownerReferences: [controllerRef(d) as never],
          },
          spec: {
            replicas,
            selector: { ...sel, matchLabels: { ...ml, 'pod-template-hash': hash } },
            template: { ...tpl, metadata: { ...tm, labels } },
          },
        });
      }
      for (const rs of this.replicaSets.peek()) {
        if (
          rs.metadata.namespace !== ns ||
          !(rs.metadata.ownerReferences ?? []).some((r) => r.uid === d.metadata.uid)
        )
          continue;
        const want = rs.metadata.name === rsName ? replicas : 0;
        if (Number(spec(rs).replicas ?? 0) !== want)
          this.replicaSets.mutate(rs.metadata.name ?? '', ns, (o) => {
            o.spec = { ...spec(o), replicas: want };
          });
      }
    }
    const pods = this.pods.peek();
    for (const rs of this.replicaSets.peek()) {
      if (rs.metadata.deletionTimestamp) continue;
      const ns = rs.metadata.namespace;
      const mine = pods.filter(
        (p) =>
          p.metadata.namespace === ns &&
          (p.metadata.ownerReferences ?? []).some((r) => r.uid === rs.metadata.uid),
      );
      const active = mine.filter(
        (p) => !p.metadata.deletionTimestamp && !['Succeeded', 'Failed'].includes(podPhase(p)),
      );
      const want = Number(spec(rs).replicas ?? 1);
      for (let i = active.length; i < want; i++) this.createPod(rs);
      for (const extra of active.slice(want)) {
        const d = this.pods.def;
        if (d) this.sim.store.delete(d, ns, extra.metadata.name ?? '');
      }
      const st = replicaSetStatus(
        rs,
        this.pods.peek().filter((p) => mine.some((m) => m.metadata.uid === p.metadata.uid)),
      );
      if (JSON.stringify(st) !== JSON.stringify(status(rs)))
        this.replicaSets.mutate(rs.metadata.name ?? '', ns, (o) => {
          o.status = st;
        });
    }
    for (const d of this.deployments.peek()) {
      const owned = this.replicaSets
        .peek()
        .filter(
          (rs) =>
            rs.metadata.namespace === d.metadata.namespace &&
            (rs.metadata.ownerReferences ?? []).some((r) => r.uid === d.metadata.uid),
        );
      const st = deploymentStatus(d, owned, status(d));
      const strip = (s: unknown): string =>
        JSON.stringify(s, (k, v: unknown) =>
          k === 'lastUpdateTime' || k === 'lastTransitionTime' ? undefined : v,
        );
      if (strip(st) !== strip(status(d)))
        this.deployments.mutate(d.metadata.name ?? '', d.metadata.namespace, (o) => {
          o.status = st;
        });
    }
  }

  private createPod(rs: KObject): void {
    const t = spec(rs).template;
    const tpl = isRecord(t) ? t : {};
    const tm = isRecord(tpl.metadata) ? tpl.metadata : {};
    const suffix = randomUUID()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 5);
    this.pods.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${rs.metadata.name ?? ''}-${suffix}`,
        namespace: rs.metadata.namespace,
        labels: isRecord(tm.labels) ? (tm.labels as Record<string, string>) : {},
        ownerReferences: [controllerRef(rs) as never],
      },
      spec: { ...(isRecord(tpl.spec) ? clone(tpl.spec) : {}) },
      status: { phase: 'Pending', qosClass: 'BestEffort' },
    });
  }
}

const podIp = (pod: KObject): string => {
  let h = 0;
  for (const c of pod.metadata.uid ?? pod.metadata.name ?? '') h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `10.128.${String((h >> 8) % 250)}.${String((h % 250) + 2)}`;
};

const hostIp = (node: KObject): string => {
  const addrs = records(status(node).addresses);
  return str(addrs.find((a) => a.type === 'InternalIP')?.address);
};

const containers = (pod: KObject): Record<string, unknown>[] => records(spec(pod).containers);

const runningStatus = (pod: KObject, node: KObject): Record<string, unknown> => {
  const now = nowIso();
  const cond = (type: string): object => ({
    type,
    status: 'True',
    lastProbeTime: null,
    lastTransitionTime: now,
  });
  return {
    phase: 'Running',
    conditions: [
      'PodReadyToStartContainers',
      'Initialized',
      'Ready',
      'ContainersReady',
      'PodScheduled',
    ].map(cond),
    hostIP: hostIp(node),
    hostIPs: [{ ip: hostIp(node) }],
    podIP: podIp(pod),
    podIPs: [{ ip: podIp(pod) }],
    startTime: now,
    qosClass: status(pod).qosClass ?? 'BestEffort',
    containerStatuses: containers(pod).map((c) => ({
      name: c.name,
      image: c.image,
      imageID: `${String(c.image)}@sha256:${'0'.repeat(64)}`,
      containerID: `cri-o://${randomUUID().replace(/-/g, '')}`,
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: now } },
    })),
  };
};

const sandboxFailedStatus = (pod: KObject, node: KObject): Record<string, unknown> => {
  const now = nowIso();
  const cond = (type: string, s: string): object => ({
    type,
    status: s,
    lastProbeTime: null,
    lastTransitionTime: now,
  });
  return {
    phase: 'Pending',
    conditions: [
      cond('PodReadyToStartContainers', 'False'),
      cond('Initialized', 'True'),
      {
        ...cond('Ready', 'False'),
        reason: 'ContainersNotReady',
        message: `containers with unready status: [${containers(pod)
          .map((c) => String(c.name))
          .join(' ')}]`,
      },
      {
        ...cond('ContainersReady', 'False'),
        reason: 'ContainersNotReady',
        message: `containers with unready status: [${containers(pod)
          .map((c) => String(c.name))
          .join(' ')}]`,
      },
      cond('PodScheduled', 'True'),
    ],
    hostIP: hostIp(node),
    hostIPs: [{ ip: hostIp(node) }],
    startTime: now,
    qosClass: status(pod).qosClass ?? 'BestEffort',
    containerStatuses: containers(pod).map((c) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
    })),
  };
};

export { isPodReady };
