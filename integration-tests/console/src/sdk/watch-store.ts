/**
 * Shared list+watch subscriptions: one list and ONE WebSocket watch per watch key, reference
 * counted across components. Events are reduced in batches and subscribers are notified at most
 * once per flush interval, so thousands of events cause one re-render.
 *
 * The list is read as the console reads it (console-dynamic-plugin-sdk/src/app/k8s/actions/k8s.ts
 * `watchK8sList` / `incrementallyLoad`): pages of `limit=250` (a resource's own `limit` replaces
 * it) following `continue`; `loaded` turns true with the FIRST page (reducers/k8s.ts `Loaded`),
 * later pages are added as they arrive (`BulkAddToList`), and the watch starts from the last
 * page's resourceVersion. A failed list keeps the data and `loaded` and only sets loadError
 * (`Errored`); no error is `''`, as the console's reducer stores it.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { listURL, watchKey, watchURL, type WatchQuery } from './k8s-url';
import { acquireShared, newEntryBase, subscribeShared } from './shared-entries';
import {
  fromList,
  isWatchEvent,
  reduceWatchEvents,
  type WatchEvent,
  type WatchState,
} from './watch-reducer';

export const PAGE_LIMIT = 250;
const FLUSH_MS = 100;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 8000;

export type WatchSnapshot = {
  /** Objects in list order. */
  items: K8sResourceCommon[];
  loaded: boolean;
  /** '' when there is no error (the console's reducer), undefined before the watch starts. */
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
const STARTED: WatchSnapshot = { items: [], loaded: false, loadError: '' };

const notify = (e: Entry, snapshot: WatchSnapshot) => {
  e.snapshot = snapshot;
  e.listeners.forEach((l) => {
    l();
  });
};

/** Watch events keep the current loadError (the console's UpdateListFromWS touches only data). */
const publishState = (e: Entry, state: WatchState, loadError: unknown = e.snapshot.loadError) => {
  e.state = state;
  notify(e, { items: [...state.items.values()], loaded: true, loadError });
};

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
  const result = reduceWatchEvents(e.state, events);
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

type ListPage = {
  items?: K8sResourceCommon[];
  metadata?: { resourceVersion?: string; continue?: string };
};

async function list(e: Entry): Promise<void> {
  const generation = ++e.generation;
  e.listing = true;
  if (e.reconnectTimer) clearTimeout(e.reconnectTimer);
  e.reconnectTimer = undefined;
  const stale = () => e.closed || generation !== e.generation;
  try {
    let token = '';
    let state: WatchState | undefined;
    do {
      const page = (await fetchJSON(listURL(e.query, PAGE_LIMIT, token))) as ListPage;
      if (stale()) return;
      const items = page.items ?? [];
      const resourceVersion = page.metadata?.resourceVersion ?? '0';
      // The first page replaces the data and sets loaded (clearing the error); later pages add.
      state = state
        ? fromList([...state.items.values(), ...items], resourceVersion)
        : fromList(items, resourceVersion);
      publishState(e, state, '');
      token = page.metadata?.continue ?? '';
    } while (token);
    e.pending = [];
    e.listing = false;
    openWatch(e);
  } catch (err) {
    if (stale()) return;
    e.listing = false;
    // Keep what was shown and `loaded`; only the error changes. Then try again.
    notify(e, { ...e.snapshot, loadError: err });
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
export const acquireWatch = (query: WatchQuery): { key: string; release: () => void } =>
  acquireShared(
    entries,
    watchKey(query),
    () => {
      const e: Entry = {
        ...newEntryBase(RECONNECT_MIN_MS),
        query,
        state: undefined,
        snapshot: STARTED,
        pending: [],
        listing: false,
        generation: 0,
      };
      void list(e);
      return e;
    },
    stop,
  );

export const subscribeWatch = (key: string, listener: () => void): (() => void) =>
  subscribeShared(entries, key, listener);

export const getWatchSnapshot = (key: string): WatchSnapshot =>
  entries.get(key)?.snapshot ?? INITIAL;

/** For tests and diagnostics: the number of open watch sockets. */
export const openWatchCount = (): number =>
  [...entries.values()].filter((e) => e.socket !== undefined).length;
