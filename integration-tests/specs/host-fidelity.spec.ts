/**
 * The console host behaves as console 4.22 does where the plugin is at risk (one test per row of
 * integration-tests/console/FIDELITY.md that needs a browser). The host's /host-probe page shows
 * what the SDK hooks return and keeps every state in `window.__probe`.
 */
import type { Page } from '@playwright/test';
import type { RequestLogEntry } from '../cluster';
import { delayEditorChunk } from './code-editor';
import { expect, test } from './fixtures';

test.use({ serverKey: 'host-fidelity', scenario: 'large' });

type ProbeState = {
  data?: { kind: string; count?: number; name?: string | null } | null;
  loaded?: boolean;
  loadError?: '' | null | { name: string; message: string; code: number | null };
  flag?: boolean | 'undefined';
  model?: string | null;
  inFlight?: boolean;
  text?: string;
};

const probeURL = (params: Record<string, string>) =>
  `/host-probe?${new URLSearchParams(params).toString()}`;

const history = (page: Page): Promise<ProbeState[]> =>
  page.evaluate(() => (window as unknown as { __probe?: ProbeState[] }).__probe ?? []);

const last = async (page: Page): Promise<ProbeState | undefined> => (await history(page)).at(-1);

const NODES = JSON.stringify({ groupVersionKind: { version: 'v1', kind: 'Node' }, isList: true });
const RC = { group: 'node.k8s.io', version: 'v1', kind: 'RuntimeClass' };

const nodeLists = (log: RequestLogEntry[]) =>
  log.filter((e) => !e.watch && e.method === 'GET' && e.path === '/api/v1/nodes');

test('lists are read in pages of 250 and report loaded with the first page', async ({
  page,
  open,
  server,
}) => {
  server.cluster.clearRequestLog();
  await open(probeURL({ resource: NODES }));
  await expect.poll(async () => (await last(page))?.data?.count).toBe(5003);
  const loadedStates = (await history(page)).filter((s) => s.loaded);
  // console actions/k8s.ts: `loaded` with the first page, the others added (BulkAddToList).
  expect(loadedStates[0]?.data?.count).toBe(250);
  expect(loadedStates.map((s) => s.data?.count)).toContain(500);
  expect(loadedStates.every((s) => s.loadError === '')).toBe(true);
  const lists = nodeLists(server.cluster.requestLog());
  expect(lists).toHaveLength(21); // 5,003 nodes = 20 pages of 250 + 3
  expect(lists.every((l) => l.query.includes('limit=250'))).toBe(true);
  expect(lists.slice(1).every((l) => l.query.includes('continue='))).toBe(true);
});

test.describe('named objects', () => {
  // The browser logs the GET that answers 404 (as it does in the console).
  test.use({ allowedErrors: ['Failed to load resource'] });

  test('a deleted named object stays in data, then the 30 s re-fetch adds a 404', async ({
    page,
    open,
  }) => {
    test.setTimeout(75_000);
    const name = 'probe-rc';
    await page.request.post('/api/kubernetes/apis/node.k8s.io/v1/runtimeclasses', {
      data: {
        apiVersion: 'node.k8s.io/v1',
        kind: 'RuntimeClass',
        metadata: { name },
        handler: 'x',
      },
    });
    await open(probeURL({ resource: JSON.stringify({ groupVersionKind: RC, name }) }));
    await expect.poll(async () => (await last(page))?.data?.name).toBe(name);
    const deletedAt = Date.now();
    await page.request.delete(`/api/kubernetes/apis/node.k8s.io/v1/runtimeclasses/${name}`);
    // The DELETED event becomes the data (modifyObject): still there, loaded, no error.
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await last(page)).toMatchObject({
      data: { name },
      loaded: true,
      loadError: '',
    });
    // The next GET (every 30 s) fails with 404: only loadError changes, the object stays.
    await expect
      .poll(async () => (await last(page))?.loadError, { timeout: 40_000, intervals: [1000] })
      .toMatchObject({ name: 'HttpError', code: 404 });
    expect(Date.now() - deletedAt).toBeLessThan(35_000);
    expect(await last(page)).toMatchObject({ data: { name }, loaded: true });
  });

  test('a named object that does not exist: data null, not loaded, the GET 404', async ({
    page,
    open,
  }) => {
    await open(probeURL({ resource: JSON.stringify({ groupVersionKind: RC, name: 'nope' }) }));
    await expect.poll(async () => (await last(page))?.loadError).toMatchObject({ code: 404 });
    expect(await last(page)).toMatchObject({ data: null, loaded: false });
  });
});

test('useFlag is undefined and watches wait until discovery has resolved', async ({
  page,
  open,
  sim,
}) => {
  await sim.setFaults([{ path: '^/apis$', latencyMs: 1500, times: 1 }]);
  await open(probeURL({ flag: 'SANDBOXED_CONTAINERS_KATACONFIG', model: 'core~v1~Node' }));
  await expect.poll(async () => (await last(page))?.flag).not.toBe('undefined');
  const states = await history(page);
  // Flag and model are recorded separately, each from its first render on.
  expect(states.find((s) => 'flag' in s)).toEqual({ flag: 'undefined' });
  expect(states.find((s) => 'model' in s)).toEqual({ model: null, inFlight: true });
  await expect
    .poll(async () => (await history(page)).filter((s) => 'model' in s).at(-1))
    .toEqual({ model: 'Node', inFlight: false });
});

test('a missing model: loaded with a NoModelError, optional or not', async ({ page, open }) => {
  for (const optional of [false, true]) {
    const resource = {
      groupVersionKind: { group: 'nope.io', version: 'v1', kind: 'Nope' },
      isList: true,
      optional,
    };
    await open(probeURL({ resource: JSON.stringify(resource) }));
    await expect
      .poll(async () => (await last(page))?.loadError)
      .toMatchObject({ name: 'NoModelError', message: 'Model does not exist' });
    expect(await last(page)).toMatchObject({ data: { kind: 'array', count: 0 }, loaded: true });
  }
});

test("the CodeEditor is lazy: without the plugin's own Suspense the whole page spins", async ({
  page,
  open,
}) => {
  await delayEditorChunk(page, 1500);
  await open('/host-probe?editor=1');
  await page.getByRole('button', { name: 'Show editor' }).click();
  const spinner = page.locator('[data-test="loading-box"][data-blame="App content suspense"]');
  await expect(spinner).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Administrator' })).toBeHidden();
  await expect(page.getByTestId('code-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.monaco-editor')).toBeVisible();
});

test.describe('i18n', () => {
  // The console's missingKeyHandler logs a missing key with console.error (public/i18n.js).
  test.use({ allowedErrors: ['Missing i18n key'] });

  test('plugin locales come from /locales/resource.json; a missing key is a console.error', async ({
    page,
    open,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/locales/')) requested.push(new URL(r.url()).search);
    });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await open(
      probeURL({
        ns: 'plugin__sandboxed-containers-console-plugin',
        key: 'Node eligibility',
        lng: 'ja',
      }),
    );
    await page.getByRole('button', { name: 'Translate' }).click();
    await expect.poll(async () => (await last(page))?.text).toBe('ノードの適格性');
    expect(requested).toEqual(
      expect.arrayContaining([
        '?lng=ja&ns=plugin__sandboxed-containers-console-plugin',
        '?lng=en&ns=plugin__sandboxed-containers-console-plugin',
      ]),
    );
    await open(probeURL({ ns: 'plugin__sandboxed-containers-console-plugin', key: 'No such key' }));
    await page.getByRole('button', { name: 'Translate' }).click();
    const missing =
      'Missing i18n key "No such key" in namespace "plugin__sandboxed-containers-console-plugin" and language "en".';
    await expect.poll(() => errors).toContain(missing);
    expect(errors.filter((e) => e !== missing)).toEqual([]);
  });
});

test('a namespace that is not loaded yet suspends to the nearest boundary', async ({
  page,
  open,
}) => {
  await page.route(/\/locales\/resource\.json\?lng=en&ns=plugin__late$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ json: { Late: 'Loaded late' } });
  });
  await open('/host-probe?ns=plugin__late&key=Late');
  await page.getByRole('button', { name: 'Translate' }).click();
  await expect(
    page.locator('[data-test="loading-box"][data-blame="App content suspense"]'),
  ).toBeVisible();
  await expect.poll(async () => (await last(page))?.text).toBe('Loaded late');
});

test('the page content scrolls in #content-scrollable, never the window (a 5,003-node list)', async ({
  page,
  open,
}) => {
  await open('/sandboxed-containers/nodes');
  await expect(page.getByTestId('eligibility-table')).toBeVisible();
  const scroller = page.locator('#content-scrollable');
  // public/style/_layout.scss: `#content-scrollable { overflow: auto }`; the body does not grow.
  await expect(scroller).toHaveCSS('overflow-y', 'auto');
  const sizes = await scroller.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
    windowScroll: document.scrollingElement?.scrollHeight ?? 0,
    viewport: window.innerHeight,
  }));
  expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight);
  expect(sizes.windowScroll).toBeLessThanOrEqual(sizes.viewport);
  // The SDK's ListPageBody is the console's PageSection with `co-m-pane__body`.
  await expect(page.locator('#content-scrollable .co-m-pane__body').first()).toBeVisible();
});
