/** Helpers for the harness tests: a cluster behind a real HTTP server on a free port. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimCluster } from './cluster';
import type { KObject } from './types';
import type { Cluster, ClusterOptions } from './index';
import { createCluster } from './index';

export type Running = {
  cluster: Cluster;
  url: string;
  port: number;
  close(): Promise<void>;
  /** fetch + JSON body. */
  call(
    method: string,
    p: string,
    body?: unknown,
    contentType?: string,
  ): Promise<{
    status: number;
    body: Record<string, unknown>;
    headers: Headers;
  }>;
};

export const startCluster = async (options: ClusterOptions): Promise<Running> => {
  const cluster = createCluster(options);
  const server = http.createServer((req, res) => {
    cluster.handle(req, res);
  });
  server.on('upgrade', (req: http.IncomingMessage, socket, head: Buffer) => {
    cluster.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${String(port)}`;
  return {
    cluster,
    url,
    port,
    close: async () => {
      cluster.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
    call: async (method, p, body, contentType = 'application/json') => {
      const r = await fetch(`${url}${p}`, {
        method,
        headers: { 'Content-Type': contentType, Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      return {
        status: r.status,
        body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
        headers: r.headers,
      };
    },
  };
};

/** Polls `check` until it returns true or the timeout elapses. */
export const waitFor = async (check: () => boolean, timeoutMs = 5000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/**
 * Reads a chunked HTTP watch until the server ends it; `closedByServer` is false when `guardMs`
 * ran out first (a guard against a hang, not a timing expectation).
 */
export const readWatchToEnd = async (
  url: string,
  guardMs = 30_000,
): Promise<{ events: { type: string }[]; closedByServer: boolean }> => {
  const ctrl = new AbortController();
  const timer = setTimeout(() => {
    ctrl.abort();
  }, guardMs);
  try {
    const r = await fetch(url, { signal: ctrl.signal });
    const text = await r.text();
    const events = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { type: string });
    return { events, closedByServer: true };
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') return { events: [], closedByServer: false };
    throw e;
  } finally {
    clearTimeout(timer);
  }
};

/** Reads newline-delimited watch events from a chunked HTTP watch until `count` arrive. */
export const readWatch = async (
  url: string,
  count: number,
  timeoutMs = 3000,
  headers: Record<string, string> = {},
): Promise<{ type: string; object: Record<string, unknown> }[]> => {
  const ctrl = new AbortController();
  const timer = setTimeout(() => {
    ctrl.abort();
  }, timeoutMs);
  const events: { type: string; object: Record<string, unknown> }[] = [];
  try {
    const r = await fetch(url, { signal: ctrl.signal, headers });
    if (!r.body) return events;
    const reader = r.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        events.push(
          JSON.parse(buf.slice(0, i)) as {
            type: string;
            object: Record<string, unknown>;
          },
        );
        buf = buf.slice(i + 1);
      }
    }
    ctrl.abort();
  } catch (e) {
    if (!(e instanceof Error && e.name === 'AbortError')) throw e;
  } finally {
    clearTimeout(timer);
  }
  return events;
};

export const names = (items: unknown): string[] =>
  (Array.isArray(items) ? (items as { metadata: { name: string } }[]) : [])
    .map((o) => o.metadata.name)
    .sort();

/**
 * A cluster driven by simulated time only (no HTTP, no waiting): `run(minutes)` moves the
 * clock ahead and runs every controller step due meanwhile.
 */
export type Simulation = {
  cluster: SimCluster;
  run(minutes: number): void;
  node(name: string): KObject;
  nodes(): KObject[];
  /** Names of the nodes whose label `key` has `value` (any value when omitted), sorted. */
  labelled(key: string, value?: string): string[];
  kataConfig(): KObject | undefined;
  pool(name: string): KObject | undefined;
  apply(o: object): KObject;
  close(): void;
};

export const simulate = (scenario: string, options: Partial<ClusterOptions> = {}): Simulation => {
  // timeScale 1: wall-clock timers are far away; only run() moves time.
  const cluster = new SimCluster({ scenario, timeScale: 1, ...options });
  const get = (apiVersion: string, kind: string, name: string): KObject | undefined =>
    cluster.get(apiVersion, kind, name) as KObject | undefined;
  const nodes = (): KObject[] => cluster.list('v1', 'Node') as KObject[];
  return {
    cluster,
    run: (minutes) => {
      cluster.clock.fastForward(minutes * 60_000);
    },
    node: (name) => {
      const n = get('v1', 'Node', name);
      if (!n) throw new Error(`no node ${name}`);
      return n;
    },
    nodes,
    labelled: (key, value) =>
      nodes()
        .filter((n) => {
          const l = n.metadata.labels ?? {};
          return key in l && (value === undefined || l[key] === value);
        })
        .map((n) => n.metadata.name ?? '')
        .sort(),
    kataConfig: () =>
      (cluster.list('kataconfiguration.openshift.io/v1', 'KataConfig') as KObject[])[0],
    pool: (name) => get('machineconfiguration.openshift.io/v1', 'MachineConfigPool', name),
    apply: (o) => cluster.apply(o) as KObject,
    close: () => {
      cluster.close();
    },
  };
};
