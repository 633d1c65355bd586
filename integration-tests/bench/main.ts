/**
 * `npm run bench`: engine cost against JSON.parse, the page in Chromium at 50 and 5,000 nodes,
 * and a churn run. Prints a table with the goals (PASS/MISS, informative only) and writes
 * .bench/bench-<time>.json and .bench/latest.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChurnResult, PageResult } from './browser';
import { SCENARIOS, benchChurn, benchPage, launchBrowser } from './browser';
import type { EvaluateResult } from './evaluate';
import { benchEvaluate } from './evaluate';
import { withoutPages } from './requests';
import { formatMs } from './stats';

const OUT_DIR = path.resolve(__dirname, '../../.bench');
const SIZES: { nodes: number; reps: number }[] = [
  { nodes: 50, reps: 21 },
  { nodes: 500, reps: 15 },
  { nodes: 5000, reps: 9 },
  { nodes: 20000, reps: 5 },
];
const PAGE_REPS = 3;
const CHURN_SECONDS = 10;
const CHURN_UPDATES_PER_TICK = 50;

const out = (line = '') => {
  process.stdout.write(`${line}\n`);
};

const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out(line(r));
  out();
};

const goal = (ok: boolean, text: string) => {
  out(`${ok ? 'PASS' : 'MISS'}  ${text}`);
};

const machine = () => {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    /** 1-minute load average at the start: other work on the machine skews every figure. */
    load: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
  };
};

const printEvaluate = (results: EvaluateResult[]) => {
  out('1. Eligibility engine (Node, in-process), median ±half-range');
  table(
    ['nodes', 'JSON', 'JSON.parse', 'evaluateCluster', 'eval/parse', 'memoized, 1% changed'],
    results.map((r) => [
      r.nodes.toLocaleString('en'),
      `${(r.jsonBytes / 1024 ** 2).toFixed(1)} MB`,
      formatMs(r.parse),
      formatMs(r.evaluate),
      `${r.ratio.toFixed(3)}x`,
      formatMs(r.reevaluate),
    ]),
  );
};

const printPages = (pages: PageResult[]) => {
  out(`2. Page /sandboxed-containers/nodes in Chromium (${String(PAGE_REPS)} loads each)`);
  table(
    [
      'scenario',
      'first row',
      'all verdicts',
      'node list request',
      'list -> first row',
      'filter keystroke',
      'row <tr>',
      'JS heap',
    ],
    pages.map((p) => [
      p.label,
      formatMs(p.firstRow),
      formatMs(p.verdicts),
      formatMs(p.list),
      formatMs(p.afterList),
      formatMs(p.filter),
      String(p.rowElements),
      `${p.heapMb.median.toFixed(1)} MB`,
    ]),
  );
  const kinds = [...new Set(pages.flatMap((p) => Object.keys(p.requests)))].sort();
  out('API requests of one page load, per resource (simulator request log)');
  table(
    ['resource', ...pages.map((p) => p.label)],
    kinds.map((k) => [k, ...pages.map((p) => p.requests[k] ?? '-')]),
  );
};

const printChurn = (c: ChurnResult) => {
  out(
    `3. Churn: ${c.nodes.toLocaleString('en')} nodes, ${String(c.updatesPerTick)} node status updates per 100 ms for ${String(c.seconds)} s (${String(c.updates)} updates)`,
  );
  table(
    ['measure', 'value'],
    [
      [
        'animation frames',
        `${String(c.frames.frames)} in ${(c.frames.durationMs / 1000).toFixed(1)} s`,
      ],
      ['summary count updates shown', String(c.countChanges)],
      ['frames dropped (60 Hz)', String(c.frames.dropped)],
      ['longest frame gap', `${c.frames.longestGap.toFixed(0)} ms`],
      [
        'long tasks',
        `${String(c.longTasks.count)} (longest ${c.longTasks.longest.toFixed(0)} ms, total ${c.longTasks.total.toFixed(0)} ms)`,
      ],
      ['filter keystroke during churn', formatMs(c.filter)],
      ['summary card click during churn', formatMs(c.click)],
    ],
  );
};

const printGoals = (evaluations: EvaluateResult[], pages: PageResult[]) => {
  out('Goals (same run; informative, the command does not fail on a MISS)');
  const e5000 = evaluations.find((e) => e.nodes === 5000);
  if (e5000) {
    const memo = e5000.reevaluate.median / e5000.parse.median;
    goal(
      e5000.ratio <= 0.1,
      `evaluation of 5,000 nodes <= 0.1 x JSON.parse: ${e5000.ratio.toFixed(3)}x ` +
        `(memoized after 1% changed: ${memo.toFixed(3)}x)`,
    );
  }
  const [small, big] = pages;
  if (pages.length < 2) return;
  const firstRatio = big.firstRow.median / small.firstRow.median;
  const verdictRatio = big.verdicts.median / small.verdicts.median;
  goal(firstRatio <= 1.5, `first row at 5,000 nodes <= 1.5 x at 50: ${firstRatio.toFixed(2)}x`);
  const before = (p: PageResult) => p.firstRow.median - p.list.median - p.afterList.median;
  out(
    `      of which: before the node list request ${before(small).toFixed(0)} -> ${before(big).toFixed(0)} ms, ` +
      `node list request ${small.list.median.toFixed(0)} -> ${big.list.median.toFixed(0)} ms, ` +
      `page work after it ${small.afterList.median.toFixed(0)} -> ${big.afterList.median.toFixed(0)} ms`,
  );
  goal(
    verdictRatio <= 1.5,
    `all verdicts at 5,000 nodes <= 1.5 x at 50: ${verdictRatio.toFixed(2)}x`,
  );
  const maxRows = Math.max(small.rowElements, big.rowElements);
  goal(maxRows <= 100, `<= 100 row elements in the DOM at any count: at most ${String(maxRows)}`);
  const same =
    JSON.stringify(withoutPages(small.requests)) === JSON.stringify(withoutPages(big.requests));
  goal(
    same,
    `the same lists and watches at 50 and 5,000 nodes (pages of a list aside): ${same ? 'identical' : 'different'}`,
  );
};

const main = async () => {
  const started = Date.now();
  const m = machine();
  out(
    `Machine: ${m.cpu}, ${String(m.cores)} cores, ${String(m.memoryGb)} GB, Node ${m.node}, ${m.platform}, load average ${String(m.load)}`,
  );
  out();
  const evaluations = SIZES.map((s) => benchEvaluate(s.nodes, s.reps));
  printEvaluate(evaluations);

  const browser = await launchBrowser();
  let pages: PageResult[];
  let churn: ChurnResult;
  try {
    out(`Chromium ${browser.version()}`);
    out();
    pages = [];
    for (const s of SCENARIOS) pages.push(await benchPage(browser, s, PAGE_REPS));
    printPages(pages);
    const large = SCENARIOS[SCENARIOS.length - 1];
    churn = await benchChurn(browser, large, CHURN_SECONDS, CHURN_UPDATES_PER_TICK);
    printChurn(churn);
  } finally {
    await browser.close();
  }

  printGoals(evaluations, pages);
  out();
  out(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const json = JSON.stringify(
    { date: new Date().toISOString(), machine: m, evaluations, pages, churn },
    null,
    2,
  );
  const file = path.join(OUT_DIR, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), json);
  out(`Wrote ${path.relative(process.cwd(), file)}`);
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
