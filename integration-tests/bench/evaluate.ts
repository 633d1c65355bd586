/**
 * Node-side benchmark of the eligibility engine: evaluateCluster over generated NodeLists (the
 * simulator's `large` shapes) next to JSON.parse of the same NodeList, and the memoized
 * evaluator re-evaluating after 1% of the nodes changed.
 *
 * The engine is measured as the page runs it: bundled into one scope (esbuild, as webpack
 * concatenates the page's modules). Run through tsx module by module instead, every imported
 * constant is a getter call, which the shipped bundle does not have.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import type * as Engine from '../../src/eligibility/evaluate';
import type { EligibilityContext } from '../../src/eligibility/types';
import type { NodeKind } from '../../src/models';
import { generateNodes, nodeObject } from '../cluster/scenario';
import type { Summary } from './stats';
import { summarize } from './stats';

export type EvaluateResult = {
  nodes: number;
  jsonBytes: number;
  parse: Summary;
  evaluate: Summary;
  /** Memoized evaluator after 1% of the nodes got a new object and resourceVersion. */
  reevaluate: Summary;
  /** evaluate.median / parse.median */
  ratio: number;
};

/** What the page sees on the `large` scenario: bare metal, NFD operator but no NFD resource. */
export const LARGE_CONTEXT: EligibilityContext = {
  platform: 'BareMetal',
  nfdInstalled: true,
  nfdPresent: false,
};

/** A NodeList as the API server returns it: the simulator's node objects plus server metadata. */
export const nodeList = (count: number): { items: NodeKind[] } & Record<string, unknown> => {
  const items = generateNodes(Math.max(0, count - 3))
    .slice(0, count)
    .map((n, i) => {
      const obj = nodeObject(n, 'BareMetal', i) as unknown as NodeKind;
      obj.metadata = {
        ...obj.metadata,
        uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        resourceVersion: String(100 + i),
        creationTimestamp: '2026-01-05T08:00:00Z',
      };
      return obj;
    });
  return { kind: 'NodeList', apiVersion: 'v1', metadata: { resourceVersion: '99999' }, items };
};

/** src/eligibility/evaluate.ts bundled into .bench/engine.cjs, then loaded. */
const loadEngine = (): typeof Engine => {
  const root = path.resolve(__dirname, '../..');
  const outfile = path.join(root, '.bench', 'engine.cjs');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [path.join(root, 'src/eligibility/evaluate.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2021',
    outfile,
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built at run time
  return require(outfile) as typeof Engine;
};

/** A sample should last at least this long (ms): short runs are repeated inside one sample. */
const MIN_SAMPLE_MS = 20;

/**
 * Milliseconds per call of fn(i): one unmeasured call, then `reps` samples of `inner` calls
 * each, `inner` chosen so that a sample lasts about MIN_SAMPLE_MS. `i` counts the calls.
 */
const time = (fn: (i: number) => unknown, reps: number): number[] => {
  let calls = 0;
  const t0 = performance.now();
  fn(calls++);
  const once = Math.max(performance.now() - t0, 0.001);
  const inner = Math.max(1, Math.ceil(MIN_SAMPLE_MS / once));
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    for (let k = 0; k < inner; k++) fn(calls++);
    samples.push((performance.now() - start) / inner);
  }
  return samples;
};

/** A copy of `node` with a new resourceVersion and its Ready condition flipped. */
const changed = (node: NodeKind, version: string): NodeKind => {
  const copy = structuredClone(node);
  copy.metadata = { ...copy.metadata, resourceVersion: version };
  for (const c of copy.status?.conditions ?? []) {
    if (c.type === 'Ready') c.status = c.status === 'True' ? 'False' : 'True';
  }
  return copy;
};

/**
 * What the watch delivers round after round: each round is the previous list with 1% of the
 * nodes (at least one) replaced by changed objects, the other objects kept (as the SDK does).
 */
const churnRounds = (nodes: readonly NodeKind[], rounds: number): NodeKind[][] => {
  const perRound = Math.max(1, Math.round(nodes.length / 100));
  const out: NodeKind[][] = [];
  let current = [...nodes];
  for (let r = 0; r < rounds; r++) {
    current = [...current];
    for (let j = 0; j < perRound; j++) {
      const i = (r * perRound + j) % current.length;
      current[i] = changed(current[i], `${String(900000 + r)}-${String(i)}`);
    }
    out.push(current);
  }
  return out;
};

export const benchEvaluate = (count: number, reps: number): EvaluateResult => {
  const { evaluateCluster, memoizedEvaluator } = loadEngine();
  const json = JSON.stringify(nodeList(count));
  const { items } = JSON.parse(json) as { items: NodeKind[] };
  // Samples of the two alternate, so that both see the same load on a shared machine.
  const parse: number[] = [];
  const evaluate: number[] = [];
  for (let r = 0; r < reps; r++) {
    parse.push(...time(() => JSON.parse(json), 1));
    evaluate.push(...time(() => evaluateCluster(items, LARGE_CONTEXT), 1));
  }

  // The memoized evaluator as the page uses it: primed with the list, then fed watch rounds.
  const memo = memoizedEvaluator();
  memo(items, LARGE_CONTEXT);
  const t0 = performance.now();
  memo(churnRounds(items, 1)[0] ?? items, LARGE_CONTEXT);
  const once = Math.max(performance.now() - t0, 0.001);
  const rounds = churnRounds(items, 2 + reps * Math.max(1, Math.ceil(MIN_SAMPLE_MS / once)));
  const reevaluate = time((i) => memo(rounds[i] ?? items, LARGE_CONTEXT), reps);

  const p = summarize(parse);
  const e = summarize(evaluate);
  return {
    nodes: items.length,
    jsonBytes: Buffer.byteLength(json),
    parse: p,
    evaluate: e,
    reevaluate: summarize(reevaluate),
    ratio: e.median / p.median,
  };
};
