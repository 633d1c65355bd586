/**
 * The simulated Node Feature Discovery operator (openshift/cluster-nfd-operator @0e25cc10,
 * internal/controllers/nodefeaturediscovery_reconciler.go, internal/status/status.go) and its
 * operand (nfd-worker + nfd-master): honours NodeFeatureDiscovery objects in the operator's
 * namespace only, adds its finalizer, keeps labels on delete unless `spec.prunerOnDelete` (Go field PruneOnDelete),
 * labels the nodes nfd-worker runs on (not pure control-plane nodes, not nodes whose kubelet
 * is down) from their features, the legacy custom rules (old operands only) and NodeFeatureRules.
 */
import type { KObject } from '../../types';
import { clone, isRecord } from '../../types';
import { Loop } from '../clock';
import type { Sim } from '../context';
import { Kind, annotations, labels, nowIso, records, spec, status } from '../context';
import { readyStatus } from '../kube/node';
import {
  FEATURE_LABELS_ANNOTATION,
  decodeManaged,
  defaultLabels,
  encodeManaged,
  legacyRuleMatches,
  legacyRules,
  nodeFeatureRuleLabels,
  nodeFeatures,
  runsNfdWorker,
  supportsLegacyRules,
} from './features';

export const NFD_NAMESPACE = 'openshift-nfd';
export const NFD_FINALIZER = 'nfd-finalizer';

export const NFD_TIMINGS = {
  /** nfd-worker pods pulled and started, first labelling done. */
  workerStart: 20_000,
  /** nfd-master applies a NodeFeatureRule change. */
  ruleSync: 1_000,
  /** The nfd-prune job runs. */
  prune: 10_000,
} as const;

export class NfdController {
  private readonly nfds: Kind;
  private readonly rules: Kind;
  private readonly nodes: Kind;
  private readonly operator: Loop;
  private readonly labeller: Loop;
  private unsubscribe: (() => void) | undefined;
  /** Simulated time at which each node's nfd-worker pod is up (per NFD config). */
  private readonly workerUpAt = new Map<string, number>();
  private configKey = '';
  private pruning = new Map<string, number>();

  constructor(private readonly sim: Sim) {
    this.nfds = new Kind(sim, 'nfd.openshift.io/v1', 'NodeFeatureDiscovery');
    this.rules = new Kind(sim, 'nfd.k8s-sigs.io/v1alpha1', 'NodeFeatureRule');
    this.nodes = new Kind(sim, 'v1', 'Node');
    this.operator = new Loop(sim.clock, () => this.reconcileOperator());
    this.labeller = new Loop(sim.clock, () => this.label());
  }

  start(): void {
    this.operator.trigger();
    this.labeller.trigger();
    this.unsubscribe = this.sim.store.subscribe((e) => {
      if (this.nfds.is(e)) {
        this.operator.trigger();
        this.labeller.trigger();
      } else if (this.rules.is(e)) {
        this.labeller.trigger(NFD_TIMINGS.ruleSync);
      } else if (this.nodes.is(e)) {
        const name = e.object.metadata.name ?? '';
        if (e.type === 'DELETED') this.workerUpAt.delete(name);
        const became =
          readyStatus(e.object) === 'True' && (!e.old || readyStatus(e.old) !== 'True');
        if (became) {
          // The nfd-worker pod (re)starts with the kubelet.
          this.workerUpAt.set(name, this.sim.clock.now() + NFD_TIMINGS.workerStart);
          this.labeller.trigger(NFD_TIMINGS.workerStart);
        } else if (e.old && JSON.stringify(labels(e.object)) !== JSON.stringify(labels(e.old))) {
          this.labeller.trigger();
        }
      }
    });
  }

  close(): void {
    this.unsubscribe?.();
    this.operator.close();
    this.labeller.close();
  }

  /** The NodeFeatureDiscovery the operator runs: the oldest live one in its namespace. */
  private active(): KObject | undefined {
    return this.nfds
      .peek()
      .filter((n) => n.metadata.namespace === NFD_NAMESPACE && !n.metadata.deletionTimestamp)
      .sort((a, b) =>
        (a.metadata.creationTimestamp ?? '') < (b.metadata.creationTimestamp ?? '') ? -1 : 1,
      )[0];
  }

  // ------------------------------------------------------------ operator

  private reconcileOperator(): number | undefined {
    let requeue: number | undefined;
    for (const nfd of this.nfds.peek()) {
      if (nfd.metadata.namespace !== NFD_NAMESPACE) continue;
      const name = nfd.metadata.name ?? '';
      if (nfd.metadata.deletionTimestamp) {
        if (spec(nfd).prunerOnDelete === true) {
          const started = this.pruning.get(name);
          if (started === undefined) {
            this.pruning.set(name, this.sim.clock.now());
            requeue = Math.min(requeue ?? Infinity, NFD_TIMINGS.prune);
            continue;
          }
          if (this.sim.clock.now() - started < NFD_TIMINGS.prune) {
            requeue = Math.min(
              requeue ?? Infinity,
              NFD_TIMINGS.prune - (this.sim.clock.now() - started),
            );
            continue;
          }
          this.prune();
          this.pruning.delete(name);
        }
        this.nfds.mutate(name, NFD_NAMESPACE, (o) => {
          o.metadata.finalizers = (o.metadata.finalizers ?? []).filter((f) => f !== NFD_FINALIZER);
        });
        continue;
      }
      if (!(nfd.metadata.finalizers ?? []).includes(NFD_FINALIZER)) {
        this.nfds.mutate(name, NFD_NAMESPACE, (o) => {
          o.metadata.finalizers = [...(o.metadata.finalizers ?? []), NFD_FINALIZER];
        });
        requeue = 0;
        continue;
      }
      this.writeStatus(nfd);
    }
    return requeue;
  }

  private writeStatus(nfd: KObject): void {
    const workers = this.nodes.peek().filter((n) => runsNfdWorker(labels(n))).length;
    const now = nowIso();
    const cond = (
      type: string,
      st: string,
      reason: string,
      message = '',
    ): Record<string, unknown> => ({
      type,
      status: st,
      lastTransitionTime: now,
      reason,
      message,
    });
    const base =
      workers === 0
        ? [
            cond('Available', 'False', 'ConditionNotBeingMetCurrently'),
            cond('Upgradeable', 'False', 'ConditionNotBeingMetCurrently'),
            cond('Progressing', 'False', 'ConditionNotBeingMetCurrently'),
            cond(
              'Degraded',
              'True',
              'NFDWorkerDaemonSetDegraded',
              'number of desired nodes for scheduling is 0',
            ),
          ]
        : [
            cond('Available', 'True', 'AllInstanceComponentsAreDeployedSuccessfuly'),
            cond('Upgradeable', 'True', 'CanBeUpgraded'),
            cond('Progressing', 'False', 'ConditionNotBeingMetCurrently'),
            cond('Degraded', 'False', 'ConditionNotBeingMetCurrently'),
          ];
    const image = (
      isRecord(spec(nfd).operand) ? (spec(nfd).operand as Record<string, unknown>) : {}
    ).image;
    base.push(
      typeof image === 'string' && image !== ''
        ? cond(
            'OperandImagePinned',
            'True',
            'OperandImageSetExplicitly',
            `spec.operand.image is pinned to ${JSON.stringify(image)} and will not be updated when the operator is upgraded, which can leave the operand stale or incompatible (e.g. port conflicts). Clear this field to let the operator manage the operand image automatically.`,
          )
        : cond('OperandImagePinned', 'False', 'OperandImageManagedByOperator'),
    );
    // AreConditionsEqual ignores timestamps.
    const old = records(status(nfd).conditions);
    const same =
      old.length === base.length &&
      base.every((c) =>
        old.some(
          (o) =>
            o.type === c.type &&
            o.status === c.status &&
            o.reason === c.reason &&
            o.message === c.message,
        ),
      );
    if (same) return;
    this.nfds.mutate(nfd.metadata.name ?? '', NFD_NAMESPACE, (o) => {
      o.status = { ...status(o), conditions: base };
    });
  }

  /** nfd-master -prune: removes every label and annotation NFD manages. */
  private prune(): void {
    for (const node of this.nodes.peek()) {
      const a = annotations(node);
      if (!(FEATURE_LABELS_ANNOTATION in a)) continue;
      this.nodes.mutate(node.metadata.name ?? '', undefined, (n) => {
        const l = { ...labels(n) };
        for (const k of decodeManaged(a[FEATURE_LABELS_ANNOTATION])) Reflect.deleteProperty(l, k);
        n.metadata.labels = l;
        const an = { ...annotations(n) };
        Reflect.deleteProperty(an, FEATURE_LABELS_ANNOTATION);
        n.metadata.annotations = an;
      });
    }
  }

  // ------------------------------------------------------------ operand

  private label(): number | undefined {
    const nfd = this.active();
    if (!nfd) return undefined;
    const operand = isRecord(spec(nfd).operand)
      ? (spec(nfd).operand as Record<string, unknown>)
      : {};
    const image = typeof operand.image === 'string' ? operand.image : undefined;
    const legacy = supportsLegacyRules(image) ? legacyRules(nfd) : [];
    const key = `${nfd.metadata.uid ?? ''}/${JSON.stringify(spec(nfd).workerConfig ?? null)}/${image ?? ''}`;
    const now = this.sim.clock.now();
    if (key !== this.configKey) {
      // New or reconfigured operand: every nfd-worker pod (re)starts.
      this.configKey = key;
      for (const n of this.nodes.peek())
        this.workerUpAt.set(n.metadata.name ?? '', now + NFD_TIMINGS.workerStart);
      return NFD_TIMINGS.workerStart;
    }
    const rules = this.rules.peek();
    let next: number | undefined;
    for (const node of this.nodes.peek()) {
      const name = node.metadata.name ?? '';
      if (!runsNfdWorker(labels(node)) || readyStatus(node) !== 'True') continue;
      const up = this.workerUpAt.get(name) ?? now;
      if (up > now) {
        next = Math.min(next ?? Infinity, up - now);
        continue;
      }
      const features = nodeFeatures(node, this.sim.hardwareOf(node));
      const desired = defaultLabels(features);
      for (const r of legacy) if (legacyRuleMatches(r, features)) desired[r.label] = 'true';
      for (const r of rules) Object.assign(desired, nodeFeatureRuleLabels(r, features));
      this.apply(node, desired);
    }
    return next;
  }

  private apply(node: KObject, desired: Record<string, string>): void {
    const ann = annotations(node);
    const managed = decodeManaged(ann[FEATURE_LABELS_ANNOTATION]);
    const next = { ...labels(node) };
    for (const k of managed) if (!(k in desired)) Reflect.deleteProperty(next, k);
    Object.assign(next, desired);
    const enc = encodeManaged(Object.keys(desired));
    if (
      JSON.stringify(next) === JSON.stringify(labels(node)) &&
      (ann[FEATURE_LABELS_ANNOTATION] ?? '') === enc
    )
      return;
    const obj = clone(node);
    obj.metadata.labels = next;
    const a = { ...ann };
    if (enc) a[FEATURE_LABELS_ANNOTATION] = enc;
    else Reflect.deleteProperty(a, FEATURE_LABELS_ANNOTATION);
    obj.metadata.annotations = a;
    this.nodes.put(obj);
  }
}
