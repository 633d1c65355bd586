/** What the simulated controllers see of the cluster, and small helpers to read and write objects. */
import type { ResourceDef } from '../resources';
import type { Scenario } from '../scenario';
import type { Store, StoreEvent } from '../store';
import type { KObject } from '../types';
import { ApiError, clone, isRecord } from '../types';
import type { Clock } from './clock';
import type { Hardware } from './hardware';

export interface Sim {
  readonly store: Store;
  readonly clock: Clock;
  readonly scenario: Scenario;
  defFor(apiVersion: string, kind: string): ResourceDef | undefined;
  hardwareOf(node: KObject): Hardware;
}

export const nowIso = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Typed access to one kind; every write is the controller's own (no resourceVersion check). */
export class Kind {
  constructor(
    private readonly sim: Sim,
    readonly apiVersion: string,
    readonly kind: string,
  ) {}

  get def(): ResourceDef | undefined {
    return this.sim.defFor(this.apiVersion, this.kind);
  }

  /** Whether a store event is about this kind. */
  is(e: StoreEvent): boolean {
    const d = this.def;
    return d !== undefined && e.rid === `${d.group}/${d.plural}`;
  }

  get(name: string, namespace?: string): KObject | undefined {
    const d = this.def;
    return d ? this.sim.store.get(d, namespace, name) : undefined;
  }

  /** Objects without copying: read-only. */
  peek(): KObject[] {
    const d = this.def;
    return d ? this.sim.store.peekAll(d) : [];
  }

  list(namespace?: string): KObject[] {
    const d = this.def;
    return d ? this.sim.store.list(d, namespace) : [];
  }

  create(obj: KObject): KObject | undefined {
    const d = this.def;
    if (!d) return undefined;
    try {
      return this.sim.store.create(d, obj);
    } catch (e) {
      if (e instanceof ApiError && e.status.code === 409) return undefined;
      throw e;
    }
  }

  /** Replaces the whole object (spec, status and metadata) as a controller does. */
  put(obj: KObject): KObject {
    const d = this.def;
    if (!d) return obj;
    const next = clone(obj);
    delete next.metadata.resourceVersion;
    return this.sim.store.update(d, next, 'all');
  }

  /** Reads, lets `mutate` change a copy, writes it when something changed. */
  mutate(
    name: string,
    namespace: string | undefined,
    mutate: (o: KObject) => void,
  ): KObject | undefined {
    const cur = this.get(name, namespace);
    if (!cur) return undefined;
    const next = clone(cur);
    mutate(next);
    if (JSON.stringify(next) === JSON.stringify(cur)) return cur;
    return this.put(next);
  }

  delete(name: string, namespace?: string): void {
    const d = this.def;
    if (!d || !this.sim.store.get(d, namespace, name)) return;
    this.sim.store.delete(d, namespace, name);
  }
}

export const spec = (o: KObject | undefined): Record<string, unknown> =>
  o && isRecord(o.spec) ? o.spec : {};

export const status = (o: KObject | undefined): Record<string, unknown> =>
  o && isRecord(o.status) ? o.status : {};

export const annotations = (o: KObject): Record<string, string> => o.metadata.annotations ?? {};

export const labels = (o: KObject): Record<string, string> => o.metadata.labels ?? {};

/** A string field (numbers and booleans printed), or `fallback`. */
export const str = (v: unknown, fallback = ''): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : fallback;

/** A map lookup typed as possibly missing. */
export const at = (r: Record<string, string>, k: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined;

export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isRecord) : [];

/** The controller ownerReference of `owner`. */
export const controllerRef = (
  owner: KObject,
  blockOwnerDeletion = true,
): Record<string, unknown> => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name ?? '',
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion,
});
