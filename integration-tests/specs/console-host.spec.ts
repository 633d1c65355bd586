/**
 * The console host's SDK contract against the simulator: watch updates reach the page, one
 * watch per query shared across route changes, a dropped watch resumes from its
 * resourceVersion, 410 Gone re-lists, and kubectl works on the same port.
 */
import type { RequestLogEntry } from '../cluster';
import type { RunningServer } from '../server/server';
import { expect, test } from './fixtures';

test.use({ serverKey: 'console-host', scenario: 'mixed' });

const NODE = 'master-0';

type NodeObject = { metadata: { labels?: Record<string, string> } };

const nodeWatches = (log: RequestLogEntry[], named: boolean) =>
  log.filter(
    (e) => e.watch && e.path === '/api/v1/nodes' && e.query.includes('metadata.name') === named,
  );

const nodeLists = (log: RequestLogEntry[], named = false) =>
  log.filter(
    (e) =>
      !e.watch &&
      e.method === 'GET' &&
      e.path === '/api/v1/nodes' &&
      e.query.includes('metadata.name') === named,
  );

const labelNode = (server: RunningServer, key: string) => {
  const node = server.cluster.get('v1', 'Node', NODE) as NodeObject | undefined;
  expect(node, `node ${NODE} exists`).toBeDefined();
  if (!node) return;
  server.cluster.apply({
    ...node,
    metadata: { ...node.metadata, labels: { ...node.metadata.labels, [key]: 'yes' } },
  });
};

test('watch events update the page', async ({ page, open, server }) => {
  await open(`/k8s/cluster/nodes/${NODE}`);
  await expect(page.getByText('node-role.kubernetes.io/master=')).toBeVisible();
  labelNode(server, 'host-test/watched');
  await expect(page.getByText('host-test/watched=yes')).toBeVisible();
});

test('one watch per query, kept across a route change', async ({ page, open, server }) => {
  server.cluster.clearRequestLog();
  await open('/k8s/cluster/nodes');
  await expect(page.getByTestId('node-list')).toBeVisible();
  await page.getByRole('link', { name: NODE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: NODE })).toBeVisible();
  await page.getByRole('link', { name: 'Nodes', exact: true }).click();
  await expect(page.getByTestId('node-list')).toBeVisible();
  const log = server.cluster.requestLog();
  expect(nodeLists(log)).toHaveLength(1);
  expect(nodeWatches(log, false)).toHaveLength(1);
  expect(nodeWatches(log, false)[0]?.query).toMatch(/resourceVersion=\d+/);
});

test('a dropped list watch resumes from the last resourceVersion', async ({
  page,
  open,
  server,
}) => {
  // The list and the first watch match; the watch is closed after 300 ms.
  server.cluster.setFaults([{ path: '^/api/v1/nodes$', dropWatchAfterMs: 300, times: 2 }]);
  server.cluster.clearRequestLog();
  await open('/k8s/cluster/nodes');
  await expect
    .poll(() => nodeWatches(server.cluster.requestLog(), false).length)
    .toBeGreaterThan(1);
  labelNode(server, 'host-test/after-drop');
  await page.getByRole('link', { name: NODE, exact: true }).click();
  await expect(page.getByText('host-test/after-drop=yes')).toBeVisible();
  const watches = nodeWatches(server.cluster.requestLog(), false);
  expect(watches.every((w) => /resourceVersion=\d+/.test(w.query))).toBe(true);
  server.cluster.clearFaults();
});

test('a dropped named watch reconnects to the same URL, without a resourceVersion', async ({
  page,
  open,
  server,
}) => {
  server.cluster.setFaults([{ path: '^/api/v1/nodes$', dropWatchAfterMs: 300, times: 1 }]);
  server.cluster.clearRequestLog();
  await open(`/k8s/cluster/nodes/${NODE}`);
  await expect.poll(() => nodeWatches(server.cluster.requestLog(), true).length).toBeGreaterThan(1);
  labelNode(server, 'host-test/after-named-drop');
  await expect(page.getByText('host-test/after-named-drop=yes')).toBeVisible();
  const watches = nodeWatches(server.cluster.requestLog(), true);
  expect(watches.every((w) => !w.query.includes('resourceVersion='))).toBe(true);
  server.cluster.clearFaults();
});

test('410 Gone makes the watch list again', async ({ page, open, server }) => {
  server.cluster.setFaults([{ path: '^/api/v1/nodes$', gone: true, times: 2 }]);
  server.cluster.clearRequestLog();
  await open('/k8s/cluster/nodes');
  await expect(page.getByTestId('node-list')).toBeVisible();
  await expect.poll(() => nodeLists(server.cluster.requestLog()).length).toBe(2);
  server.cluster.clearFaults();
  await expect.poll(() => nodeWatches(server.cluster.requestLog(), false).length).toBe(2);
  await expect(page.getByRole('link', { name: NODE, exact: true })).toBeVisible();
});

test('raw API paths answer on the same port', async ({ server }) => {
  expect((await fetch(`${server.url}/version`)).ok).toBe(true);
  const nodes = (await (await fetch(`${server.url}/api/v1/nodes`)).json()) as {
    items: { metadata: { name: string } }[];
  };
  expect(nodes.items.map((n) => n.metadata.name)).toContain(NODE);
});

test('kubectl works against the server', async ({ kubectl }) => {
  expect(await kubectl(['get', 'nodes', '-o', 'name'])).toContain(`node/${NODE}`);
});

test.describe('named objects', () => {
  // The browser logs the GET that answers 404, as it does in the console.
  test.use({ allowedErrors: ['Failed to load resource'] });

  test('a named object that does not exist yet is NotFound (its GET), then appears', async ({
    page,
    open,
    server,
  }) => {
    await open('/k8s/cluster/nodes/late-node');
    await expect(page.getByText('nodes "late-node" not found')).toBeVisible();
    server.cluster.apply({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'late-node', labels: { 'host-test/late': 'yes' } },
    });
    await expect(page.getByText('host-test/late=yes')).toBeVisible();
    await expect(page.getByText('nodes "late-node" not found')).toHaveCount(0);
  });
});
