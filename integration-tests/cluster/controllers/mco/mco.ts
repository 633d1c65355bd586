/**
 * The simulated MachineConfig operator: render controller, node controller (rollout and pool
 * status), drain controller and one Machine Config Daemon per node. Pure rules are in state.ts
 * and render.ts; this file moves objects and time. Durations are those of a real cluster
 * (TIMINGS), run through the cluster's Clock.
 */
import { fromLabelSelectorObject, SelectorError } from '../../selectors';
import type { LabelSelectorObject } from '../../selectors';
import type { KObject } from '../../types';
import { clone, isRecord } from '../../types';
import { Loop } from '../clock';
import type { Sim } from '../context';
import { Kind, annotations, nowIso, records, spec, status } from '../context';
import { isUnschedulable, nodeView, readyStatus, setReady, setTaint } from '../kube/node';
import type { NodeView, PoolView } from './state';
import { ANN, STATE, nodesForPool, nodesToTarget, poolStatus, primaryPool } from './state';
import {
  basePool,
  baseConfigs,
  mergeConfigs,
  osChanges,
  renderedName,
  renderedObject,
  selectConfigs,
  specOf,
} from './render';

/** How long things take on a real cluster (ms of simulated time). */
export const TIMINGS = {
  /** The MCD notices a new desiredConfig (its informer + sync). */
  mcdReact: 5_000,
  /** The MCD polls the drain annotations. */
  mcdPoll: 10_000,
  /** performDrain gives up after one hour and degrades the node. */
  mcdDrainTimeout: 3_600_000,
  /** Pulling the extensions image and `rpm-ostree update --install`. */
  applyOs: 90_000,
  /** After a failed update the MCD's queue retries (rate-limited). */
  mcdRetry: 300_000,
  /** The node lifecycle controller marks a silent kubelet Unknown (node-monitor-grace-period). */
  rebootNotReady: 40_000,
  /** From the reboot command to the kubelet posting Ready again. */
  rebootBareMetal: 420_000,
  rebootVirtual: 150_000,
  /** Drain controller: cordon/uncordon delay, eviction retry, attempt length, requeues. */
  drainUpdateDelay: 5_000,
  evictRetry: 5_000,
  drainAttempt: 90_000,
  drainRequeue: 60_000,
  drainRequeueFailing: 300_000,
  drainFailingThreshold: 600_000,
} as const;

export const UPDATE_IN_PROGRESS_TAINT = { key: 'UpdateInProgress', effect: 'PreferNoSchedule' };

/** What the drain controller needs from the Kubernetes side. */
export interface Evictor {
  /** Pods the drain must remove from the node (DaemonSet and mirror pods excluded). */
  podsToDrain(node: string): KObject[];
  /** Asks the Eviction API to evict a pod: 'evicted' or 'blocked' (a PodDisruptionBudget said no). */
  evict(pod: KObject): 'evicted' | 'blocked';
}

type DaemonPhase = 'starting' | 'draining' | 'applying' | 'failed' | 'rebooting' | 'completing';
type DaemonJob = { target: string; phase: DaemonPhase; drainStart: number; cancel?: () => void };
type DrainJob = { desired: string; start: number; attemptStart: number; cancel?: () => void };

const poolView = (p: KObject): PoolView | undefined => {
  const s = spec(p);
  let nodeSelector;
  try {
    nodeSelector = fromLabelSelectorObject(s.nodeSelector as LabelSelectorObject | undefined);
  } catch (e) {
    if (e instanceof SelectorError) return undefined;
    throw e;
  }
  const conf = isRecord(s.configuration) ? s.configuration : {};
  const mu = s.maxUnavailable;
  return {
    name: p.metadata.name ?? '',
    nodeSelector,
    target: typeof conf.name === 'string' ? conf.name : '',
    maxUnavailable: typeof mu === 'number' || typeof mu === 'string' ? mu : undefined,
    paused: s.paused === true,
  };
};

const setCondition = (
  list: Record<string, unknown>[],
  c: Record<string, unknown>,
  now: string,
): void => {
  const i = list.findIndex((x) => x.type === c.type);
  const old = i >= 0 ? list[i] : undefined;
  const next = {
    lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now,
    message: c.message,
    reason: c.reason,
    status: c.status,
    type: c.type,
  };
  if (i >= 0) list[i] = next;
  else list.push(next);
};

export class MachineConfigOperator {
  private readonly nodes: Kind;
  private readonly pools: Kind;
  private readonly mcs: Kind;
  private readonly loop: Loop;
  private readonly daemons = new Map<string, DaemonJob>();
  private readonly drains = new Map<string, DrainJob>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly sim: Sim,
    private readonly evictor: Evictor,
  ) {
    this.nodes = new Kind(sim, 'v1', 'Node');
    this.pools = new Kind(sim, 'machineconfiguration.openshift.io/v1', 'MachineConfigPool');
    this.mcs = new Kind(sim, 'machineconfiguration.openshift.io/v1', 'MachineConfig');
    this.loop = new Loop(sim.clock, () => {
      this.sync();
      return undefined;
    });
  }

  /** The objects an installed cluster starts with: base MachineConfigs and the master/worker pools. */
  static bootstrapObjects(): KObject[] {
    return [
      ...baseConfigs('master'),
      ...baseConfigs('worker'),
      basePool('master', MachineConfigOperator.bootConfig('master')),
      basePool('worker', MachineConfigOperator.bootConfig('worker')),
    ];
  }

  /** The rendered config a node of `role` boots with (used to annotate scenario nodes). */
  static bootConfig(role: 'master' | 'worker'): string {
    const configs = baseConfigs(role);
    return renderedName(
      role,
      mergeConfigs(configs),
      configs.map((c) => c.metadata.name ?? ''),
    );
  }

  start(): void {
    this.sync();
    this.unsubscribe = this.sim.store.subscribe((e) => {
      if (this.pools.is(e) || this.mcs.is(e)) this.loop.trigger();
      else if (this.nodes.is(e)) {
        this.loop.trigger();
        const name = e.object.metadata.name ?? '';
        if (e.type === 'DELETED') {
          this.daemons.get(name)?.cancel?.();
          this.daemons.delete(name);
          this.drains.get(name)?.cancel?.();
          this.drains.delete(name);
          return;
        }
        const a = annotations(e.object);
        const b = e.old ? annotations(e.old) : {};
        if (a[ANN.desired] !== b[ANN.desired] || a[ANN.current] !== b[ANN.current] || !e.old)
          this.sim.clock.after(0, () => {
            this.syncDaemon(name);
          });
        if (
          a[ANN.desiredDrain] !== b[ANN.desiredDrain] ||
          a[ANN.lastAppliedDrain] !== b[ANN.lastAppliedDrain]
        )
          this.sim.clock.after(0, () => {
            this.syncDrain(name);
          });
        if (e.old && readyStatus(e.object) !== readyStatus(e.old))
          this.sim.clock.after(0, () => {
            this.syncDaemon(name);
          });
      }
    });
    for (const n of this.nodes.peek()) {
      const name = n.metadata.name ?? '';
      this.syncDaemon(name);
      this.syncDrain(name);
    }
  }

  close(): void {
    this.unsubscribe?.();
    this.loop.close();
    for (const j of this.daemons.values()) j.cancel?.();
    for (const j of this.drains.values()) j.cancel?.();
  }

  // ------------------------------------------------------------ render + node controller

  private sync(): void {
    if (!this.pools.def || !this.mcs.def) return;
    this.render();
    const poolObjs = this.pools.peek();
    const views = poolObjs.map((p) => ({ obj: p, view: poolView(p) }));
    const valid = views.flatMap((v) => (v.view ? [v.view] : []));
    const nodes = this.nodes.peek().map(nodeView);
    this.bootstrapNodes(nodes, valid);
    for (const { obj, view } of views) {
      if (!view) continue;
      const members = nodesForPool(view, nodes, valid);
      if (!obj.metadata.deletionTimestamp && !view.paused && view.target !== '') {
        this.updateTaints(view, members);
        for (const n of nodesToTarget(view, members)) {
          this.nodes.mutate(n.name, undefined, (node) => {
            node.metadata.annotations = { ...annotations(node), [ANN.desired]: view.target };
          });
        }
      }
      const fresh = this.nodes.peek().map(nodeView);
      this.writePoolStatus(obj, view, nodesForPool(view, fresh, valid));
    }
  }

  /** Render controller: each pool targets the rendered merge of the MachineConfigs it selects. */
  private render(): void {
    const mcs = this.mcs.peek();
    for (const pool of this.pools.peek()) {
      if (pool.metadata.deletionTimestamp) continue;
      let selector;
      try {
        selector = fromLabelSelectorObject(
          spec(pool).machineConfigSelector as LabelSelectorObject | undefined,
        );
      } catch {
        continue;
      }
      const selected = selectConfigs(selector, mcs);
      if (selected.length === 0) continue;
      const merged = mergeConfigs(selected);
      const name = renderedName(
        pool.metadata.name ?? '',
        merged,
        selected.map((m) => m.metadata.name ?? ''),
      );
      if (!this.mcs.get(name)) this.mcs.create(renderedObject(pool, name, merged));
      const source = selected.map((m) => ({
        apiVersion: 'machineconfiguration.openshift.io/v1',
        kind: 'MachineConfig',
        name: m.metadata.name ?? '',
      }));
      const conf = isRecord(spec(pool).configuration)
        ? (spec(pool).configuration as Record<string, unknown>)
        : {};
      if (conf.name === name && JSON.stringify(conf.source) === JSON.stringify(source)) continue;
      const next = clone(pool);
      next.spec = { ...spec(pool), configuration: { name, source } };
      this.pools.put(next);
    }
  }

  /** A node that joins a pool boots with the pool's rendered config (the machine config server). */
  private bootstrapNodes(nodes: NodeView[], pools: PoolView[]): void {
    for (const n of nodes) {
      if (n.annotations[ANN.current]) continue;
      const pool = primaryPool(n, pools);
      if (!pool?.target) continue;
      this.nodes.mutate(n.name, undefined, (node) => {
        node.metadata.annotations = {
          ...annotations(node),
          [ANN.current]: pool.target,
          [ANN.desired]: pool.target,
          [ANN.state]: STATE.done,
          [ANN.reason]: '',
        };
      });
    }
  }

  /** setUpdateInProgressTaint / removeUpdateInProgressTaint for the pool's nodes. */
  private updateTaints(pool: PoolView, members: NodeView[]): void {
    for (const n of members) {
      const needs = n.annotations[ANN.desired] !== pool.target;
      this.nodes.mutate(n.name, undefined, (node) => {
        setTaint(node, UPDATE_IN_PROGRESS_TAINT, needs);
      });
    }
  }

  private writePoolStatus(pool: KObject, view: PoolView, members: NodeView[]): void {
    const core = poolStatus(view, members);
    const old = status(pool);
    const now = nowIso();
    const conditions = records(old.conditions).map((c) => ({ ...c }));
    setCondition(
      conditions,
      { type: 'RenderDegraded', status: 'False', reason: '', message: '' },
      now,
    );
    for (const c of core.conditions) setCondition(conditions, c, now);
    const target = isRecord(spec(pool).configuration)
      ? (spec(pool).configuration as Record<string, unknown>)
      : {};
    const configuration =
      core.allUpdated && view.target !== ''
        ? clone(target)
        : isRecord(old.configuration)
          ? old.configuration
          : {};
    const available = core.machineCount - core.unavailableMachineCount;
    const next = {
      certExpirys: [],
      conditions,
      configuration,
      degradedMachineCount: core.degradedMachineCount,
      machineCount: core.machineCount,
      observedGeneration: pool.metadata.generation ?? 1,
      poolSynchronizersStatus: [
        {
          availableMachineCount: available,
          machineCount: core.machineCount,
          poolSynchronizerType: 'PinnedImageSets',
          readyMachineCount: core.readyMachineCount,
          unavailableMachineCount: core.unavailableMachineCount,
          updatedMachineCount: 0,
        },
      ],
      readyMachineCount: core.readyMachineCount,
      unavailableMachineCount: core.unavailableMachineCount,
      updatedMachineCount: core.updatedMachineCount,
    };
    const strip = (s: unknown): string =>
      JSON.stringify(s, (k, v: unknown) => (k === 'lastTransitionTime' ? undefined : v));
    if (strip(next) === strip(old)) return;
    const obj = clone(pool);
    obj.status = next;
    this.pools.put(obj);
  }

  // ------------------------------------------------------------ machine config daemon

  private rebootMs(): number {
    return this.sim.scenario.platform === 'BareMetal'
      ? TIMINGS.rebootBareMetal
      : TIMINGS.rebootVirtual;
  }

  private setAnn(name: string, set: Record<string, string>): void {
    this.nodes.mutate(name, undefined, (node) => {
      node.metadata.annotations = { ...annotations(node), ...set };
    });
  }

  private schedule(job: DaemonJob, ms: number, name: string): void {
    job.cancel?.();
    job.cancel = this.sim.clock.after(ms, () => {
      job.cancel = undefined;
      this.stepDaemon(name, job);
    });
  }

  /** pkg/daemon syncNode: starts, restarts or completes the node's update. */
  syncDaemon(name: string): void {
    const node = this.nodes.get(name);
    if (!node) return;
    const a = annotations(node);
    const cur = a[ANN.current];
    const des = a[ANN.desired];
    const job = this.daemons.get(name);
    if (job && (job.phase === 'rebooting' || job.phase === 'completing')) return;
    if (!cur || !des) return;
    // The MCD runs in a pod: nothing happens while the kubelet is down.
    if (readyStatus(node) !== 'True') return;
    if (cur === des) {
      if (job) {
        job.cancel?.();
        this.daemons.delete(name);
      }
      if (a[ANN.state] !== STATE.done) this.complete(name, cur);
      return;
    }
    if (job?.target === des || job?.phase === 'applying') return;
    job?.cancel?.();
    const next: DaemonJob = { target: des, phase: 'starting', drainStart: 0 };
    this.daemons.set(name, next);
    this.schedule(next, TIMINGS.mcdReact, name);
  }

  private stepDaemon(name: string, job: DaemonJob): void {
    if (this.daemons.get(name) !== job) return;
    const node = this.nodes.get(name);
    if (!node) {
      this.daemons.delete(name);
      return;
    }
    const a = annotations(node);
    switch (job.phase) {
      case 'starting': {
        if (a[ANN.desired] !== job.target) {
          this.daemons.delete(name);
          this.syncDaemon(name);
          return;
        }
        // update(): Working, unless a Degraded state was just written.
        if (a[ANN.state] !== STATE.degraded && a[ANN.state] !== STATE.unreconcilable)
          this.setAnn(name, { [ANN.state]: STATE.working });
        const from = specOf(this.mcs.get(a[ANN.current] ?? ''));
        const to = specOf(this.mcs.get(job.target));
        if (!osChanges(from, to)) {
          // A rebootless change: no drain, no reboot.
          this.daemons.delete(name);
          this.complete(name, job.target);
          return;
        }
        job.phase = 'draining';
        job.drainStart = this.sim.clock.now();
        this.setAnn(name, { [ANN.desiredDrain]: `drain-${job.target}` });
        this.schedule(job, TIMINGS.mcdPoll, name);
        return;
      }
      case 'draining': {
        if (
          a[ANN.lastAppliedDrain] === `drain-${job.target}` &&
          a[ANN.desiredDrain] === `drain-${job.target}`
        ) {
          job.phase = 'applying';
          this.schedule(job, TIMINGS.applyOs, name);
          return;
        }
        if (this.sim.clock.now() - job.drainStart >= TIMINGS.mcdDrainTimeout) {
          // performDrain: "failed to drain node ... after 1 hour"; handleErr degrades and retries.
          this.setAnn(name, {
            [ANN.state]: STATE.degraded,
            [ANN.reason]: `failed to drain node: ${name} after 1 hour. Please see machine-config-controller logs for more information`,
          });
          job.drainStart = this.sim.clock.now();
        }
        this.schedule(job, TIMINGS.mcdPoll, name);
        return;
      }
      case 'applying':
      case 'failed': {
        const from = specOf(this.mcs.get(a[ANN.current] ?? ''));
        const to = specOf(this.mcs.get(job.target));
        const adds = (to?.extensions ?? []).some((x) => !(from?.extensions ?? []).includes(x));
        const failure = adds ? this.sim.hardwareOf(node).mcdFailure : undefined;
        if (failure) {
          this.setAnn(name, { [ANN.state]: STATE.degraded, [ANN.reason]: failure });
          job.phase = 'failed';
          this.schedule(job, TIMINGS.mcdRetry, name);
          return;
        }
        // RHEL nodes: "updating the OS on non-CoreOS nodes is not supported" is only logged.
        job.phase = 'rebooting';
        this.reboot(name, job);
        return;
      }
      case 'rebooting':
      case 'completing':
        return;
    }
  }

  /** reboot(): the kubelet goes silent, the node turns Unknown, then Ready again. */
  private reboot(name: string, job: DaemonJob): void {
    const clock = this.sim.clock;
    clock.after(TIMINGS.rebootNotReady, () => {
      this.nodes.mutate(name, undefined, (node) => {
        setReady(
          node,
          'Unknown',
          'NodeStatusUnknown',
          'Kubelet stopped posting node status.',
          nowIso(),
        );
      });
    });
    job.cancel = clock.after(this.rebootMs(), () => {
      job.cancel = undefined;
      this.nodes.mutate(name, undefined, (node) => {
        setReady(node, 'True', 'KubeletReady', 'kubelet is posting ready status', nowIso());
        const st = isRecord(node.status) ? node.status : {};
        const info = isRecord(st.nodeInfo) ? st.nodeInfo : {};
        const boot = typeof info.bootID === 'string' ? info.bootID : '';
        info.bootID = `${boot.slice(0, 8)}-${String(Math.floor(clock.now())).padStart(4, '0').slice(-4)}-4000-8000-${boot.slice(-12)}`;
        st.nodeInfo = info;
        node.status = st;
      });
      job.phase = 'completing';
      this.daemons.delete(name);
      this.complete(name, job.target);
    });
  }

  /** completeUpdate + SetDone: uncordon through the drain controller, then Done. */
  private complete(name: string, config: string): void {
    const job: DaemonJob = { target: config, phase: 'completing', drainStart: 0 };
    this.daemons.set(name, job);
    this.setAnn(name, { [ANN.desiredDrain]: `uncordon-${config}` });
    const poll = (): void => {
      if (this.daemons.get(name) !== job) return;
      const node = this.nodes.get(name);
      if (!node) return;
      const a = annotations(node);
      if (a[ANN.lastAppliedDrain] === `uncordon-${config}`) {
        this.daemons.delete(name);
        this.setAnn(name, { [ANN.state]: STATE.done, [ANN.current]: config, [ANN.reason]: '' });
        this.syncDaemon(name);
        return;
      }
      job.cancel = this.sim.clock.after(TIMINGS.mcdPoll, poll);
    };
    job.cancel = this.sim.clock.after(TIMINGS.mcdPoll, poll);
  }

  // ------------------------------------------------------------ drain controller

  /** pkg/controller/drain syncNode: cordon + drain, or uncordon, as the desiredDrain annotation asks. */
  syncDrain(name: string): void {
    const node = this.nodes.get(name);
    if (!node) return;
    const a = annotations(node);
    const desired = a[ANN.desiredDrain] ?? '';
    const existing = this.drains.get(name);
    if (!desired || desired === a[ANN.lastAppliedDrain]) {
      existing?.cancel?.();
      this.drains.delete(name);
      return;
    }
    if (existing?.desired === desired) return;
    existing?.cancel?.();
    const now = this.sim.clock.now();
    const job: DrainJob = { desired, start: now, attemptStart: now };
    this.drains.set(name, job);
    job.cancel = this.sim.clock.after(TIMINGS.drainUpdateDelay, () => {
      this.stepDrain(name, job);
    });
  }

  private stepDrain(name: string, job: DrainJob): void {
    if (this.drains.get(name) !== job) return;
    const node = this.nodes.get(name);
    if (!node) return;
    const verb = job.desired.split('-')[0];
    const finish = (): void => {
      this.drains.delete(name);
      this.setAnn(name, { [ANN.lastAppliedDrain]: job.desired });
    };
    if (verb === 'uncordon') {
      this.nodes.mutate(name, undefined, (n) => {
        if (isRecord(n.spec)) Reflect.deleteProperty(n.spec, 'unschedulable');
      });
      finish();
      return;
    }
    if (!isUnschedulable(node)) {
      this.nodes.mutate(name, undefined, (n) => {
        n.spec = { ...spec(n), unschedulable: true };
      });
    }
    const pods = this.evictor.podsToDrain(name);
    let blocked = false;
    for (const p of pods) {
      if (p.metadata.deletionTimestamp) continue;
      if (this.evictor.evict(p) === 'blocked') blocked = true;
    }
    if (this.evictor.podsToDrain(name).length === 0) {
      finish();
      return;
    }
    const now = this.sim.clock.now();
    let wait: number = TIMINGS.evictRetry;
    if (blocked && now - job.attemptStart >= TIMINGS.drainAttempt) {
      // RunNodeDrain timed out: requeue after 1 minute, 5 once failing for 10 minutes.
      wait =
        now - job.start > TIMINGS.drainFailingThreshold
          ? TIMINGS.drainRequeueFailing
          : TIMINGS.drainRequeue;
      job.attemptStart = now + wait;
    }
    job.cancel = this.sim.clock.after(wait, () => {
      this.stepDrain(name, job);
    });
  }
}
