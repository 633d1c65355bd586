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

type ManifestExtension = { type: string; properties: Record<string, unknown> };

/** The built plugin's extensions (dist/plugin-manifest.json). */
export const manifestExtensions = (): ManifestExtension[] =>
  (
    JSON.parse(
      readFileSync(path.resolve(__dirname, '../../dist/plugin-manifest.json'), 'utf8'),
    ) as { extensions: ManifestExtension[] }
  ).extensions;

/** `%namespace~Key%` -> Key, as the console resolves extension labels. */
export const labelKey = (label: unknown): string => {
  const text = typeof label === 'string' ? label : '';
  return /^%[^~]+~(.+)%$/.exec(text)?.[1] ?? text;
};

/** The translated label of the plugin's nav entry and of its Node tab. */
export const navLabel = (lng: Lng): string =>
  tr(
    lng,
    labelKey(
      manifestExtensions().find((e) => e.type === 'console.navigation/href')?.properties.name,
    ),
  );

export const nodeTabLabel = (lng: Lng): string => {
  const tab = manifestExtensions().find((e) => e.type === 'console.tab/horizontalNav');
  const page = tab?.properties.page as { name?: string } | undefined;
  return tr(lng, labelKey(page?.name));
};
