/** Simulated OpenShift sandboxed containers operator (KataConfig controller + webhook). */
import type { SimCluster } from '../cluster';
import type { ResourceDef } from '../resources';
import type { LabelSelectorObject } from '../selectors';
import { fromLabelSelectorObject } from '../selectors';
import type { KObject } from '../types';
import { apiError, isRecord } from '../types';
import type { Hardware } from './hardware';
import { kataFailure } from './hardware';
import type { KataNodes } from './osc-plan';
import {
  KATA_OC_LABEL,
  busy,
  compactKataNodes,
  inProgressCondition,
  normalizeKataNodes,
  plan,
  step,
  targetNodes,
} from './osc-plan';

export const KATA_FINALIZER = 'kataconfiguration.openshift.io/finalizer';
const KC_RID = 'kataconfiguration.openshift.io/kataconfigs';
/** Time one node takes to install or uninstall at timeScale 1. */
const STEP_MS = 3000;
const DEGRADED_REASON = 'machineconfiguration.openshift.io/reason';

const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

const notReady = (node: KObject): boolean => {
  const st = isRecord(node.status) ? node.status : {};
  const conds = Array.isArray(st.conditions) ? st.conditions.filter(isRecord) : [];
  return !conds.some((c) => c.type === 'Ready' && c.status === 'True');
};

export class OscController {
  private replanTimer: NodeJS.Timeout | undefined;
  private stepTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly c: SimCluster,
    private readonly hw: (n: KObject) => Hardware,
  ) {}

  /** The operator's validating webhook: only one KataConfig. */
  admit(op: 'CREATE' | 'UPDATE', def: ResourceDef, obj: KObject): void {
    if (op !== 'CREATE' || obj.kind !== 'KataConfig' || def.kind !== 'KataConfig') return;
    if (this.c.store.peekAll(def).length > 0) {
      throw apiError(
        403,
        'Forbidden',
        'admission webhook "vkataconfig.kb.io" denied the request: A KataConfig instance already exists, refusing to create a duplicate',
      );
    }
  }

  start(instant: boolean): void {
    if (instant) {
      this.reconcile(false);
      for (let i = 0; i < 100000 && this.runStep(); i++) {
        this.reconcile(false);
      }
      this.reconcile(false);
    }
    this.unsubscribe = this.c.store.subscribe((e) => {
      if (e.rid === KC_RID || e.rid === '/nodes' || e.rid === '/pods') this.scheduleReplan();
    });
    this.scheduleReplan();
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    if (this.replanTimer) clearTimeout(this.replanTimer);
    if (this.stepTimer) clearTimeout(this.stepTimer);
  }

  private scheduleReplan(): void {
    if (this.replanTimer || this.closed) return;
    this.replanTimer = setTimeout(() => {
      this.replanTimer = undefined;
      this.reconcile(true);
    }, 0);
  }

  private scheduleStep(): void {
    if (this.stepTimer || this.closed) return;
    this.stepTimer = setTimeout(() => {
      this.stepTimer = undefined;
      this.runStep();
      this.reconcile(true);
    }, STEP_MS * this.c.timeScale);
  }

  private defs():
    { kc: ResourceDef; node: ResourceDef; rc: ResourceDef; pod: ResourceDef } | undefined {
    const kc = this.c.defFor('kataconfiguration.openshift.io/v1', 'KataConfig');
    const node = this.c.defFor('v1', 'Node');
    const rc = this.c.defFor('node.k8s.io/v1', 'RuntimeClass');
    const pod = this.c.defFor('v1', 'Pod');
    return kc && node && rc && pod ? { kc, node, rc, pod } : undefined;
  }

  private current(): KObject | undefined {
    const d = this.defs();
    return d ? this.c.store.list(d.kc)[0] : undefined;
  }

  private writeStatus(kc: KObject, status: Record<string, unknown>): KObject {
    const d = this.defs();
    if (!d) return kc;
    const next = structuredClone(kc);
    next.status = isRecord(status.kataNodes)
      ? {
          ...status,
          kataNodes: compactKataNodes(normalizeKataNodes(status.kataNodes)),
        }
      : status;
    delete next.metadata.resourceVersion;
    return this.c.store.update(d.kc, next, 'all');
  }

  private setNodeLabel(name: string, on: boolean, degraded?: string): void {
    const d = this.defs();
    if (!d) return;
    const node = this.c.store.get(d.node, undefined, name);
    if (!node) return;
    const labels = { ...(node.metadata.labels ?? {}) };
    const annotations = { ...(node.metadata.annotations ?? {}) };
    if (on) labels[KATA_OC_LABEL] = '';
    else Reflect.deleteProperty(labels, KATA_OC_LABEL);
    if (degraded !== undefined) {
      annotations['machineconfiguration.openshift.io/state'] = 'Degraded';
      annotations[DEGRADED_REASON] = degraded;
    } else if (!on) {
      annotations['machineconfiguration.openshift.io/state'] = 'Done';
      Reflect.deleteProperty(annotations, DEGRADED_REASON);
    }
    node.metadata.labels = labels;
    node.metadata.annotations = annotations;
    delete node.metadata.resourceVersion;
    this.c.store.update(d.node, node, 'all');
  }

  /** Runs one rollout step; returns true when something progressed. */
  private runStep(): boolean {
    const kc = this.current();
    if (!kc) return false;
    const status = isRecord(kc.status) ? kc.status : {};
    const k = normalizeKataNodes(status.kataNodes);
    if (!busy(k)) return false;
    const d = this.defs();
    if (!d) return false;
    const r = step(k, (name) => {
      const node = this.c.store.get(d.node, undefined, name);
      if (!node) return 'the node no longer exists';
      return notReady(node)
        ? 'node is not ready: the Machine Config Daemon cannot apply the kata MachineConfig'
        : kataFailure(this.hw(node));
    });
    if (r.installedNode) this.setNodeLabel(r.installedNode, true);
    if (r.failedNode) this.setNodeLabel(r.failedNode.name, false, r.failedNode.reason);
    if (r.uninstalledNode) this.setNodeLabel(r.uninstalledNode, false);
    const fresh = this.current();
    if (fresh)
      this.writeStatus(fresh, {
        ...(isRecord(fresh.status) ? fresh.status : {}),
        kataNodes: r.kataNodes,
      });
    return true;
  }

  private reconcile(async: boolean): void {
    const d = this.defs();
    if (!d || this.closed) return;
    let kc = this.current();
    if (!kc) return;
    const deleting = kc.metadata.deletionTimestamp !== undefined;
    if (!deleting && !(kc.metadata.finalizers ?? []).includes(KATA_FINALIZER)) {
      const next = structuredClone(kc);
      next.metadata.finalizers = [...(next.metadata.finalizers ?? []), KATA_FINALIZER];
      delete next.metadata.resourceVersion;
      kc = this.c.store.update(d.kc, next, 'all');
    }
    const spec = isRecord(kc.spec) ? kc.spec : {};
    const status = isRecord(kc.status) ? kc.status : {};
    const runtimeClasses = Array.isArray(status.runtimeClasses)
      ? status.runtimeClasses.filter((x): x is string => typeof x === 'string')
      : [];
    let k = normalizeKataNodes(status.kataNodes);

    let blockedBy: string | undefined;
    if (deleting) {
      const pods = this.c.store
        .peekAll(d.pod)
        .filter(
          (p) =>
            !p.metadata.deletionTimestamp &&
            isRecord(p.spec) &&
            runtimeClasses.includes(String(p.spec.runtimeClassName)),
        );
      if (pods.length > 0 && isRecord(pods[0].spec))
        blockedBy = String(pods[0].spec.runtimeClassName);
    }
    if (blockedBy === undefined) {
      let target: string[] = [];
      if (!deleting) {
        let selector;
        try {
          selector = fromLabelSelectorObject(
            spec.kataConfigPoolSelector as LabelSelectorObject | undefined,
          );
        } catch {
          selector = undefined;
        }
        target = selector
          ? targetNodes(
              this.c.store.peekAll(d.node).map((n) => ({
                name: n.metadata.name ?? '',
                labels: n.metadata.labels ?? {},
              })),
              selector,
              spec.checkNodeEligibility === true,
            )
          : [];
      }
      const failedBefore = k.failedToInstall;
      k = plan(k, target);
      if (deleting) {
        // Nodes that failed to install are simply forgotten on uninstall.
        k = { ...k, failedToInstall: [] };
      }
      for (const n of failedBefore) {
        if (!k.failedToInstall.includes(n)) this.setNodeLabel(n, false);
      }
    }
    const failedNode = k.failedToInstall[0];
    const failedReason = failedNode
      ? this.c.store.get(d.node, undefined, failedNode)?.metadata.annotations?.[DEGRADED_REASON]
      : undefined;
    const cond = inProgressCondition(k, {
      deleting: deleting && (busy(k) || k.installed.length > 0),
      initialDone: runtimeClasses.length > 0,
      blockedBy,
      failedReason,
    });
    const oldConds = Array.isArray(status.conditions) ? status.conditions.filter(isRecord) : [];
    const old = oldConds.find((x) => x.type === 'InProgress');
    const changed =
      old?.status !== cond.status || old.reason !== cond.reason || old.message !== cond.message;
    const condition = {
      type: 'InProgress',
      ...cond,
      lastTransitionTime: old && !changed ? String(old.lastTransitionTime) : now(),
    };
    let rcs = runtimeClasses;
    if (!busy(k) && blockedBy === undefined) {
      if (!deleting && k.installed.length > 0)
        rcs = this.ensureRuntimeClasses(kc, spec.enablePeerPods === true);
      if (deleting) {
        for (const name of runtimeClasses) {
          if (this.c.store.get(d.rc, undefined, name)) this.c.store.delete(d.rc, undefined, name);
        }
        rcs = [];
      }
    }
    const nextStatus = {
      ...status,
      runtimeClasses: rcs,
      kataNodes: k,
      conditions: [condition, ...oldConds.filter((x) => x.type !== 'InProgress')],
      waitingForMcoToStart: false,
    };
    const compact = { ...nextStatus, kataNodes: compactKataNodes(k) };
    if (JSON.stringify(compact) !== JSON.stringify(status)) kc = this.writeStatus(kc, nextStatus);
    if (deleting && !busy(k) && blockedBy === undefined && k.installed.length === 0) {
      const next = structuredClone(kc);
      next.metadata.finalizers = (next.metadata.finalizers ?? []).filter(
        (f) => f !== KATA_FINALIZER,
      );
      delete next.metadata.resourceVersion;
      this.c.store.update(d.kc, next, 'all');
      return;
    }
    if (busy(k) && async) this.scheduleStep();
  }

  private ensureRuntimeClasses(kc: KObject, peerPods: boolean): string[] {
    const d = this.defs();
    if (!d) return [];
    const names = peerPods ? ['kata', 'kata-remote'] : ['kata'];
    const overhead = this.c.scenario.runtimeClassOverhead;
    for (const name of names) {
      if (this.c.store.get(d.rc, undefined, name)) continue;
      this.c.store.create(d.rc, {
        apiVersion: 'node.k8s.io/v1',
        kind: 'RuntimeClass',
        metadata: {
          name,
          ownerReferences: [
            {
              apiVersion: kc.apiVersion,
              kind: kc.kind,
              name: kc.metadata.name ?? '',
              uid: kc.metadata.uid ?? '',
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        handler: name,
        overhead: {
          podFixed:
            name === 'kata'
              ? { cpu: overhead.cpu, memory: overhead.memory }
              : { cpu: '250m', memory: '350Mi' },
        },
        scheduling: { nodeSelector: { [KATA_OC_LABEL]: '' } },
      });
    }
    return names;
  }
}

export type { KataNodes };
