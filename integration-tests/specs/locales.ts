/** The plugin's built locales, so specs can expect the same text the page shows. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const NS = 'plugin__sandboxed-containers-console-plugin';
export type Lng = 'en' | 'ja';

const load = (lng: Lng): Record<string, string> => {
  try {
    return JSON.parse(
      readFileSync(path.resolve(__dirname, `../../dist/locales/${lng}/${NS}.json`), 'utf8'),
    ) as Record<string, string>;
  } catch {
    return {};
  }
};

const bundles: Record<Lng, Record<string, string>> = { en: load('en'), ja: load('ja') };

/** The translation of `key` (English sentence) like i18next would pick it, with en fallback. */
export const tr = (lng: Lng, key: string): string => bundles[lng][key] || bundles.en[key] || key;
