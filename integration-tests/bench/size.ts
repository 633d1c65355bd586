/**
 * npm run size: builds the plugin for production and prints gzip sizes of plugin-entry.js, each
 * exposed module with the chunks it pulls in, and the JS fetched before each page paints: entry +
 * the page's own chunks. Shared modules are excluded from that figure: the console provides react,
 * react-router, the SDK...; PatternFly's dynamic modules are shared too, and the console or another
 * plugin usually provides them already, so our fallback chunks for them are listed separately as
 * the worst case (nobody provided a compatible PatternFly).
 * `--check` fails when a budget is exceeded (sizes are deterministic, unlike timings);
 * `--modules` lists each page's largest modules; `--stats <webpack --json output> --dist <dir>`
 * analyses another build the same way.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import webpack from 'webpack';
import type { Configuration, StatsCompilation } from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
let DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, '.bench');

/** Budget of plugin-entry.js in bytes (gzip). */
export const BUDGETS = { entry: 20 * 1024 };

/**
 * JS each page fetches before it paints (entry + its own chunks, gzip): at most what the community
 * plugin for the same operator fetches for its comparable page, with this same measure
 * (makentenza/osc-openshift-console-plugin at a699ab5: `NODE_ENV=production webpack --json=s.json`
 * in its checkout, then `npm run size -- --stats s.json --dist <its dist>`): node eligibility and
 * the Node tab vs its SandboxesOverview (16.4 KB), the install wizard and KataConfig vs its
 * KataConfigWizard (23.7 KB), RuntimeClasses vs its RuntimeClassesList (14.9 KB).
 */
export const PAGE_BUDGETS = {
  EligibilityPage: 16.4 * 1024,
  NodeEligibilityTab: 16.4 * 1024,
  InstallWizardPage: 23.7 * 1024,
  KataConfigPage: 23.7 * 1024,
  RuntimeClassPage: 14.9 * 1024,
};

export type PageSize = {
  page: string;
  ownChunks: number;
  sharedFallbacks: number;
  /** Entry + own chunks: the JS fetched before the page paints (its frame and loading state). */
  total: number;
  /**
   * The chunks the page module itself imports lazily (its content, lazyView: fetched in parallel
   * with the page's data): what it takes to show the content, dialogs and panels opened later aside.
   */
  content: number;
};
export type SizeReport = { entry: number; pages: PageSize[] };

const gzipSize = (file: string) =>
  gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

/** Exposed module -> its source file as webpack names it (e.g. ./eligibility/EligibilityPage). */
const exposedFilesOf = (projectRoot: string): ReadonlyMap<string, string> => {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    consolePlugin?: { exposedModules?: Record<string, string> };
  };
  return new Map(Object.entries(pkg.consolePlugin?.exposedModules ?? {}));
};

/** Works out what each exposed module fetches from the build's chunk graph. */
export const analyse = (stats: StatsCompilation, projectRoot = ROOT): SizeReport => {
  const exposedFiles = exposedFilesOf(projectRoot);
  const chunks = stats.chunks ?? [];
  const chunkSize = (id: string | number) =>
    (chunks.find((c) => c.id === id)?.files ?? [])
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipSize(f), 0);
  const groups = stats.namedChunkGroups ?? {};
  const entryGroup = Object.entries(groups).find(([name]) => !name.startsWith('exposed-'));
  const entryChunks = entryGroup?.[1].chunks ?? [];
  const entry = entryChunks.reduce<number>((sum, id) => sum + chunkSize(id), 0);
  const consumeModules = (stats.modules ?? []).filter((m) =>
    (m.name ?? '').startsWith('consume shared module'),
  );

  const pages = Object.entries(groups)
    .filter(([name]) => name.startsWith('exposed-'))
    .map(([name, group]) => {
      const own = new Set(group.chunks ?? []);
      // PatternFly modules are shared between plugins; if no other plugin provided them first,
      // the page loads our fallback chunk for each one it consumes.
      const consumed = consumeModules
        .filter((m) => (m.chunks ?? []).some((c) => own.has(c)))
        .map((m) => m.name);
      const fallbacks = new Set(
        chunks
          .filter((c) => !own.has(c.id ?? -1))
          .filter((c) => (c.origins ?? []).some((o) => consumed.includes(o.moduleName)))
          .map((c) => c.id ?? -1),
      );
      // The page's content: chunks loaded by an import() in the exposed module's own file.
      const pageFile = exposedFiles.get(name.replace(/^exposed-/, ''));
      const content = chunks
        .filter((c) => !own.has(c.id ?? -1))
        .filter((c) =>
          (c.origins ?? []).some(
            (o) => pageFile !== undefined && o.moduleName.startsWith(pageFile),
          ),
        )
        .reduce<number>((sum, c) => sum + chunkSize(c.id ?? -1), 0);
      const ownChunks = [...own].reduce<number>((s, id) => s + chunkSize(id), 0);
      const sharedFallbacks = [...fallbacks].reduce<number>((s, id) => s + chunkSize(id), 0);
      return {
        page: name.replace(/^exposed-/, ''),
        ownChunks,
        sharedFallbacks,
        total: entry + ownChunks,
        content,
      };
    });
  return { entry, pages };
};

/**
 * The configuration `npm run build` uses: webpack.config.ts reads NODE_ENV when it is loaded, so it
 * is loaded only after NODE_ENV is set (a static import would load it first, in development mode,
 * with the minifier off).
 */
const productionConfig = async (): Promise<Configuration> => {
  process.env.NODE_ENV = 'production';
  const config = (await import('../../webpack.config')).default;
  if (config.mode !== 'production' || config.optimization?.minimize !== true) {
    throw new Error('webpack.config.ts did not give the production configuration');
  }
  return config;
};

const build = async () => {
  const config = await productionConfig();
  return new Promise<StatsCompilation>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) {
        reject(err ?? new Error(stats?.toString('errors-only')));
        return;
      }
      resolve(
        stats.toJson({
          chunks: true,
          chunkOrigins: true,
          modules: true,
          chunkGroups: true,
          source: false,
        }),
      );
    });
  });
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The value of `--name value` on the command line. */
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** The largest modules (source size) of each page's own chunks: where its bytes come from. */
const printModules = (stats: StatsCompilation) => {
  const groups = stats.namedChunkGroups ?? {};
  for (const [name, group] of Object.entries(groups)) {
    if (!name.startsWith('exposed-')) continue;
    const own = new Set(group.chunks ?? []);
    const modules = (stats.modules ?? [])
      .filter((m) => !(m.name ?? '').startsWith('consume shared module'))
      .filter((m) => (m.chunks ?? []).some((c) => own.has(c)))
      .sort((a, b) => (b.size ?? 0) - (a.size ?? 0))
      .slice(0, 12);
    const files = (stats.chunks ?? [])
      .filter((c) => c.id !== undefined && own.has(c.id))
      .flatMap((c) => c.files)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${f} ${kb(gzipSize(f))}`);
    console.log(`\n${name.replace(/^exposed-/, '')}: ${files.join(', ')}`);
    console.log('largest modules (source bytes):');
    for (const m of modules) console.log(`  ${String(m.size ?? 0).padStart(7)}  ${m.name ?? ''}`);
  }
};

const main = async () => {
  const check = process.argv.includes('--check');
  // --stats/--dist analyse another build (e.g. `webpack --json=stats.json` of a peer plugin).
  const statsFile = option('--stats');
  if (statsFile !== undefined) DIST = path.resolve(option('--dist') ?? path.dirname(statsFile));
  else fs.rmSync(DIST, { recursive: true, force: true });
  const stats =
    statsFile === undefined
      ? await build()
      : (JSON.parse(fs.readFileSync(statsFile, 'utf8')) as StatsCompilation);
  // Another build's package.json sits beside its dist/.
  const report = analyse(stats, statsFile === undefined ? ROOT : path.dirname(DIST));
  fs.mkdirSync(OUT, { recursive: true });
  if (statsFile === undefined) {
    fs.writeFileSync(path.join(OUT, 'size.json'), JSON.stringify(report, null, 2));
    // The whole chunk graph, for a closer look (e.g. with webpack's stats analysers).
    fs.writeFileSync(path.join(OUT, 'stats.json'), JSON.stringify(stats));
  }
  console.log(`plugin-entry.js (gzip): ${kb(report.entry)}  [budget ${kb(BUDGETS.entry)}]`);
  const budgetOf = (page: string): number | undefined =>
    statsFile === undefined ? PAGE_BUDGETS[page as keyof typeof PAGE_BUDGETS] : undefined;
  console.table(
    report.pages.map((p) => {
      const budget = budgetOf(p.page);
      return {
        'exposed module': p.page,
        'own chunks': kb(p.ownChunks),
        'JS before paint (entry + page)': kb(p.total),
        budget: budget === undefined ? '' : kb(budget),
        '': budget === undefined ? '' : p.total <= budget ? 'ok' : 'OVER',
        '+ its content (fetched with its data)': p.content > 0 ? kb(p.total + p.content) : '',
        'worst case + PatternFly fallbacks': kb(p.total + p.sharedFallbacks),
      };
    }),
  );
  if (process.argv.includes('--modules')) printModules(stats);
  if (statsFile !== undefined) return;
  const over = [
    ...(report.entry > BUDGETS.entry ? [`plugin-entry.js ${kb(report.entry)}`] : []),
    ...report.pages
      .filter((p) => p.total > (budgetOf(p.page) ?? 0))
      .map((p) => `${p.page} ${kb(p.total)} > ${kb(budgetOf(p.page) ?? 0)}`),
  ];
  if (over.length) {
    console.error(`Over budget (gzip, entry + page): ${over.join(', ')}`);
    if (check) process.exit(1);
  } else console.log('Every page is within its budget (gzip, entry + page).');
};

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
