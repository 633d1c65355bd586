/**
 * The simulated OpenShift sandboxed containers operator: its validating webhook and a port of
 * KataConfigOpenShiftReconciler.Reconcile (openshift/sandboxed-containers-operator @d0632e5,
 * controllers/openshift_controller.go), driven like controller-runtime drives it: reconcile
 * on KataConfig events and on the MachineConfigPool / Node events its handlers pass on,
 * RequeueAfter honoured, errors retried with the workqueue's exponential backoff.
 * Peer pods, image-based MachineConfigs and the feature-gate ConfigMap are not modelled.
 */
import type { ResourceDef } from '../../resources';
import type { LabelSelectorObject, Selector } from '../../selectors';
import { matchesSelector } from '../../selectors';
import type { KObject } from '../../types';
import { apiError, clone, isRecord } from '../../types';
import { Loop } from '../clock';
import type { Sim } from '../context';
import {
  Kind,
  annotations,
  at,
  str,
  controllerRef,
  labels,
  nowIso,
  records,
  spec,
  status,
  strings,
} from '../context';
import { ANN } from '../mco/state';
import type { InProgressCondition, NodeStatusList } from './rules';
import {
  EXTENSION,
  EXTENSION_MC,
  INSTALLING,
  KATA_FINALIZER,
  KATA_OC_LABEL,
  OPERATOR_NAMESPACE,
  RESET,
  RUNTIME_KATA_LABEL,
  UNINSTALLING,
  UPDATING,
  WORKER_LABEL,
  blockedCondition,
  failedCondition,
  isConverged,
  kataNodeSelector,
  kataPodsMessage,
  labelChanges,
  nodeSelectorMap,
  nodeStatusList,
} from './rules';

const LISTS: NodeStatusList[] = [
  'installed',
  'installing',
  'waitingToInstall',
  'failedToInstall',
  'uninstalling',
  'waitingToUninstall',
  'failedToUninstall',
];

type Result = { requeueAfter?: number; error?: string };

/** controller-runtime's default per-item backoff: 5 ms doubling up to 1000 s. */
const backoff = (failures: number): number => Math.min(5 * 2 ** failures, 1_000_000);

export class OscController {
  private readonly kcs: Kind;
  private readonly nodes: Kind;
  private readonly pools: Kind;
  private readonly mcs: Kind;
  private readonly rcs: Kind;
  private readonly pods: Kind;
  private readonly sccs: Kind;
  private readonly daemonSets: Kind;
  private readonly configMaps: Kind;
  private readonly crcs: Kind;
  private readonly loop: Loop;
  private failures = 0;
  /** r.kataConfig: set once a KataConfig has been reconciled (the event handlers check it). */
  private kataConfig: KObject | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The last reconcile's outcome, for tests and logs. */
  lastResult: Result = {};

  constructor(private readonly sim: Sim) {
    const mcApi = 'machineconfiguration.openshift.io/v1';
    this.kcs = new Kind(sim, 'kataconfiguration.openshift.io/v1', 'KataConfig');
    this.nodes = new Kind(sim, 'v1', 'Node');
    this.pools = new Kind(sim, mcApi, 'MachineConfigPool');
    this.mcs = new Kind(sim, mcApi, 'MachineConfig');
    this.rcs = new Kind(sim, 'node.k8s.io/v1', 'RuntimeClass');
    this.pods = new Kind(sim, 'v1', 'Pod');
    this.sccs = new Kind(sim, 'security.openshift.io/v1', 'SecurityContextConstraints');
    this.daemonSets = new Kind(sim, 'apps/v1', 'DaemonSet');
    this.configMaps = new Kind(sim, 'v1', 'ConfigMap');
    this.crcs = new Kind(sim, mcApi, 'ContainerRuntimeConfig');
    this.loop = new Loop(sim.clock, () => this.runOnce());
  }

  /** The operator's validating webhook: only one KataConfig. */
  admit(op: 'CREATE' | 'UPDATE', def: ResourceDef, obj: KObject): void {
    if (op !== 'CREATE' || obj.kind !== 'KataConfig' || def.kind !== 'KataConfig') return;
    if (this.sim.store.peekAll(def).length > 0) {
      throw apiError(
        403,
        'Forbidden',
        'admission webhook "vkataconfig.kb.io" denied the request: A KataConfig instance already exists, refusing to create a duplicate',
      );
    }
  }

  start(): void {
    this.unsubscribe = this.sim.store.subscribe((e) => {
      if (this.kcs.is(e)) {
        this.loop.trigger();
        return;
      }
      if (!this.kataConfig) return;
      if (this.pools.is(e) && e.type === 'MODIFIED' && e.old) {
        if (
          ['kata-oc', 'worker', 'master'].includes(e.object.metadata.name ?? '') &&
          mcpChanged(e.old, e.object)
        )
          this.loop.trigger();
      } else if (this.nodes.is(e)) {
        const n = e.object;
        if (!(WORKER_LABEL in labels(n))) return;
        const sel = this.selector();
        if (e.type === 'ADDED') {
          if (sel && matchesSelector(sel, labels(n))) this.loop.trigger();
        } else if (e.type === 'MODIFIED' && e.old) {
          const stateChanged = annotations(e.old)[ANN.state] !== annotations(n)[ANN.state];
          const matchChanged =
            sel !== undefined &&
            matchesSelector(sel, labels(e.old)) !== matchesSelector(sel, labels(n));
          if (stateChanged || matchChanged) this.loop.trigger();
        }
      }
    });
    this.loop.trigger();
  }

  close(): void {
    this.unsubscribe?.();
    this.loop.close();
  }

  private runOnce(): number | undefined {
    const kc = this.kcs.list()[0] as KObject | undefined;
    if (!kc) {
      this.failures = 0;
      return undefined;
    }
    const r = this.reconcile(kc);
    this.lastResult = r;
    if (r.error !== undefined) {
      const wait = backoff(this.failures);
      this.failures++;
      return wait;
    }
    this.failures = 0;
    return r.requeueAfter;
  }

  // ------------------------------------------------------------ helpers (the reconciler's methods)

  private poolList(): { name: string; machineCount: number }[] {
    return this.pools.peek().map((p) => ({
      name: p.metadata.name ?? '',
      machineCount: Number(status(p).machineCount ?? 0),
    }));
  }

  private converged(): boolean {
    return isConverged(this.poolList());
  }

  private selector(kc: KObject | undefined = this.kataConfig): Selector | undefined {
    if (!kc) return undefined;
    const s = spec(kc);
    return kataNodeSelector(
      s.kataConfigPoolSelector as LabelSelectorObject,
      s.checkNodeEligibility === true,
      this.converged(),
    );
  }

  private isMcpUpdating(name: string): boolean {
    const p = this.pools.get(name);
    return records(status(p).conditions).some((c) => c.type === 'Updating' && c.status === 'True');
  }

  private inProgress(kc: KObject): InProgressCondition | undefined {
    return records(status(kc).conditions).find((c) => c.type === 'InProgress') as
      InProgressCondition | undefined;
  }

  /** retrieveInProgressConditionForChange + the setter: every call stamps a new transition time. */
  private setInProgress(kc: KObject, c: { status: string; reason: string; message: string }): void {
    const st = status(kc);
    const conds = records(st.conditions);
    const next = {
      type: 'InProgress',
      status: c.status,
      lastTransitionTime: nowIso(),
      reason: c.reason,
      message: c.message,
    };
    const i = conds.findIndex((x) => x.type === 'InProgress');
    if (i >= 0) conds[i] = next;
    else conds.push(next);
    st.conditions = conds;
    kc.status = st;
  }

  private isInstalling(kc: KObject): boolean {
    const c = this.inProgress(kc);
    return c?.status === 'True' && c.reason === 'Installing';
  }

  private isUpdating(kc: KObject): boolean {
    const c = this.inProgress(kc);
    return c?.status === 'True' && c.reason === 'Updating';
  }

  private writeStatus(kc: KObject): KObject | undefined {
    const d = this.kcs.def;
    const cur = this.kcs.get(kc.metadata.name ?? '');
    if (!d || !cur) return undefined;
    const next = clone(cur);
    next.status = serializeStatus(status(kc));
    if (JSON.stringify(next.status) === JSON.stringify(cur.status)) return cur;
    return this.sim.store.update(d, next, 'status');
  }

  private updateKc(kc: KObject): KObject {
    const d = this.kcs.def;
    if (!d) return kc;
    const next = clone(kc);
    delete next.metadata.resourceVersion;
    const saved = this.sim.store.update(d, next, 'main');
    return { ...saved, status: kc.status };
  }

  // ------------------------------------------------------------ Reconcile

  private reconcile(input: KObject): Result {
    let kc = clone(input);
    this.kataConfig = kc;
    kc.status = isRecord(kc.status) ? kc.status : {};
    // The node selector is checked before anything else: an invalid one leaves everything as is.
    if (!this.selector(kc)) return {};
    if (kc.metadata.deletionTimestamp && !this.isInstalling(kc) && !this.isUpdating(kc)) {
      const res = this.deleteRequest(kc);
      kc = res.kc;
      if ((kc.metadata.finalizers ?? []).includes(KATA_FINALIZER)) this.writeStatus(kc);
      return res.result;
    }
    const res = this.installRequest(kc);
    kc = res.kc;
    this.kataConfig = kc;
    if (res.result.error !== undefined) return res.result;
    this.writeStatus(kc);
    const dashboard = this.dashboardConfigMap();
    if (!dashboard) return { requeueAfter: 15_000 };
    this.processLogLevel(str(spec(kc).logLevel));
    return res.result;
  }

  private installRequest(input: KObject): { kc: KObject; result: Result } {
    let kc = input;
    const s = spec(kc);
    if (s.checkNodeEligibility === true && s.enablePeerPods !== true) {
      const labelled = this.nodes.peek().filter((n) => labels(n)[RUNTIME_KATA_LABEL] === 'true');
      if (labelled.length === 0) {
        return {
          kc,
          result: {
            requeueAfter: 20_000,
            error: 'no Nodes with required labels found. Is NFD running?',
          },
        };
      }
    }
    const converged = this.converged();
    const machinePool = converged ? 'master' : 'kata-oc';
    if (!(kc.metadata.finalizers ?? []).includes(KATA_FINALIZER)) {
      kc.metadata.finalizers = [...(kc.metadata.finalizers ?? []), KATA_FINALIZER];
      kc = this.updateKc(kc);
    }
    const wasMcJustCreated = this.createMc(kc, machinePool);
    if (wasMcJustCreated) this.setInProgress(kc, INSTALLING);
    const installationInProgress =
      this.isMcpUpdating(machinePool) || (!converged && this.isMcpUpdating('worker'));
    const st = status(kc);
    if (!converged) {
      const changed = this.updateNodeLabels(kc);
      if (changed && !installationInProgress) st.waitingForMcoToStart = true;
      if (!this.pools.get(machinePool)) this.pools.create(this.newMcp());
    } else if (wasMcJustCreated) {
      st.waitingForMcoToStart = true;
    }
    const mcoUpdating =
      this.isMcpUpdating(machinePool) || (!converged && this.isMcpUpdating('worker'));
    if (mcoUpdating && this.inProgress(kc)?.status === 'False') this.setInProgress(kc, UPDATING);
    if (!mcoUpdating && st.waitingForMcoToStart === true) return { kc, result: {} };
    st.waitingForMcoToStart = false;
    this.updateStatus(kc);
    if (!mcoUpdating) {
      this.setInProgress(kc, RESET);
      this.createRuntimeClass(kc, 'kata');
      this.createScc(kc);
      this.ensureMonitor(kc);
    }
    return { kc, result: {} };
  }

  private deleteRequest(kc: KObject): { kc: KObject; result: Result } {
    const converged = this.converged();
    if ((kc.metadata.finalizers ?? []).includes(KATA_FINALIZER)) {
      const rcs = strings(status(kc).runtimeClasses);
      const pod = this.pods.peek().find((p) => {
        const rc = spec(p).runtimeClassName;
        return typeof rc === 'string' && rcs.includes(rc);
      });
      if (pod) {
        const message = kataPodsMessage(String(spec(pod).runtimeClassName));
        this.setInProgress(kc, blockedCondition(message));
        this.writeStatus(kc);
        return { kc, result: { requeueAfter: 15_000, error: message } };
      }
    }
    const sel = this.selector(kc);
    let labellingChanged = false;
    if (sel) {
      for (const n of this.nodes.peek()) {
        if (!matchesSelector(sel, labels(n)) || !(KATA_OC_LABEL in labels(n))) continue;
        this.nodes.mutate(n.metadata.name ?? '', undefined, (node) => {
          const l = { ...labels(node) };
          Reflect.deleteProperty(l, KATA_OC_LABEL);
          node.metadata.labels = l;
        });
        labellingChanged = true;
      }
    }
    this.setInProgress(kc, UNINSTALLING);
    const mcDeleted = !this.mcs.get(EXTENSION_MC);
    if (!mcDeleted) this.mcs.delete(EXTENSION_MC);
    const st = status(kc);
    if ((converged && !mcDeleted) || (!converged && labellingChanged))
      st.waitingForMcoToStart = true;
    const targetPool = converged ? 'master' : 'worker';
    const mcoUpdating = this.isMcpUpdating(targetPool);
    if (!mcoUpdating && st.waitingForMcoToStart === true) return { kc, result: {} };
    st.waitingForMcoToStart = false;
    this.updateStatus(kc);
    if (mcoUpdating) return { kc, result: {} };
    this.setInProgress(kc, RESET);
    if (!converged) this.pools.delete('kata-oc');
    this.daemonSets.delete('openshift-sandboxed-containers-monitor', OPERATOR_NAMESPACE);
    this.sccs.delete('sandboxed-containers-operator-scc');
    this.crcs.delete('kata-crio-config');
    // removeFinalizer: the KataConfig goes; the RuntimeClass follows by garbage collection.
    kc.metadata.finalizers = (kc.metadata.finalizers ?? []).filter((f) => f !== KATA_FINALIZER);
    const d = this.kcs.def;
    if (d) {
      const next = clone(kc);
      delete next.metadata.resourceVersion;
      Reflect.deleteProperty(next, 'status');
      const cur = this.kcs.get(kc.metadata.name ?? '');
      if (cur) this.sim.store.update(d, { ...next, status: cur.status }, 'main');
    }
    return { kc, result: {} };
  }

  private createMc(kc: KObject, machinePool: string): boolean {
    if (this.mcs.get(EXTENSION_MC)) return false;
    this.mcs.create({
      apiVersion: 'machineconfiguration.openshift.io/v1',
      kind: 'MachineConfig',
      metadata: {
        name: EXTENSION_MC,
        labels: {
          'machineconfiguration.openshift.io/role': machinePool,
          app: kc.metadata.name ?? '',
        },
      },
      spec: { config: { ignition: { version: '3.2.0' } }, extensions: [EXTENSION] },
    });
    return true;
  }

  private newMcp(): KObject {
    return {
      apiVersion: 'machineconfiguration.openshift.io/v1',
      kind: 'MachineConfigPool',
      metadata: {
        name: 'kata-oc',
        labels: { 'pools.operator.machineconfiguration.openshift.io/kata-oc': '' },
      },
      spec: {
        machineConfigSelector: {
          matchExpressions: [
            {
              key: 'machineconfiguration.openshift.io/role',
              operator: 'In',
              values: ['kata-oc', 'worker'],
            },
          ],
        },
        nodeSelector: { matchLabels: nodeSelectorMap(false) },
      },
    };
  }

  private updateNodeLabels(kc: KObject): boolean {
    const sel = this.selector(kc);
    if (!sel) return false;
    const workers = this.nodes
      .peek()
      .filter((n) => WORKER_LABEL in labels(n))
      .map((n) => ({ name: n.metadata.name ?? '', labels: labels(n) }));
    const { label, unlabel } = labelChanges(workers, sel);
    for (const name of label)
      this.nodes.mutate(name, undefined, (n) => {
        n.metadata.labels = { ...labels(n), [KATA_OC_LABEL]: '' };
      });
    for (const name of unlabel)
      this.nodes.mutate(name, undefined, (n) => {
        const l = { ...labels(n) };
        Reflect.deleteProperty(l, KATA_OC_LABEL);
        n.metadata.labels = l;
      });
    return label.length + unlabel.length > 0;
  }

  /** updateStatus + putNodeOnStatusList. */
  private updateStatus(kc: KObject): void {
    const converged = this.converged();
    const st = status(kc);
    const kn: Record<string, unknown> = {};
    const map = nodeSelectorMap(converged);
    kn.nodeCount = this.nodes
      .peek()
      .filter((n) => Object.entries(map).every(([k, v]) => labels(n)[k] === v)).length;
    const lists: Partial<Record<NodeStatusList, string[]>> = {};
    for (const node of this.nodes.peek().filter((n) => WORKER_LABEL in labels(n))) {
      const poolName = converged ? 'master' : KATA_OC_LABEL in labels(node) ? 'kata-oc' : 'worker';
      const pool = this.pools.get(poolName);
      if (!pool) continue;
      const a = annotations(node);
      const state = at(a, ANN.state);
      const current = at(a, ANN.current);
      if (state === undefined || current === undefined) continue;
      const conf = isRecord(spec(pool).configuration)
        ? (spec(pool).configuration as Record<string, unknown>)
        : {};
      const target = typeof conf.name === 'string' ? conf.name : '';
      let enabled: boolean;
      if (converged) {
        const mc = this.mcs.get(target);
        if (!mc) continue;
        enabled = strings(spec(mc).extensions).includes(EXTENSION);
      } else enabled = poolName === 'kata-oc';
      const which = nodeStatusList(state, current, target, enabled);
      if (!which || which === 'notInstalled') continue;
      (lists[which] ??= []).push(node.metadata.name ?? '');
      if (which === 'failedToInstall' || which === 'failedToUninstall')
        this.setInProgress(kc, failedCondition(node.metadata.name ?? '', a[ANN.reason]));
    }
    kn.readyNodeCount = (lists.installed ?? []).length;
    for (const l of LISTS) if (lists[l]) kn[l] = lists[l];
    st.kataNodes = kn;
    kc.status = st;
  }

  private createRuntimeClass(kc: KObject, name: string): void {
    if (!this.rcs.get(name)) {
      const overhead = this.sim.scenario.runtimeClassOverhead;
      this.rcs.create({
        apiVersion: 'node.k8s.io/v1',
        kind: 'RuntimeClass',
        metadata: { name, ownerReferences: [controllerRef(kc) as never] },
        handler: name,
        overhead: { podFixed: { cpu: overhead.cpu, memory: overhead.memory } },
        scheduling: { nodeSelector: nodeSelectorMap(this.converged()) },
      });
    }
    const st = status(kc);
    const list = strings(st.runtimeClasses);
    if (!list.includes(name)) st.runtimeClasses = [...list, name];
  }

  private createScc(kc: KObject): void {
    if (this.sccs.get('sandboxed-containers-operator-scc')) return;
    this.sccs.create({
      apiVersion: 'security.openshift.io/v1',
      kind: 'SecurityContextConstraints',
      metadata: {
        name: 'sandboxed-containers-operator-scc',
        ownerReferences: [controllerRef(kc) as never],
      },
      allowHostDirVolumePlugin: true,
      allowHostIPC: false,
      allowHostNetwork: false,
      allowHostPID: false,
      allowHostPorts: false,
      allowPrivilegeEscalation: false,
      allowPrivilegedContainer: false,
      allowedCapabilities: ['DAC_READ_OVERRIDE'],
      requiredDropCapabilities: ['MKNOD', 'FSETID', 'KILL', 'FOWNER'],
      runAsUser: { type: 'MustRunAsNonRoot' },
      seLinuxContext: { type: 'RunAsAny' },
      users: [`system:serviceaccount:${OPERATOR_NAMESPACE}:monitor`],
      volumes: ['*'],
    });
  }

  private ensureMonitor(kc: KObject): void {
    const name = 'openshift-sandboxed-containers-monitor';
    if (this.daemonSets.get(name, OPERATOR_NAMESPACE)) return;
    this.daemonSets.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: {
        name,
        namespace: OPERATOR_NAMESPACE,
        ownerReferences: [controllerRef(kc) as never],
      },
      spec: {
        selector: { matchLabels: { name } },
        template: {
          metadata: { labels: { name } },
          spec: {
            serviceAccountName: 'monitor',
            nodeSelector: nodeSelectorMap(this.converged()),
            tolerations: [{ operator: 'Exists' }],
            containers: [
              {
                name: 'kata-monitor',
                image: 'registry.redhat.io/openshift-sandboxed-containers/osc-monitor-rhel9:1.8.0',
                command: [
                  '/usr/bin/kata-monitor',
                  '--listen-address=:8090',
                  '--log-level=debug',
                  '--runtime-endpoint=/run/crio/crio.sock',
                ],
              },
            ],
          },
        },
      },
    });
  }

  private dashboardConfigMap(): KObject | undefined {
    const src = this.configMaps.get('grafana-dashboard-sandboxed-containers', OPERATOR_NAMESPACE);
    if (!src) return undefined;
    const existing = this.configMaps.get(
      'grafana-dashboard-sandboxed-containers',
      'openshift-config-managed',
    );
    if (existing) return existing;
    return (
      this.configMaps.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'grafana-dashboard-sandboxed-containers',
          namespace: 'openshift-config-managed',
          labels: { 'console.openshift.io/dashboard': 'true' },
        },
        data: isRecord(src.data) ? src.data : {},
      }) ?? src
    );
  }

  private processLogLevel(level: string): void {
    const desired = level === '' ? 'info' : level;
    const name = 'kata-crio-config';
    const cur = this.crcs.get(name);
    if (!cur) {
      if (desired === 'info') return;
      const pool = this.converged() ? 'master' : 'kata-oc';
      this.crcs.create({
        apiVersion: 'machineconfiguration.openshift.io/v1',
        kind: 'ContainerRuntimeConfig',
        metadata: { name },
        spec: {
          machineConfigPoolSelector: {
            matchLabels: { [`pools.operator.machineconfiguration.openshift.io/${pool}`]: '' },
          },
          containerRuntimeConfig: { logLevel: desired },
        },
      });
      return;
    }
    this.crcs.mutate(name, undefined, (o) => {
      const s = spec(o);
      o.spec = {
        ...s,
        containerRuntimeConfig: {
          ...(isRecord(s.containerRuntimeConfig) ? s.containerRuntimeConfig : {}),
          logLevel: desired,
        },
      };
    });
  }
}

/** McpEventHandler.Update: counts or the Updating/Updated condition statuses changed. */
const mcpChanged = (old: KObject, cur: KObject): boolean => {
  const a = status(old);
  const b = status(cur);
  for (const k of [
    'machineCount',
    'readyMachineCount',
    'updatedMachineCount',
    'degradedMachineCount',
  ])
    if (a[k] !== b[k]) return true;
  const cond = (s: Record<string, unknown>, t: string): unknown =>
    records(s.conditions).find((c) => c.type === t)?.status ?? '<missing>';
  return ['Updating', 'Updated'].some((t) => cond(a, t) !== cond(b, t));
};

/** The Go struct's JSON: kataNodes always present, empty lists omitted, nil runtimeClasses pruned. */
const serializeStatus = (st: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  if (Array.isArray(st.runtimeClasses)) out.runtimeClasses = st.runtimeClasses;
  const kn = isRecord(st.kataNodes) ? st.kataNodes : {};
  const kataNodes: Record<string, unknown> = {
    nodeCount: Number(kn.nodeCount ?? 0),
    readyNodeCount: Number(kn.readyNodeCount ?? 0),
  };
  for (const l of LISTS) {
    const v = strings(kn[l]);
    if (v.length > 0) kataNodes[l] = v;
  }
  out.kataNodes = kataNodes;
  const conds = records(st.conditions);
  if (conds.length > 0) out.conditions = conds;
  if (st.waitingForMcoToStart === true) out.waitingForMcoToStart = true;
  return out;
};
