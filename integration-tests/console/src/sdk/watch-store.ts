/**
 * Shared list+watch subscriptions: one list and ONE WebSocket watch per watch key, reference
 * counted across components. Events are reduced in batches and subscribers are notified at most
 * once per flush interval, so thousands of events cause one re-render.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON, HttpError } from './http';
import { listURL, watchKey, watchURL, type WatchQuery } from './k8s-url';
import {
  fromList,
  isWatchEvent,
  reduceWatchEvents,
  type StatusObject,
  type WatchEvent,
  type WatchState,
} from './watch-reducer';

const FLUSH_MS = 100;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 8000;
/** Keep an unused watch a moment so a remount (route change) reuses it. */
const LINGER_MS = 2000;

export type WatchSnapshot = {
  /** Objects in list order (named watch: zero or one). */
  items: K8sResourceCommon[];
  loaded: boolean;
  loadError: unknown;
};

type Entry = {
  query: WatchQuery;
  refs: number;
  listeners: Set<() => void>;
  state: WatchState | undefined;
  snapshot: WatchSnapshot;
  pending: WatchEvent[];
  flushTimer: ReturnType<typeof setTimeout> | undefined;
  socket: WebSocket | undefined;
  reconnectDelay: number;
  reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  lingerTimer: ReturnType<typeof setTimeout> | undefined;
  closed: boolean;
  /** A list request is in flight: the watch (re)starts when it completes. */
  listing: boolean;
  generation: number;
};

const entries = new Map<string, Entry>();

const INITIAL: WatchSnapshot = { items: [], loaded: false, loadError: undefined };

const notify = (e: Entry, snapshot: WatchSnapshot) => {
  e.snapshot = snapshot;
  e.listeners.forEach((l) => {
    l();
  });
};

const publishState = (e: Entry, state: WatchState) => {
  e.state = state;
  notify(e, { items: [...state.items.values()], loaded: true, loadError: undefined });
};

const matchesName = (q: WatchQuery) => (o: K8sResourceCommon) =>
  !q.name || o.metadata?.name === q.name;

const wsURL = (path: string): string => {
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${window.location.host}${path}`;
};

const scheduleReconnect = (e: Entry) => {
  if (e.closed || e.reconnectTimer) return;
  const delay = e.reconnectDelay;
  e.reconnectDelay = Math.min(e.reconnectDelay * 2, RECONNECT_MAX_MS);
  e.reconnectTimer = setTimeout(() => {
    e.reconnectTimer = undefined;
    openWatch(e);
  }, delay);
};

/** Applies the queued events; returns true when it took over (re-list or reconnect). */
const flush = (e: Entry): boolean => {
  if (e.flushTimer) clearTimeout(e.flushTimer);
  e.flushTimer = undefined;
  if (!e.state || e.pending.length === 0) return false;
  const events = e.pending;
  e.pending = [];
  const result = reduceWatchEvents(e.state, events, matchesName(e.query));
  publishState(e, result.state);
  switch (result.action) {
    case 'none':
      return false;
    case 'relist':
      // 410 Gone: our resourceVersion is too old; list again and watch from the new one.
      closeSocket(e);
      void list(e);
      return true;
    case 'error':
      closeSocket(e);
      scheduleReconnect(e);
      return true;
  }
};

const closeSocket = (e: Entry) => {
  const s = e.socket;
  e.socket = undefined;
  if (s) {
    s.onclose = null;
    s.onmessage = null;
    s.onerror = null;
    s.close();
  }
};

const parseEvent = (data: unknown): WatchEvent | undefined => {
  let text: string;
  if (typeof data === 'string') text = data;
  else if (data instanceof ArrayBuffer) text = new TextDecoder().decode(data);
  else return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isWatchEvent(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

function openWatch(e: Entry): void {
  if (e.closed || e.listing || !e.state) return;
  closeSocket(e);
  const socket = new WebSocket(wsURL(watchURL(e.query, e.state.resourceVersion)));
  socket.binaryType = 'arraybuffer';
  e.socket = socket;
  socket.onopen = () => {
    e.reconnectDelay = RECONNECT_MIN_MS;
  };
  socket.onmessage = (msg: MessageEvent) => {
    const event = parseEvent(msg.data);
    if (!event) return;
    e.pending.push(event);
    e.flushTimer ??= setTimeout(() => {
      flush(e);
    }, FLUSH_MS);
  };
  socket.onclose = () => {
    if (e.socket !== socket) return;
    e.socket = undefined;
    // Apply what arrived before the drop, then resume from the last resourceVersion.
    if (!flush(e)) scheduleReconnect(e);
  };
}

/** The error the console reports for a named object that does not exist. */
const notFound = (q: WatchQuery): HttpError => {
  const group = q.model.apiGroup ? `.${q.model.apiGroup}` : '';
  const message = `${q.model.plural}${group} "${q.name ?? ''}" not found`;
  const status = {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message,
    reason: 'NotFound',
    details: { name: q.name, group: q.model.apiGroup, kind: q.model.plural },
    code: 404,
  };
  const response = new Response(JSON.stringify(status), {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
  });
  return new HttpError(message, 404, response, status);
};

const statusOf = (err: unknown): StatusObject | undefined =>
  typeof err === 'object' && err !== null && 'code' in err ? (err as StatusObject) : undefined;

async function list(e: Entry): Promise<void> {
  const generation = ++e.generation;
  e.listing = true;
  if (e.reconnectTimer) clearTimeout(e.reconnectTimer);
  e.reconnectTimer = undefined;
  try {
    const body = (await fetchJSON(listURL(e.query))) as {
      items?: K8sResourceCommon[];
      metadata?: { resourceVersion?: string };
    };
    if (e.closed || generation !== e.generation) return;
    const items = (body.items ?? []).filter(matchesName(e.query));
    const state = fromList(items, body.metadata?.resourceVersion ?? '0');
    e.pending = [];
    e.listing = false;
    if (e.query.name && items.length === 0) {
      // Like the console's GET of a named object: not loaded, with a 404 NotFound error.
      e.state = state;
      notify(e, { items: [], loaded: false, loadError: notFound(e.query) });
    } else {
      publishState(e, state);
    }
    openWatch(e);
  } catch (err) {
    if (e.closed || generation !== e.generation) return;
    e.listing = false;
    // Report the error (keeping what was shown) and keep trying, like the console.
    const gone = statusOf(err)?.code === 404;
    notify(e, {
      items: gone ? [] : e.snapshot.items,
      loaded: e.snapshot.loaded,
      loadError: err,
    });
    e.reconnectTimer ??= setTimeout(() => {
      e.reconnectTimer = undefined;
      void list(e);
    }, e.reconnectDelay);
    e.reconnectDelay = Math.min(e.reconnectDelay * 2, RECONNECT_MAX_MS);
  }
}

const stop = (e: Entry) => {
  e.closed = true;
  closeSocket(e);
  [e.flushTimer, e.reconnectTimer, e.lingerTimer].forEach((t) => {
    if (t) clearTimeout(t);
  });
  entries.delete(watchKey(e.query));
};

/** Starts (or joins) the watch for `query`; returns the key to subscribe to and a release. */
export const acquireWatch = (query: WatchQuery): { key: string; release: () => void } => {
  const key = watchKey(query);
  let e = entries.get(key);
  if (!e) {
    e = {
      query,
      refs: 0,
      listeners: new Set(),
      state: undefined,
      snapshot: INITIAL,
      pending: [],
      flushTimer: undefined,
      socket: undefined,
      reconnectDelay: RECONNECT_MIN_MS,
      reconnectTimer: undefined,
      lingerTimer: undefined,
      closed: false,
      listing: false,
      generation: 0,
    };
    entries.set(key, e);
    void list(e);
  }
  const entry = e;
  entry.refs += 1;
  if (entry.lingerTimer) {
    clearTimeout(entry.lingerTimer);
    entry.lingerTimer = undefined;
  }
  let released = false;
  return {
    key,
    release: () => {
      if (released) return;
      released = true;
      entry.refs -= 1;
      if (entry.refs === 0) {
        entry.lingerTimer = setTimeout(() => {
          stop(entry);
        }, LINGER_MS);
      }
    },
  };
};

export const subscribeWatch = (key: string, listener: () => void): (() => void) => {
  const e = entries.get(key);
  if (!e) return () => undefined;
  e.listeners.add(listener);
  return () => {
    e.listeners.delete(listener);
  };
};

export const getWatchSnapshot = (key: string): WatchSnapshot =>
  entries.get(key)?.snapshot ?? INITIAL;

/** For tests and diagnostics: the number of open watch sockets. */
export const openWatchCount = (): number =>
  [...entries.values()].filter((e) => e.socket !== undefined).length;
