/**
 * npm run size: builds the plugin for production and prints gzip sizes of plugin-entry.js, each
 * exposed module with the chunks it pulls in, and the JS fetched before each page paints: entry +
 * the page's own chunks. Shared modules are excluded from that figure: the console provides react,
 * react-router, the SDK...; PatternFly's dynamic modules are shared too, and the console or another
 * plugin usually provides them already, so our fallback chunks for them are listed separately as
 * the worst case (nobody provided a compatible PatternFly).
 * `--check` fails when a budget is exceeded (sizes are deterministic, unlike timings).
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import webpack from 'webpack';
import type { Configuration, StatsCompilation } from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, '.bench');

/** Budgets in bytes (gzip). Issue: entry + first page <= 150 KB. */
export const BUDGETS = { entry: 20 * 1024, entryPlusPage: 150 * 1024 };

export type PageSize = { page: string; ownChunks: number; sharedFallbacks: number; total: number };
export type SizeReport = { entry: number; pages: PageSize[] };

const gzipSize = (file: string) =>
  gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

/** Works out what each exposed module fetches from the build's chunk graph. */
export const analyse = (stats: StatsCompilation): SizeReport => {
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
      const ownChunks = [...own].reduce<number>((s, id) => s + chunkSize(id), 0);
      const sharedFallbacks = [...fallbacks].reduce<number>((s, id) => s + chunkSize(id), 0);
      return {
        page: name.replace(/^exposed-/, ''),
        ownChunks,
        sharedFallbacks,
        total: entry + ownChunks,
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

const main = async () => {
  const check = process.argv.includes('--check');
  fs.rmSync(DIST, { recursive: true, force: true });
  const report = analyse(await build());
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'size.json'), JSON.stringify(report, null, 2));
  console.log(`plugin-entry.js (gzip): ${kb(report.entry)}  [budget ${kb(BUDGETS.entry)}]`);
  console.table(
    report.pages.map((p) => ({
      'exposed module': p.page,
      'own chunks': kb(p.ownChunks),
      'JS before paint (entry + page)': kb(p.total),
      'worst case + PatternFly fallbacks': kb(p.total + p.sharedFallbacks),
    })),
  );
  const over = [
    ...(report.entry > BUDGETS.entry ? [`plugin-entry.js ${kb(report.entry)}`] : []),
    ...report.pages
      .filter((p) => p.total > BUDGETS.entryPlusPage)
      .map((p) => `${p.page} ${kb(p.total)}`),
  ];
  if (over.length) {
    console.error(`Over budget (${kb(BUDGETS.entryPlusPage)} per page): ${over.join(', ')}`);
    if (check) process.exit(1);
  } else console.log(`All pages within ${kb(BUDGETS.entryPlusPage)} gzip (entry + page).`);
};

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
