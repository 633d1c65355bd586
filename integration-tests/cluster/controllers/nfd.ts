/** Simulated Node Feature Discovery operator: labels nodes from their simulated hardware. */
import type { SimCluster } from '../cluster';
import type { KObject } from '../types';
import { isRecord } from '../types';
import type { Hardware } from './hardware';
import {
  FEATURE_LABELS_ANNOTATION,
  decodeManaged,
  encodeManaged,
  featureLabeler,
} from './nfd-rules';

const NFD_RID = 'nfd.openshift.io/nodefeaturediscoveries';
const RULE_RID = 'nfd.k8s-sigs.io/nodefeaturerules';

export class NfdController {
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly c: SimCluster,
    private readonly hw: (n: KObject) => Hardware,
  ) {}

  start(): void {
    this.reconcile();
    this.unsubscribe = this.c.store.subscribe((e) => {
      if (e.rid === NFD_RID || e.rid === RULE_RID) {
        this.schedule(500);
      } else if (e.rid === '/nodes' && e.type === 'ADDED') {
        this.schedule(500);
      } else if (e.rid === '/nodes' && e.type === 'MODIFIED') {
        const a = JSON.stringify(e.object.metadata.annotations ?? {});
        const b = JSON.stringify(e.old?.metadata.annotations ?? {});
        if (a !== b) this.schedule(500);
      }
    });
  }

  close(): void {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reconcile();
    }, ms * this.c.timeScale);
  }

  reconcile(): void {
    const nfdDef = this.c.defFor('nfd.openshift.io/v1', 'NodeFeatureDiscovery');
    const ruleDef = this.c.defFor('nfd.k8s-sigs.io/v1alpha1', 'NodeFeatureRule');
    const nodeDef = this.c.defFor('v1', 'Node');
    if (!nodeDef) return;
    const nfds = nfdDef
      ? this.c.store.list(nfdDef).filter((n) => !n.metadata.deletionTimestamp)
      : [];
    const rules = ruleDef ? this.c.store.list(ruleDef) : [];
    if (nfdDef) for (const n of nfds) this.markAvailable(n);
    const labeler = featureLabeler(nfds, rules);
    for (const node of this.c.store.peekAll(nodeDef)) {
      const desired = labeler(this.hw(node));
      const ann = node.metadata.annotations ?? {};
      const managed = decodeManaged(ann[FEATURE_LABELS_ANNOTATION]);
      const labels = { ...(node.metadata.labels ?? {}) };
      for (const k of managed) if (!(k in desired)) Reflect.deleteProperty(labels, k);
      Object.assign(labels, desired);
      const enc = encodeManaged(Object.keys(desired));
      const sameLabels = JSON.stringify(labels) === JSON.stringify(node.metadata.labels ?? {});
      if (sameLabels && (ann[FEATURE_LABELS_ANNOTATION] ?? '') === enc) continue;
      const next = structuredClone(node);
      next.metadata.labels = labels;
      const annotations = { ...ann };
      if (enc) annotations[FEATURE_LABELS_ANNOTATION] = enc;
      else Reflect.deleteProperty(annotations, FEATURE_LABELS_ANNOTATION);
      next.metadata.annotations = annotations;
      delete next.metadata.resourceVersion;
      this.c.store.update(nodeDef, next, 'all');
    }
  }

  private markAvailable(nfd: KObject): void {
    const st = isRecord(nfd.status) ? nfd.status : {};
    if (Array.isArray(st.conditions) && st.conditions.length > 0) return;
    const def = this.c.defFor('nfd.openshift.io/v1', 'NodeFeatureDiscovery');
    if (!def) return;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const cond = (type: string, status: string, reason: string): object => ({
      type,
      status,
      reason,
      message: '',
      lastTransitionTime: now,
    });
    const next = structuredClone(nfd);
    delete next.metadata.resourceVersion;
    next.status = {
      conditions: [
        cond('Available', 'True', 'AllInstanceComponentsAreDeployedSuccessfully'),
        cond('Upgradeable', 'True', 'CanBeUpgraded'),
        cond('Progressing', 'False', 'ProgressingFinished'),
        cond('Degraded', 'False', 'DegradedFinished'),
      ],
    };
    this.c.store.update(def, next, 'all');
  }
}
