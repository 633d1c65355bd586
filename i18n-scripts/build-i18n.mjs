// npm run i18n: regenerate locales/en from t() calls and extension labels; keep ja sorted.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, generateEnglish, localeFile, sortKeys } from './lib.mjs';

const en = generateEnglish(path.join(ROOT, 'locales'));
const jaFile = localeFile('ja');
const ja = JSON.parse(fs.readFileSync(jaFile, 'utf8'));
fs.writeFileSync(jaFile, `${JSON.stringify(sortKeys(ja), null, 2)}\n`);
const missing = Object.keys(en).filter((k) => !(k in ja));
console.log(`locales/en: ${Object.keys(en).length} keys; missing in ja: ${missing.length}`);
for (const k of missing) console.log(`  - ${k}`);
