// npm run i18n:check (part of npm test). Fails when:
//  - locales/en is stale (differs from what the sources and console-extensions.json produce),
//  - a key is missing in ja or only in ja,
//  - a ja value copies the English (allowed only for product/kind names on the allowlist),
//  - ja lacks or adds an {{interpolation}} that the English has.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateEnglish, localeFile } from './lib.mjs';

// Strings that are the same in every language: kind and product names.
const SAME_IN_ALL_LANGUAGES = new Set([
  'KataConfig',
  'RuntimeClasses',
  'RuntimeClass',
  'YAML',
  'NodeFeatureDiscovery',
  'NodeFeatureRule',
  // The console's catalogues keep the kind name for the stand-alone label (public.json).
  'Namespace',
]);

const problems = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-'));
const fresh = generateEnglish(tmp);
const en = JSON.parse(fs.readFileSync(localeFile('en'), 'utf8'));
const ja = JSON.parse(fs.readFileSync(localeFile('ja'), 'utf8'));

const stale = [
  ...Object.keys(fresh)
    .filter((k) => !(k in en))
    .map((k) => `missing: ${k}`),
  ...Object.keys(en)
    .filter((k) => !(k in fresh))
    .map((k) => `unused: ${k}`),
];
if (stale.length) {
  problems.push(
    `locales/en is stale (run npm run i18n):\n    ${stale.slice(0, 20).join('\n    ')}`,
  );
}

const placeholders = (s) =>
  [...String(s).matchAll(/{{\s*([\w.]+)[^}]*}}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
for (const [key, value] of Object.entries(en)) {
  if (!(key in ja)) {
    problems.push(`ja is missing: ${key}`);
    continue;
  }
  const jv = ja[key];
  if (typeof jv !== 'string' || jv.trim() === '') problems.push(`ja is empty: ${key}`);
  else if (jv === value && /[a-z]{4,}/i.test(value) && !SAME_IN_ALL_LANGUAGES.has(value)) {
    problems.push(`ja copies the English: ${key}`);
  } else if (placeholders(value) !== placeholders(jv)) {
    problems.push(
      `ja interpolations differ from en (${placeholders(value)} vs ${placeholders(jv)}): ${key}`,
    );
  }
}
for (const key of Object.keys(ja))
  if (!(key in en)) problems.push(`ja has a key that en does not: ${key}`);

fs.rmSync(tmp, { recursive: true, force: true });
if (problems.length) {
  console.error(`i18n check failed (${problems.length} problems):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`i18n check passed: ${Object.keys(en).length} keys, en and ja in parity.`);
