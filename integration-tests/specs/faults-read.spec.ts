/**
 * READ fault matrix: every page (and the Node tab) × every read fault on the page's main
 * list/watch. Each case asserts the user-visible behaviour (an error naming the failure, or the
 * last data kept), no crash (no error boundary), and recovery without a reload once the fault is
 * lifted (the watch is open again and the page shows the cluster's data).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type FaultRule } from './fixtures';

test.use({ serverKey: 'faults-read', scenario: 'installed' });

type PageCase = {
  name: string;
  path: string;
  /** Regex of the API path of the page's main list/watch. */
  api: string;
  /** Something only shown when the page has the cluster's data. */
  ready: (page: Page) => Locator;
};

export const PAGES: PageCase[] = [
  {
    name: 'nodes',
    path: '/sandboxed-containers/nodes',
    api: '^/api/v1/nodes$',
    ready: (p) => p.getByTestId('eligibility-row').filter({ hasText: 'worker-0' }),
  },
  {
    name: 'install',
    path: '/sandboxed-containers/install',
    api: '^/api/v1/nodes$',
    ready: (p) => p.getByTestId('install-wizard'),
  },
  {
    name: 'kataconfig',
    path: '/sandboxed-containers/kataconfig',
    api: '^/apis/kataconfiguration\\.openshift\\.io/v1/kataconfigs',
    ready: (p) => p.getByTestId('kataconfig-details'),
  },
  {
    name: 'runtimeclasses',
    path: '/sandboxed-containers/runtimeclasses',
    api: '^/apis/node\\.k8s\\.io/v1/runtimeclasses',
    ready: (p) => p.getByTestId('runtimeclass-row-kata'),
  },
  {
    name: 'node tab',
    path: '/k8s/cluster/nodes/worker-0/sandboxed-containers',
    api: '^/api/v1/nodes(/worker-0)?$',
    ready: (p) => p.getByTestId('node-eligibility-tab'),
  },
];

type Sim = Parameters<Parameters<typeof test>[2]>[0]['sim'];

type ReadFault = {
  name: string;
  rule: (api: string) => FaultRule;
  /** What the user sees while the fault is active. */
  during: (page: Page, p: PageCase, sim: Sim) => Promise<void>;
  /** After the fault is lifted (and the request log cleared), besides the data being back. */
  after: (p: PageCase, sim: Sim) => Promise<void>;
};

/** A failed list is retried and, once it succeeds, its watch is opened (live updates resume). */
const watchReopened = async (p: PageCase, sim: Sim) => {
  await expect
    .poll(async () => (await openWatches(sim.requests, p.api)) > 0, { timeout: 15_000 })
    .toBe(true);
};
/** The watch was already seen re-opened while the fault was active. */
const nothingMore = async () => {
  // Nothing else to check.
};

/** The page names the failure: the API's message, with the request that failed. */
const showsError = (status: number) => async (page: Page) => {
  await expect(page.getByText(`simulated fault: ${String(status)} for GET`).first()).toBeVisible();
};

/** The page shows its data; the watch was cut (or expired) and opened again meanwhile. */
const keepsDataAcrossWatches = async (page: Page, p: PageCase, sim: Sim) => {
  await expect(p.ready(page)).toBeVisible();
  await watchesSeen(sim.requests, p.api, 2);
  await expect(p.ready(page)).toBeVisible();
};

const READ_FAULTS: ReadFault[] = [
  ...[403, 404, 500, 503].map((status): ReadFault => ({
    name: String(status),
    rule: (api) => ({ method: 'GET', path: api, status }),
    during: showsError(status),
    after: watchReopened,
  })),
  {
    name: '3 s latency',
    rule: (api) => ({ path: api, latencyMs: 3000, times: 2 }),
    // The data arrives late.
    during: async (page, p) => {
      await expect(p.ready(page)).toBeVisible({ timeout: 15_000 });
    },
    after: nothingMore,
  },
  {
    name: 'dropped watch',
    rule: (api) => ({ path: api, dropWatchAfterMs: 300 }),
    during: keepsDataAcrossWatches,
    after: nothingMore,
  },
  {
    name: 'watch 410 Gone',
    rule: (api) => ({ path: api, gone: true }),
    during: keepsDataAcrossWatches,
    after: nothingMore,
  },
];

/** Watch connections on `api` the simulator accepted since the last clear. */
const openWatches = async (
  requests: () => Promise<{ path: string; watch: boolean; status: number }[]>,
  api: string,
) => {
  const re = new RegExp(api);
  return (await requests()).filter((r) => r.watch && r.status === 101 && re.test(r.path)).length;
};

const noCrash = async (page: Page) => {
  await expect(page.getByTestId('page-crash')).toHaveCount(0);
};

/** Waits until the simulator has seen `n` watch connections on `api` since the last clear. */
const watchesSeen = async (
  requests: () => Promise<{ path: string; watch: boolean; status: number }[]>,
  api: string,
  n: number,
) => {
  const re = new RegExp(api);
  await expect
    .poll(async () => (await requests()).filter((r) => r.watch && re.test(r.path)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(n);
};

for (const p of PAGES) {
  test.describe(`${p.name}: read faults`, () => {
    // The status faults make the console's list retry with backoff; allow the browser's log of
    // the failed requests.
    test.use({ allowedErrors: ['Failed to load resource', 'WebSocket'] });

    for (const f of READ_FAULTS) {
      test(`${f.name} on the list/watch`, async ({ page, open, sim }) => {
        await sim.clearFaults();
        await sim.clearRequests();
        await sim.setFaults([f.rule(p.api)]);
        await open(p.path);
        await page.evaluate(() => {
          (window as unknown as { marker: string }).marker = 'same-document';
        });
        await f.during(page, p, sim);
        await noCrash(page);

        // Lift the fault: the page recovers in the same document and the watch is open again.
        await sim.clearFaults();
        await sim.clearRequests();
        await expect(p.ready(page)).toBeVisible({ timeout: 20_000 });
        await expect(page.getByText(/simulated fault:/)).toHaveCount(0, { timeout: 20_000 });
        await f.after(p, sim);
        await noCrash(page);
        expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
          'same-document',
        );
      });
    }
  });
}
