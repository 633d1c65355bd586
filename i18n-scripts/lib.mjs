// Shared by build-i18n.mjs and check-i18n.mjs: regenerate the English catalogue from the sources.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NAMESPACE = 'plugin__sandboxed-containers-console-plugin';
export const localeFile = (lng, root = path.join(ROOT, 'locales')) =>
  path.join(root, lng, `${NAMESPACE}.json`);

/** `%plugin__…~Label%` strings of console-extensions.json: the console translates them too. */
export const extensionKeys = () => {
  const text = fs.readFileSync(path.join(ROOT, 'console-extensions.json'), 'utf8');
  const re = new RegExp(`%${NAMESPACE}~([^%]+)%`, 'g');
  return [...text.matchAll(re)].map((m) => m[1]);
};

const sortKeys = (obj) =>
  Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Runs i18next-parser into `outDir` and adds the extension labels; returns the English catalogue. */
export const generateEnglish = (outDir) => {
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/i18next'),
    [
      '-c',
      path.join(ROOT, 'i18next-parser.config.js'),
      '-o',
      path.join(outDir, '$LOCALE/$NAMESPACE.json'),
      '--silent',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const file = localeFile('en', outDir);
  const en = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const key of extensionKeys()) en[key] ??= key;
  const sorted = sortKeys(en);
  fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
};

export { sortKeys };
