/**
 * Bundles the console host with esbuild into a build folder of this process's own:
 * index.html, static/host.js (ES module), static/chunks/* (the lazy CodeEditor with Monaco),
 * static/*.worker.js (Monaco's workers), static/host.css and static/assets/* (fonts).
 * Per process, because Playwright workers start servers concurrently: one worker rewriting a
 * shared folder while another's page loads from it truncated files (ERR_CONTENT_LENGTH_MISMATCH).
 */
import { appendFile, copyFile, mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { build } from 'esbuild';

export const HOST_DIR = path.resolve(__dirname);
export const BUILD_DIR = path.join(HOST_DIR, 'build', `pid-${String(process.pid)}`);
const REPO_ROOT = path.resolve(HOST_DIR, '../..');

const SHARED_PACKAGES = [
  'react',
  'react-i18next',
  'react-router',
  'react-redux',
  'redux',
  'redux-thunk',
  '@openshift/dynamic-plugin-sdk',
  '@openshift-console/dynamic-plugin-sdk',
];

const packageVersion = async (name: string): Promise<string> => {
  const pkg = JSON.parse(
    await readFile(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
};

let building: Promise<string> | undefined;

/** Builds once per process; returns the build directory. */
export const buildHost = (): Promise<string> => {
  building ??= (async () => {
    const versions = Object.fromEntries(
      await Promise.all(SHARED_PACKAGES.map(async (n) => [n, await packageVersion(n)] as const)),
    );
    await mkdir(path.join(BUILD_DIR, 'static'), { recursive: true });
    const monacoWorkers = build({
      // Monaco's web workers as files of their own (the CSP allows workers only from 'self').
      entryPoints: {
        'editor.worker': path.join(
          REPO_ROOT,
          'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
        ),
        'json.worker': path.join(
          REPO_ROOT,
          'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
        ),
      },
      bundle: true,
      outdir: path.join(BUILD_DIR, 'static'),
      format: 'iife',
      platform: 'browser',
      target: 'es2021',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
    const result = await build({
      metafile: true,
      entryPoints: { host: path.join(HOST_DIR, 'src/main.tsx') },
      bundle: true,
      outdir: path.join(BUILD_DIR, 'static'),
      // ES modules with splitting: the CodeEditor (Monaco) is a chunk loaded on first use.
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      platform: 'browser',
      target: 'es2021',
      jsx: 'automatic',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
      assetNames: 'assets/[name]-[hash]',
      publicPath: '/static',
      loader: {
        '.woff': 'file',
        '.woff2': 'file',
        '.ttf': 'file',
        '.otf': 'file',
        '.eot': 'file',
        '.svg': 'file',
        '.png': 'file',
        '.jpg': 'file',
        '.gif': 'file',
      },
      define: {
        'process.env.NODE_ENV': '"production"',
        __SHARED_VERSIONS__: JSON.stringify(versions),
      },
      tsconfig: path.join(REPO_ROOT, 'integration-tests/tsconfig.json'),
    });
    // esbuild writes the CSS that lazy chunks import (Monaco's) beside them but nothing loads
    // it: append it, once per distinct content, to host.css.
    const chunkCss = Object.keys(result.metafile.outputs).filter(
      (f) => f.endsWith('.css') && f.includes('/chunks/'),
    );
    const seen = new Set<string>();
    for (const file of chunkCss) {
      const css = await readFile(path.resolve(process.cwd(), file), 'utf8');
      if (seen.has(css)) continue;
      seen.add(css);
      await appendFile(path.join(BUILD_DIR, 'static/host.css'), `\n${css}`);
    }
    await monacoWorkers;
    await copyFile(path.join(HOST_DIR, 'src/index.html'), path.join(BUILD_DIR, 'index.html'));
    return BUILD_DIR;
  })();
  return building;
};
