import { WebSocket } from 'ws';
import type { Running } from './testing';
import { readWatch, readWatchToEnd, startCluster, waitFor } from './testing';

let sim: Running;

beforeEach(async () => {
  sim = await startCluster({
    scenario: 'mixed',
    timeScale: 0.01,
    historySize: 50,
  });
});

afterEach(async () => {
  await sim.close();
});

const label = async (node: string, labels: Record<string, string | null>): Promise<void> => {
  const r = await sim.call(
    'PATCH',
    `/api/v1/nodes/${node}`,
    { metadata: { labels } },
    'application/merge-patch+json',
  );
  expect(r.status).toBe(200);
};

const currentRV = async (): Promise<string> =>
  (
    (await sim.call('GET', '/api/v1/nodes')).body.metadata as {
      resourceVersion: string;
    }
  ).resourceVersion;

describe('watch over chunked HTTP', () => {
  it('starts with ADDED for everything when no resourceVersion is given', async () => {
    const events = await readWatch(`${sim.url}/api/v1/nodes?watch=true`, 11);
    expect(events).toHaveLength(11);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['ADDED']));
  });

  it('resumes from a resourceVersion, replaying only later events', async () => {
    const rv = await currentRV();
    await label('worker-amd-0', { a: '1' });
    await label('worker-amd-1', { a: '1' });
    await sim.call('DELETE', '/api/v1/nodes/worker-nokvm-0');
    const events = await readWatch(`${sim.url}/api/v1/nodes?watch=true&resourceVersion=${rv}`, 3);
    expect(events.map((e) => [e.type, (e.object.metadata as { name: string }).name])).toEqual([
      ['MODIFIED', 'worker-amd-0'],
      ['MODIFIED', 'worker-amd-1'],
      ['DELETED', 'worker-nokvm-0'],
    ]);
    const rvs = events.map((e) =>
      Number((e.object.metadata as { resourceVersion: string }).resourceVersion),
    );
    expect(rvs).toEqual([...rvs].sort((a, b) => a - b));
    expect(rvs[0]).toBeGreaterThan(Number(rv));
  });

  it('delivers live events after the replay', async () => {
    const rv = await currentRV();
    const pending = readWatch(`${sim.url}/api/v1/nodes?watch=true&resourceVersion=${rv}`, 1);
    await new Promise((r) => setTimeout(r, 100));
    await label('master-0', { live: 'yes' });
    const [ev] = await pending;
    expect(ev.type).toBe('MODIFIED');
    expect(ev.object).toMatchObject({
      metadata: { name: 'master-0', labels: { live: 'yes' } },
    });
  });

  it('answers an ERROR event with a 410 Expired Status for a resourceVersion older than the history', async () => {
    const old = await currentRV();
    for (let i = 0; i < 60; i++) await label('master-1', { n: String(i) });
    const events = await readWatch(`${sim.url}/api/v1/nodes?watch=true&resourceVersion=${old}`, 1);
    expect(events[0]).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired' },
    });
  });

  it('filters by label selector: an object that stops matching yields DELETED, one that starts matching ADDED', async () => {
    const rv = await currentRV();
    await label('worker-amd-0', { tier: 'gold' });
    await label('worker-amd-1', { other: 'x' });
    await label('worker-amd-0', { tier: null });
    const events = await readWatch(
      `${sim.url}/api/v1/nodes?watch=true&labelSelector=tier%3Dgold&resourceVersion=${rv}`,
      2,
    );
    expect(events.map((e) => [e.type, (e.object.metadata as { name: string }).name])).toEqual([
      ['ADDED', 'worker-amd-0'],
      ['DELETED', 'worker-amd-0'],
    ]);
  });

  it('watches a single object by field selector and is logged as a watch', async () => {
    sim.cluster.clearRequestLog();
    const events = await readWatch(
      `${sim.url}/api/v1/nodes?watch=true&fieldSelector=metadata.name%3Dmaster-2`,
      1,
    );
    expect(events.map((e) => (e.object.metadata as { name: string }).name)).toEqual(['master-2']);
    expect(sim.cluster.requestLog()[0]).toMatchObject({
      path: '/api/v1/nodes',
      watch: true,
      status: 200,
    });
  });

  it('honours the gone and dropWatchAfterMs faults', async () => {
    sim.cluster.setFaults([{ path: '^/api/v1/nodes$', gone: true, times: 1 }]);
    const gone = await readWatch(`${sim.url}/api/v1/nodes?watch=true`, 1);
    expect(gone[0]).toMatchObject({ type: 'ERROR', object: { code: 410 } });
    sim.cluster.setFaults([{ path: '^/api/v1/nodes$', dropWatchAfterMs: 100 }]);
    // The server ends the stream after the initial events (no wall-clock bound: the end is seen).
    const dropped = await readWatchToEnd(`${sim.url}/api/v1/nodes?watch=true`);
    expect(dropped.closedByServer).toBe(true);
    expect(dropped.events).toHaveLength(11);
  });
});

describe('watch over WebSocket', () => {
  const open = (
    path: string,
    protocols?: string[],
  ): Promise<{ ws: WebSocket; messages: string[] }> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${String(sim.port)}${path}`, protocols);
      const messages: string[] = [];
      ws.on('message', (data: Buffer) => {
        messages.push(data.toString('utf8'));
      });
      ws.on('open', () => {
        resolve({ ws, messages });
      });
      ws.on('error', reject);
    });

  it('sends one JSON event per message, with selectors and live updates', async () => {
    const { ws, messages } = await open(
      '/api/v1/nodes?watch=true&labelSelector=node-role.kubernetes.io/master',
    );
    await waitFor(() => messages.length === 3);
    await label('master-0', { ws: 'on' });
    await waitFor(() => messages.length === 4);
    ws.close();
    const events = messages.map(
      (m) =>
        JSON.parse(m) as {
          type: string;
          object: { metadata: { name: string } };
        },
    );
    expect(events.map((e) => [e.type, e.object.metadata.name])).toEqual([
      ['ADDED', 'master-0'],
      ['ADDED', 'master-1'],
      ['ADDED', 'master-2'],
      ['MODIFIED', 'master-0'],
    ]);
    expect(sim.cluster.requestLog().some((e) => e.watch && e.status === 101)).toBe(true);
  });

  it('is closed by the dropWatchAfterMs fault', async () => {
    sim.cluster.setFaults([{ path: '^/api/v1/nodes$', dropWatchAfterMs: 50 }]);
    const { ws } = await open('/api/v1/nodes?watch=true');
    await new Promise<void>((resolve) => {
      ws.on('close', () => {
        resolve();
      });
    });
    expect(ws.readyState).toBe(WebSocket.CLOSED);
  });

  it('base64-encodes frames for the base64.binary.k8s.io subprotocol', async () => {
    const { ws, messages } = await open(
      '/api/v1/nodes?watch=true&fieldSelector=metadata.name%3Dmaster-0',
      ['base64.binary.k8s.io'],
    );
    await waitFor(() => messages.length === 1);
    ws.close();
    expect(ws.protocol).toBe('base64.binary.k8s.io');
    const ev = JSON.parse(Buffer.from(messages[0], 'base64').toString('utf8')) as { type: string };
    expect(ev.type).toBe('ADDED');
  });
});
