/**
 * Chromium against the harness: load time of /sandboxed-containers/nodes, summary counts, filter
 * latency, rendered rows, JS heap and API requests per kind; and a churn run with node status
 * updates arriving continuously while the user types and clicks.
 */
import * as path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { Cluster } from '../cluster';
import { startServer } from '../server/server';
import { chromiumLaunchOptions } from '../specs/chromium';
import type { Expectation, FrameStats } from './probe';
import { requestsByKind } from './requests';
import { armInput, inputLatency, installProbe, startFrames, stopFrames } from './probe';
import type { Summary } from './stats';
import { summarize } from './stats';

const NODES_PATH = '/sandboxed-containers/nodes';
const NAME_FILTER = 'Filter by node name';
/** tsx (esbuild keepNames) wraps functions in __name(); the page needs it to run them. */
const NAME_SHIM = 'globalThis.__name = (f) => f;';

export type PageScenario = { label: string; scenario: string; nodes: number };

export const SCENARIOS: PageScenario[] = [
  { label: '50 nodes', scenario: path.join(__dirname, 'scenarios/medium.yaml'), nodes: 50 },
  { label: '5,000 nodes (large)', scenario: 'large', nodes: 5003 },
];

export type PageResult = {
  label: string;
  nodes: number;
  firstRow: Summary;
  verdicts: Summary;
  /** Node list request: start to last byte (simulator serialization + transfer). */
  list: Summary;
  /** The page's own work after the node list arrived: last byte to first row shown. */
  afterList: Summary;
  filter: Summary;
  /** Most <tr> elements in the table, at the top and scrolled to the middle. */
  rowElements: number;
  heapMb: Summary;
  /** "nodes: list 1, watch 1" per kind, from the simulator's request log of one page load. */
  requests: Record<string, string>;
};

export type ChurnResult = {
  nodes: number;
  seconds: number;
  updatesPerTick: number;
  updates: number;
  frames: FrameStats;
  /** How often the page's summary counts changed during the churn (it follows the updates). */
  countChanges: number;
  longTasks: { count: number; longest: number; total: number };
  filter: Summary;
  click: Summary;
};

const newPage = async (browser: Browser, expected: number): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installProbe, expected);
  return page;
};

type LoadTimes = {
  firstRow: number;
  verdicts: number;
  /** Resource Timing of the node list request: when it started and when its body had arrived. */
  listStart: number;
  listEnd: number;
};

/** Loads the page; waits for the counts to add up and stay unchanged for 1 s. */
const load = async (page: Page, url: string): Promise<LoadTimes> => {
  await page.goto(`${url}${NODES_PATH}`);
  await page.waitForFunction(
    () => {
      const p = window.sccBench;
      return p !== undefined && p.verdicts >= 0 && performance.now() - p.countsChanged > 1000;
    },
    undefined,
    { timeout: 60000, polling: 200 },
  );
  return page.evaluate(() => {
    const list = performance
      .getEntriesByType('resource')
      .find((e) => /\/api\/v1\/nodes(\?|$)/.test(e.name)) as PerformanceResourceTiming | undefined;
    return {
      firstRow: window.sccBench?.firstRow ?? Number.NaN,
      verdicts: window.sccBench?.verdicts ?? Number.NaN,
      listStart: list?.startTime ?? Number.NaN,
      listEnd: list?.responseEnd ?? Number.NaN,
    };
  });
};

/** Latency of one input: arm the probe, act, read the result. */
const measure = async (
  page: Page,
  expectation: Expectation,
  act: () => Promise<void>,
): Promise<number> => {
  await page.evaluate(armInput, expectation);
  await act();
  return page.evaluate(inputLatency);
};

/** Types "m" (only the masters stay) and deletes it again: two latencies. */
const filterOnce = async (page: Page, nodes: number): Promise<number[]> => {
  const input = page.getByLabel(NAME_FILTER);
  await input.focus();
  const narrow = await measure(page, { kind: 'rowsAtMost', count: 3 }, () =>
    page.keyboard.press('m'),
  );
  const widen = await measure(page, { kind: 'rowsMoreThan', count: Math.min(3, nodes - 1) }, () =>
    page.keyboard.press('Backspace'),
  );
  return [narrow, widen];
};

/**
 * Clicks the "Not eligible" card on and off: two latencies until aria-pressed follows. The mouse
 * goes to the card's centre directly: during the churn, locator.click()'s actionability checks
 * took 3–15 s before the first pointer event (on main too), longer than the probe waits.
 */
const clickOnce = async (page: Page): Promise<number[]> => {
  const selector = '#scc-summary-not-eligible-action';
  const box = await page.locator(selector).boundingBox();
  if (!box) return [];
  const out: number[] = [];
  for (const value of ['true', 'false']) {
    out.push(
      await measure(page, { kind: 'attribute', selector, name: 'aria-pressed', value }, () =>
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ),
    );
  }
  return out;
};

const tableRows = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('[data-test="eligibility-table"] tr').length);

const rowElements = async (page: Page): Promise<number> => {
  const top = await tableRows(page);
  await page.evaluate(() => {
    const el = document.querySelector('[data-test="eligibility-scroll"]');
    if (el) el.scrollTop = el.scrollHeight / 2;
  });
  await page.waitForTimeout(300);
  const middle = await tableRows(page);
  await page.evaluate(() => {
    const el = document.querySelector('[data-test="eligibility-scroll"]');
    if (el) el.scrollTop = 0;
  });
  return Math.max(top, middle);
};

const heapMb = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
};

export const benchPage = async (
  browser: Browser,
  s: PageScenario,
  reps: number,
): Promise<PageResult> => {
  const server = await startServer({ scenario: s.scenario });
  try {
    const firstRow: number[] = [];
    const verdicts: number[] = [];
    const list: number[] = [];
    const afterList: number[] = [];
    const filter: number[] = [];
    const heap: number[] = [];
    let rows = 0;
    let requests: Record<string, string> = {};
    // One unmeasured load warms the server, the plugin's files and Chromium's caches.
    for (let rep = -1; rep < reps; rep++) {
      const page = await newPage(browser, s.nodes);
      server.cluster.clearRequestLog();
      const t = await load(page, server.url);
      if (rep >= 0) {
        requests = requestsByKind(server.cluster.requestLog());
        firstRow.push(t.firstRow);
        verdicts.push(t.verdicts);
        list.push(t.listEnd - t.listStart);
        afterList.push(t.firstRow - t.listEnd);
        filter.push(...(await filterOnce(page, s.nodes)));
        rows = Math.max(rows, await rowElements(page));
        heap.push(await heapMb(page));
      }
      await page.context().close();
    }
    return {
      label: s.label,
      nodes: s.nodes,
      firstRow: summarize(firstRow),
      verdicts: summarize(verdicts),
      list: summarize(list),
      afterList: summarize(afterList),
      filter: summarize(filter),
      rowElements: rows,
      heapMb: summarize(heap),
      requests,
    };
  } finally {
    await server.close();
  }
};

type NodeObject = {
  metadata: { name: string };
  status?: { conditions?: { type: string; status: string }[] };
};

/** Flips the Ready condition of `count` nodes (round robin) through the in-process API. */
const flipReady = (cluster: Cluster, names: readonly string[], from: number, count: number) => {
  if (names.length === 0) return;
  for (let i = 0; i < count; i++) {
    const name = names[(from + i) % names.length];
    const node = cluster.get('v1', 'Node', name) as NodeObject | undefined;
    if (!node) continue;
    const copy = structuredClone(node);
    for (const c of copy.status?.conditions ?? []) {
      if (c.type === 'Ready') c.status = c.status === 'True' ? 'False' : 'True';
    }
    cluster.apply(copy);
  }
};

export const benchChurn = async (
  browser: Browser,
  s: PageScenario,
  seconds: number,
  updatesPerTick: number,
): Promise<ChurnResult> => {
  const server = await startServer({ scenario: s.scenario });
  try {
    const names = (server.cluster.list('v1', 'Node') as NodeObject[])
      .map((n) => n.metadata.name)
      .filter((n) => n.startsWith('worker-'));
    const page = await newPage(browser, s.nodes);
    await load(page, server.url);
    await page.evaluate(startFrames);
    let sent = 0;
    const timer = setInterval(() => {
      flipReady(server.cluster, names, sent, updatesPerTick);
      sent += updatesPerTick;
    }, 100);
    const filter: number[] = [];
    const click: number[] = [];
    const end = Date.now() + seconds * 1000;
    try {
      while (Date.now() < end - 1500) {
        await page.waitForTimeout(700);
        filter.push(...(await filterOnce(page, s.nodes)));
        click.push(...(await clickOnce(page)));
      }
      await page.waitForTimeout(Math.max(0, end - Date.now()));
    } finally {
      clearInterval(timer);
    }
    const frames = await page.evaluate(stopFrames);
    const longTasks = await page.evaluate(() => window.sccBench?.longTasks ?? []);
    const countChanges = await page.evaluate(() => window.sccBench?.countChanges ?? 0);
    await page.context().close();
    return {
      nodes: s.nodes,
      seconds,
      updatesPerTick,
      updates: sent,
      frames,
      countChanges,
      longTasks: {
        count: longTasks.length,
        longest: Math.max(0, ...longTasks),
        total: longTasks.reduce((a, b) => a + b, 0),
      },
      filter: summarize(filter),
      click: summarize(click),
    };
  } finally {
    await server.close();
  }
};

export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch(await chromiumLaunchOptions());
