/**
 * Object store with API-server metadata semantics: one global resourceVersion counter, uid,
 * creationTimestamp, generation, finalizers, owner-reference garbage collection and a bounded
 * event history for watch resumption.
 */
import { randomUUID } from 'node:crypto';
import type { ResourceDef } from './resources';
import { apiVersionOf, idOf, qualifiedName } from './resources';
import type { KObject, WatchEventType } from './types';
import { apiError, clone, isRecord } from './types';

export type StoreEvent = {
  type: WatchEventType;
  rid: string;
  rv: number;
  object: KObject;
  /** Previous state, for MODIFIED. */
  old?: KObject;
};

export type Listener = (e: StoreEvent) => void;

const objKey = (ns: string | undefined, name: string): string => `${ns ?? ''}/${name}`;

const randomSuffix = (): string => {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
};

const specPart = (o: KObject, hasStatus: boolean): string => {
  const rest: Record<string, unknown> = { ...o };
  Reflect.deleteProperty(rest, 'metadata');
  if (hasStatus) Reflect.deleteProperty(rest, 'status');
  return JSON.stringify(rest);
};

export const notFound = (def: ResourceDef, name: string): Error =>
  apiError(404, 'NotFound', `${qualifiedName(def)} "${name}" not found`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.plural,
  });

/** The parts of metav1.DeleteOptions the store honours. */
export type DeleteOptions = {
  gracePeriodSeconds?: number;
  propagationPolicy?: string;
  preconditions?: { uid?: string; resourceVersion?: string };
};

const checkPreconditions = (def: ResourceDef, old: KObject, o: DeleteOptions): void => {
  const p = o.preconditions;
  if (!p) return;
  const name = old.metadata.name ?? '';
  const details = { name, ...(def.group ? { group: def.group } : {}), kind: def.plural };
  if (p.uid !== undefined && p.uid !== old.metadata.uid) {
    throw apiError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": Precondition failed: UID in precondition: ${p.uid}, UID in object meta: ${String(old.metadata.uid)}`,
      details,
    );
  }
  if (p.resourceVersion !== undefined && p.resourceVersion !== old.metadata.resourceVersion) {
    throw apiError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": Precondition failed: ResourceVersion in precondition: ${p.resourceVersion}, ResourceVersion in meta: ${String(old.metadata.resourceVersion)}`,
      details,
    );
  }
};

/** Seconds of graceful termination: only pods bound to a node get any. */
const gracePeriod = (def: ResourceDef, o: KObject, opts: DeleteOptions): number => {
  if (def.group !== '' || def.kind !== 'Pod') return 0;
  const spec = isRecord(o.spec) ? o.spec : {};
  const st = isRecord(o.status) ? o.status : {};
  if (typeof spec.nodeName !== 'string' || st.phase === 'Succeeded' || st.phase === 'Failed')
    return 0;
  if (opts.gracePeriodSeconds !== undefined) return Math.max(0, opts.gracePeriodSeconds);
  return typeof spec.terminationGracePeriodSeconds === 'number'
    ? spec.terminationGracePeriodSeconds
    : 30;
};

export class Store {
  private data = new Map<string, Map<string, KObject>>();
  private listeners = new Set<Listener>();
  private history: StoreEvent[] = [];
  private rv = 0;
  /** Objects deleted with propagationPolicy Orphan that wait for their finalizers. */
  private readonly orphaning = new Set<string>();
  /** Events with rv <= compactedRV are no longer in the history. */
  compactedRV = 0;

  constructor(
    private readonly historySize: number,
    private readonly defOfId: (rid: string) => ResourceDef | undefined,
  ) {}

  currentRV(): number {
    return this.rv;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Events of resource `rid` after `rv`, or undefined when `rv` is older than the history. */
  eventsSince(rid: string, rv: number): StoreEvent[] | undefined {
    if (rv < this.compactedRV) return undefined;
    return this.history.filter((e) => e.rid === rid && e.rv > rv);
  }

  private table(rid: string): Map<string, KObject> {
    let t = this.data.get(rid);
    if (!t) {
      t = new Map();
      this.data.set(rid, t);
    }
    return t;
  }

  private emit(e: StoreEvent): void {
    this.history.push(e);
    while (this.history.length > this.historySize) {
      const dropped = this.history.shift();
      if (dropped) this.compactedRV = dropped.rv;
    }
    for (const l of [...this.listeners]) l(e);
  }

  get(def: ResourceDef, ns: string | undefined, name: string): KObject | undefined {
    const o = this.data.get(idOf(def))?.get(objKey(def.namespaced ? ns : undefined, name));
    return o ? clone(o) : undefined;
  }

  /** Read-only access without copying (for controllers and list filtering). */
  peekAll(def: ResourceDef): KObject[] {
    return [...(this.data.get(idOf(def))?.values() ?? [])];
  }

  list(def: ResourceDef, ns?: string): KObject[] {
    return this.listShared(def, ns).map(clone);
  }

  /** Sorted objects without copying: callers must not modify them (used to serialise lists). */
  listShared(def: ResourceDef, ns?: string): KObject[] {
    return this.peekAll(def)
      .filter((o) => !def.namespaced || ns === undefined || o.metadata.namespace === ns)
      .sort((a, b) => {
        const ka = objKey(a.metadata.namespace, a.metadata.name ?? '');
        const kb = objKey(b.metadata.namespace, b.metadata.name ?? '');
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
  }

  /** Creates an object; `obj` must already be validated. Returns the stored object. */
  create(def: ResourceDef, input: KObject, dryRun = false): KObject {
    const obj = clone(input);
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    const name = meta.name ?? '';
    if (!def.namespaced) delete meta.namespace;
    const t = this.table(idOf(def));
    if (t.has(objKey(meta.namespace, name))) {
      throw apiError(409, 'AlreadyExists', `${qualifiedName(def)} "${name}" already exists`, {
        name,
        ...(def.group ? { group: def.group } : {}),
        kind: def.plural,
      });
    }
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    meta.uid = randomUUID();
    meta.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    delete meta.deletionTimestamp;
    delete meta.resourceVersion;
    if (def.validator) meta.generation = 1;
    if (dryRun) return obj;
    this.rv++;
    meta.resourceVersion = String(this.rv);
    t.set(objKey(meta.namespace, name), obj);
    this.emit({
      type: 'ADDED',
      rid: idOf(def),
      rv: this.rv,
      object: clone(obj),
    });
    return clone(obj);
  }

  /**
   * Replaces an object. `mode` 'main' keeps the stored status (status subresource),
   * 'status' keeps everything but status, 'all' replaces everything (controllers, apply).
   * Checks resourceVersion when given.
   */
  update(
    def: ResourceDef,
    input: KObject,
    mode: 'main' | 'status' | 'all' = 'all',
    dryRun = false,
  ): KObject {
    const meta = input.metadata;
    const name = meta.name ?? '';
    const ns = def.namespaced ? meta.namespace : undefined;
    const t = this.table(idOf(def));
    const old = t.get(objKey(ns, name));
    if (!old) throw notFound(def, name);
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) {
      throw apiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        { name, ...(def.group ? { group: def.group } : {}), kind: def.plural },
      );
    }
    let obj = clone(input);
    if (def.hasStatus && mode === 'main') {
      if (old.status === undefined) delete obj.status;
      else obj.status = clone(old.status);
    } else if (mode === 'status') {
      const status = obj.status;
      obj = clone(old);
      if (status === undefined) delete obj.status;
      else obj.status = clone(status);
    }
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    const m = obj.metadata;
    if (!def.namespaced) delete m.namespace;
    m.uid = old.metadata.uid;
    m.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) m.deletionTimestamp = old.metadata.deletionTimestamp;
    else delete m.deletionTimestamp;
    if (def.validator) {
      const gen = old.metadata.generation ?? 1;
      m.generation = specPart(obj, def.hasStatus) !== specPart(old, def.hasStatus) ? gen + 1 : gen;
    }
    m.resourceVersion = old.metadata.resourceVersion;
    if (JSON.stringify(obj) === JSON.stringify(old)) return clone(old);
    if (dryRun) return obj;
    // Removing the last finalizer of an object being deleted completes the deletion.
    if (
      m.deletionTimestamp &&
      (m.finalizers ?? []).length === 0 &&
      (old.metadata.finalizers ?? []).length > 0
    ) {
      t.set(objKey(ns, name), obj);
      return this.remove(def, ns, name);
    }
    this.rv++;
    m.resourceVersion = String(this.rv);
    t.set(objKey(ns, name), obj);
    this.emit({
      type: 'MODIFIED',
      rid: idOf(def),
      rv: this.rv,
      object: clone(obj),
      old: clone(old),
    });
    return clone(obj);
  }

  /**
   * Deletes an object: marks it with deletionTimestamp when it has finalizers, or when it is a
   * pod bound to a node (graceful deletion: the kubelet removes it once its containers stopped),
   * removes it otherwise. Returns the object and whether it is gone.
   */
  delete(
    def: ResourceDef,
    ns: string | undefined,
    name: string,
    dryRun = false,
    options: DeleteOptions = {},
  ): { object: KObject; gone: boolean } {
    const t = this.table(idOf(def));
    const key = objKey(def.namespaced ? ns : undefined, name);
    const old = t.get(key);
    if (!old) throw notFound(def, name);
    checkPreconditions(def, old, options);
    const grace = gracePeriod(def, old, options);
    if ((old.metadata.finalizers ?? []).length > 0 || grace > 0) {
      if (dryRun) return { object: clone(old), gone: false };
      if (
        old.metadata.deletionTimestamp &&
        (grace > 0 || (old.metadata.finalizers ?? []).length > 0)
      )
        return { object: clone(old), gone: false };
      const obj = clone(old);
      obj.metadata.deletionTimestamp ??= new Date(Date.now() + grace * 1000)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z');
      obj.metadata.deletionGracePeriodSeconds = grace;
      if (options.propagationPolicy === 'Orphan') this.orphaning.add(obj.metadata.uid ?? '');
      this.rv++;
      obj.metadata.resourceVersion = String(this.rv);
      t.set(key, obj);
      this.emit({
        type: 'MODIFIED',
        rid: idOf(def),
        rv: this.rv,
        object: clone(obj),
        old: clone(old),
      });
      return { object: clone(obj), gone: false };
    }
    if (dryRun) return { object: clone(old), gone: true };
    return {
      object: this.remove(
        def,
        def.namespaced ? ns : undefined,
        name,
        options.propagationPolicy === 'Orphan',
      ),
      gone: true,
    };
  }

  private remove(def: ResourceDef, ns: string | undefined, name: string, orphan = false): KObject {
    const t = this.table(idOf(def));
    const key = objKey(ns, name);
    const old = t.get(key);
    if (!old) throw notFound(def, name);
    t.delete(key);
    this.rv++;
    const obj = clone(old);
    obj.metadata.resourceVersion = String(this.rv);
    this.emit({
      type: 'DELETED',
      rid: idOf(def),
      rv: this.rv,
      object: clone(obj),
    });
    if (orphan || this.orphaning.delete(old.metadata.uid ?? ''))
      this.orphanDependents(old.metadata.uid ?? '');
    else this.collectGarbage(old.metadata.uid ?? '');
    if (def.group === '' && def.kind === 'Namespace') this.deleteNamespaceContents(name);
    return obj;
  }

  /** Deletes every namespaced object of a deleted namespace (finalizers are honoured). */
  private deleteNamespaceContents(ns: string): void {
    for (const [rid, t] of this.data) {
      const def = this.defOfId(rid);
      if (!def?.namespaced) continue;
      for (const o of [...t.values()]) {
        if (o.metadata.namespace !== ns) continue;
        try {
          this.delete(def, ns, o.metadata.name ?? '');
        } catch {
          // already gone
        }
      }
    }
  }

  /** Removes the ownerReference to a deleted uid from its dependents (propagationPolicy Orphan). */
  private orphanDependents(uid: string): void {
    for (const [rid, t] of this.data) {
      const def = this.defOfId(rid);
      if (!def) continue;
      for (const o of [...t.values()]) {
        const owners = o.metadata.ownerReferences ?? [];
        if (!owners.some((r) => r.uid === uid)) continue;
        const next = clone(o);
        next.metadata.ownerReferences = owners.filter((r) => r.uid !== uid);
        if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
        delete next.metadata.resourceVersion;
        this.update(def, next, 'all');
      }
    }
  }

  /** Deletes dependents whose ownerReferences point to a deleted uid. */
  private collectGarbage(uid: string): void {
    for (const [rid, t] of this.data) {
      const def = this.defOfId(rid);
      if (!def) continue;
      for (const o of [...t.values()]) {
        const owners = o.metadata.ownerReferences ?? [];
        if (owners.some((r) => isRecord(r) && r.uid === uid)) {
          const rest = owners.filter((r) => r.uid !== uid);
          if (rest.length === 0) {
            try {
              this.delete(def, o.metadata.namespace, o.metadata.name ?? '');
            } catch {
              // already gone
            }
          }
        }
      }
    }
  }

  /** Drops every object of a resource (when its CRD is deleted). */
  dropResource(def: ResourceDef): void {
    for (const o of this.peekAll(def))
      this.remove(def, o.metadata.namespace, o.metadata.name ?? '');
    this.data.delete(idOf(def));
  }
}
