/**
 * The watch of ONE named object, as the console does it
 * (console-dynamic-plugin-sdk/src/app/k8s/actions/k8s.ts `watchK8sObject`):
 * - a GET of the object at once and every 30 s (`POLLs[id] = setInterval(poller, 30 * 1000)`);
 * - a WebSocket watch of the list with `fieldSelector=metadata.name=<name>` and no
 *   resourceVersion; every event, DELETED included, becomes the new data
 *   (`onbulkmessage(events => events.forEach(e => dispatch(modifyObject(id, e.object))))`);
 * - a failed GET only sets loadError and keeps data and loaded (reducers/k8s.ts `Errored`:
 *   "Better to keep stale data around than to suddenly have it disappear").
 * So a deleted object stays in `data` (loaded, no error) until the next GET fails with 404, and
 * then stays there with the 404 as loadError.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { resourceURL, watchURL, type WatchQuery } from './k8s-url';
import { acquireShared, newEntryBase, subscribeShared } from './shared-entries';

export const OBJECT_POLL_MS = 30_000;
const FLUSH_MS = 100;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 8000;

/** What useK8sWatchResource returns for a named object. */
export type ObjectSnapshot = {
  /** null while nothing was received (reducers/k8s.ts StartWatchK8sObject + getReduxData). */
  data: K8sResourceCommon | null;
  loaded: boolean;
  /** '' when there is no error, as the console's reducer stores it. */
  loadError: unknown;
};

export const OBJECT_START: ObjectSnapshot = { data: null, loaded: false, loadError: '' };

const withoutRV = (o: K8sResourceCommon) =>
  JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });

/** reducers/k8s.ts `ModifyObject`: same object but for resourceVersion -> no update. */
export const modifyObject = (s: ObjectSnapshot, obj: K8sResourceCommon): ObjectSnapshot => {
  if (s.data && s.loaded && s.loadError === '' && withoutRV(s.data) === withoutRV(obj)) return s;
  return { data: obj, loaded: true, loadError: '' };
};

/** reducers/k8s.ts `Errored`: only loadError changes. */
export const erroredObject = (s: ObjectSnapshot, err: unknown): ObjectSnapshot => ({
  ...s,
  loadError: err,
});

type Entry = {
  query: WatchQuery;
  refs: number;
  listeners: Set<() => void>;
  snapshot: ObjectSnapshot;
  pending: K8sResourceCommon[];
  flushTimer: ReturnType<typeof setTimeout> | undefined;
  pollTimer: ReturnType<typeof setInterval> | undefined;
  socket: WebSocket | undefined;
  reconnectDelay: number;
  reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  lingerTimer: ReturnType<typeof setTimeout> | undefined;
  closed: boolean;
};

const entries = new Map<string, Entry>();

export const objectKey = (q: WatchQuery): string =>
  JSON.stringify([
    'object',
    q.model.apiGroup ?? '',
    q.model.apiVersion,
    q.model.plural,
    q.namespace ?? '',
    q.name ?? '',
  ]);

const apply = (e: Entry, next: ObjectSnapshot) => {
  if (next === e.snapshot || e.closed) return;
  e.snapshot = next;
  e.listeners.forEach((l) => {
    l();
  });
};

const poll = (e: Entry) => {
  fetchJSON(resourceURL(e.query.model, { name: e.query.name, ns: e.query.namespace })).then(
    (o) => {
      apply(e, modifyObject(e.snapshot, o as K8sResourceCommon));
    },
    (err: unknown) => {
      apply(e, erroredObject(e.snapshot, err));
    },
  );
};

const flush = (e: Entry) => {
  e.flushTimer = undefined;
  const objects = e.pending;
  e.pending = [];
  apply(e, objects.reduce(modifyObject, e.snapshot));
};

const wsURL = (path: string): string => {
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${window.location.host}${path}`;
};

const closeSocket = (e: Entry) => {
  const s = e.socket;
  e.socket = undefined;
  if (s) {
    s.onclose = null;
    s.onmessage = null;
    s.close();
  }
};

function openSocket(e: Entry): void {
  if (e.closed) return;
  closeSocket(e);
  // No resourceVersion: the server starts with ADDED for the object if it exists (ws-factory
  // reconnects to the same URL).
  const socket = new WebSocket(wsURL(watchURL({ ...e.query, fieldSelector: '' }, '')));
  socket.binaryType = 'arraybuffer';
  e.socket = socket;
  socket.onopen = () => {
    e.reconnectDelay = RECONNECT_MIN_MS;
  };
  socket.onmessage = (msg: MessageEvent) => {
    const raw =
      typeof msg.data === 'string' ? msg.data : new TextDecoder().decode(msg.data as ArrayBuffer);
    let event: { type?: string; object?: K8sResourceCommon } | undefined;
    try {
      event = JSON.parse(raw) as { type?: string; object?: K8sResourceCommon };
    } catch {
      return;
    }
    // ERROR events are dropped (the console would store their Status as the data): a real API
    // server refuses a failing watch at the upgrade and never sends ERROR to a watch without a
    // resourceVersion, while the simulator's faults arrive as ERROR events.
    if (event.type === 'ERROR' || !event.object || typeof event.object !== 'object') return;
    e.pending.push(event.object);
    e.flushTimer ??= setTimeout(() => {
      flush(e);
    }, FLUSH_MS);
  };
  socket.onclose = () => {
    if (e.socket !== socket || e.closed) return;
    e.socket = undefined;
    const delay = e.reconnectDelay;
    e.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    e.reconnectTimer = setTimeout(() => {
      e.reconnectTimer = undefined;
      openSocket(e);
    }, delay);
  };
}

const stop = (e: Entry) => {
  e.closed = true;
  closeSocket(e);
  if (e.pollTimer) clearInterval(e.pollTimer);
  [e.flushTimer, e.reconnectTimer, e.lingerTimer].forEach((t) => {
    if (t) clearTimeout(t);
  });
  entries.delete(objectKey(e.query));
};

/** Starts (or joins) the watch of a named object; returns the key and a release. */
export const acquireObjectWatch = (query: WatchQuery): { key: string; release: () => void } =>
  acquireShared(
    entries,
    objectKey(query),
    () => {
      const e: Entry = {
        ...newEntryBase(RECONNECT_MIN_MS),
        query,
        snapshot: OBJECT_START,
        pending: [],
        pollTimer: undefined,
      };
      e.pollTimer = setInterval(() => {
        poll(e);
      }, OBJECT_POLL_MS);
      poll(e);
      openSocket(e);
      return e;
    },
    stop,
  );

export const subscribeObjectWatch = (key: string, listener: () => void): (() => void) =>
  subscribeShared(entries, key, listener);

/** Before the watch starts the console returns `{}` (useK8sWatchResource.ts). */
export const getObjectSnapshot = (key: string): ObjectSnapshot | undefined =>
  entries.get(key)?.snapshot;
