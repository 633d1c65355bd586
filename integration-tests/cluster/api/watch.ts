/**
 * Watches: chunked newline-delimited JSON over HTTP or one event per WebSocket message, initial
 * ADDED events or replay from a resourceVersion, 410 Expired, selectors, timeoutSeconds.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { idOf } from '../resources';
import { matchesFieldSelector, matchesSelector } from '../selectors';
import type { StoreEvent } from '../store';
import { renderTable } from '../table';
import type { KObject, StatusCause } from '../types';
import { apiError, statusBody } from '../types';
import { authorize } from './auth';
import type { ApiContext } from './context';
import { pathNotFound, wantsTable } from './http';
import type { Route } from './routing';
import { parseSelectors } from './routing';

export type WatchSink = {
  send(event: object): void;
  close(): void;
};

/** What the fault rules ask of this watch. */
export type WatchFaults = { dropWatchAfterMs?: number; gone: boolean };

/** Open watches, closed when the cluster closes. */
export type WatchSet = Set<WatchSink>;

export const httpSink = (watches: WatchSet, res: ServerResponse): WatchSink => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();
  const sink: WatchSink = {
    send: (ev) => {
      if (!res.writableEnded) res.write(`${JSON.stringify(ev)}\n`);
    },
    close: () => {
      watches.delete(sink);
      if (!res.writableEnded) res.end();
    },
  };
  res.on('close', () => {
    sink.close();
  });
  watches.add(sink);
  return sink;
};

export const wsSink = (watches: WatchSet, ws: WebSocket): WatchSink => {
  const encode = (s: string): string | Buffer => {
    if (ws.protocol === 'base64.binary.k8s.io') return Buffer.from(s).toString('base64');
    if (ws.protocol === 'binary.k8s.io') return Buffer.from(s);
    return s;
  };
  const sink: WatchSink = {
    send: (ev) => {
      if (ws.readyState === ws.OPEN) ws.send(encode(JSON.stringify(ev)));
    },
    close: () => {
      watches.delete(sink);
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(1000);
    },
  };
  ws.on('close', () => {
    sink.close();
  });
  watches.add(sink);
  return sink;
};

/** Wraps a sink so that objects go out as Table rows (`kubectl get -w`). */
const tableSink = (route: Route, sink: WatchSink): void => {
  const send = sink.send.bind(sink);
  sink.send = (ev) => {
    const { type, object } = ev as { type: string; object: KObject };
    send(
      type === 'ERROR'
        ? ev
        : {
            type,
            object: renderTable(
              route.def,
              [object],
              object.metadata.resourceVersion ?? '',
              undefined,
            ),
          },
    );
  };
};

/** Authorizes and starts a watch on `route`; `makeSink` opens the transport once allowed. */
export const serveWatch = (
  ctx: ApiContext,
  req: IncomingMessage,
  route: Route | undefined,
  q: URLSearchParams,
  makeSink: () => WatchSink | undefined,
  faults: WatchFaults,
): void => {
  if (!route || (route.name !== undefined && route.subresource !== undefined)) {
    throw pathNotFound();
  }
  authorize(ctx, 'watch', route);
  checkWatchList(q);
  const sink = makeSink();
  if (!sink) return;
  if (route.name !== undefined)
    q.set(
      'fieldSelector',
      [q.get('fieldSelector'), `metadata.name=${route.name}`].filter(Boolean).join(','),
    );
  if (wantsTable(req)) tableSink(route, sink);
  startWatch(ctx, route, q, sink, faults);
};

/** The watch-list validation of the API server (sendInitialEvents needs NotOlderThan + bookmarks). */
const checkWatchList = (q: URLSearchParams): void => {
  if (q.get('sendInitialEvents') !== 'true') return;
  const causes: StatusCause[] = [];
  if (q.get('resourceVersionMatch') !== 'NotOlderThan')
    causes.push({
      reason: 'FieldValueForbidden',
      field: 'resourceVersionMatch',
      message: 'Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
    });
  if (q.get('allowWatchBookmarks') !== 'true')
    causes.push({
      reason: 'FieldValueRequired',
      field: 'allowWatchBookmarks',
      message: 'Required value: sendInitialEvents requires setting allowWatchBookmarks to true',
    });
  if (causes.length === 0) return;
  const msg = causes.map((c) => `${c.field ?? ''}: ${c.message}`).join(', ');
  throw apiError(
    422,
    'Invalid',
    `ListOptions.meta.k8s.io "" is invalid: ${causes.length > 1 ? `[${msg}]` : msg}`,
    {
      kind: 'ListOptions',
      group: 'meta.k8s.io',
      causes,
    },
  );
};

const startWatch = (
  ctx: ApiContext,
  route: Route,
  q: URLSearchParams,
  sink: WatchSink,
  faults: WatchFaults,
): void => {
  const { def } = route;
  const { store } = ctx;
  const sel = parseSelectors(q, def.kind);
  const expired = (): void => {
    sink.send({
      type: 'ERROR',
      object: statusBody(
        410,
        'Expired',
        `too old resource version: ${q.get('resourceVersion') ?? ''} (${String(store.compactedRV)})`,
      ),
    });
    sink.close();
  };
  if (faults.gone) {
    expired();
    return;
  }
  const visible = (o: KObject | undefined): boolean =>
    o !== undefined &&
    (route.namespace === undefined ||
      !def.namespaced ||
      o.metadata.namespace === route.namespace) &&
    matchesSelector(sel.labels, o.metadata.labels) &&
    matchesFieldSelector(sel.fields, o);
  const translate = (e: StoreEvent): object | undefined => {
    const now = visible(e.object);
    switch (e.type) {
      case 'ADDED':
        return now ? { type: 'ADDED', object: e.object } : undefined;
      case 'DELETED':
        return now ? { type: 'DELETED', object: e.object } : undefined;
      case 'MODIFIED': {
        const before = visible(e.old);
        if (now && before) return { type: 'MODIFIED', object: e.object };
        if (now) return { type: 'ADDED', object: e.object };
        if (before) return { type: 'DELETED', object: e.object };
        return undefined;
      }
    }
  };
  const rid = idOf(def);
  const rvParam = q.get('resourceVersion');
  if (q.get('sendInitialEvents') === 'true') {
    // Watch-list: the current state as ADDED events, then a bookmark marking their end.
    for (const o of store.listShared(def, route.namespace)) {
      if (visible(o)) sink.send({ type: 'ADDED', object: o });
    }
    sink.send({
      type: 'BOOKMARK',
      object: {
        kind: def.kind,
        apiVersion: def.group ? `${def.group}/${def.version}` : def.version,
        metadata: {
          resourceVersion: String(store.currentRV()),
          annotations: { 'k8s.io/initial-events-end': 'true' },
        },
      },
    });
  } else if (!rvParam || rvParam === '0') {
    for (const o of store.listShared(def, route.namespace)) {
      if (visible(o)) sink.send({ type: 'ADDED', object: o });
    }
  } else {
    const rv = Number(rvParam);
    if (!Number.isInteger(rv) || rv < 0) {
      sink.send({
        type: 'ERROR',
        object: statusBody(400, 'BadRequest', `invalid resource version: ${rvParam}`),
      });
      sink.close();
      return;
    }
    const past = store.eventsSince(rid, rv);
    if (!past) {
      expired();
      return;
    }
    for (const e of past) {
      const ev = translate(e);
      if (ev) sink.send(ev);
    }
  }
  const unsubscribe = store.subscribe((e) => {
    if (e.rid !== rid) return;
    const ev = translate(e);
    if (ev) sink.send(ev);
  });
  const timers: NodeJS.Timeout[] = [];
  const origClose = sink.close.bind(sink);
  sink.close = () => {
    unsubscribe();
    for (const t of timers) clearTimeout(t);
    origClose();
  };
  const timeout = Number(q.get('timeoutSeconds') ?? '0');
  if (timeout > 0)
    timers.push(
      setTimeout(() => {
        sink.close();
      }, timeout * 1000),
    );
  if (faults.dropWatchAfterMs !== undefined) {
    timers.push(
      setTimeout(() => {
        sink.close();
      }, faults.dropWatchAfterMs),
    );
  }
};
