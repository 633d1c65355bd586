/**
 * Source-level security checks: no dynamic code evaluation or raw HTML injection in src/, and no
 * source maps in the production bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const SRC = __dirname;
const ROOT = path.resolve(SRC, '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|jsx)$/.test(e.name) && p !== __filename ? [p] : [];
  });

const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML =', /\.(inner|outer)HTML\s*=/],
  ['document.write', /document\.write/],
];

describe('security', () => {
  const files = sourceFiles(SRC);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)('no %s in src/', (_name, re) => {
    const offenders = files.filter((f) => re.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the production webpack config has devtool: false', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require('../webpack.config') as { default: { devtool?: unknown } };
        expect(mod.default.devtool).toBe(false);
      });
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
