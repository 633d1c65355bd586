/**
 * i18next set up like the console's (public/i18n.js): i18next-http-backend loading
 * `/locales/resource.json?lng=<lng>&ns=<ns>` (the console's server proxies `plugin__<name>`
 * namespaces to the plugin's `locales/<lng>/<ns>.json`, pkg/plugins/handlers.go
 * HandleI18nResources), the Preload plugins' namespaces in `ns` so they load at init for the
 * language and its fallback `en`, `useSuspense: true` (a component whose namespace is not loaded
 * suspends to the nearest <Suspense>), `keySeparator: false`, `nsSeparator: '~'`,
 * `contextSeparator: '~'`, `load: 'languageOnly'`, and `saveMissing` with a handler that logs
 * `Missing i18n key "<key>" in namespace "<ns>" and language "<lng>".` as console.error.
 */
import i18n from 'i18next';
import HttpBackend from 'i18next-http-backend';
import { initReactI18next } from 'react-i18next';
import { hostStrings } from './host-strings';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'console-host.language';

const isLanguage = (v: string | null | undefined): v is Language => LANGUAGES.some((l) => l === v);

/** `?lng=` wins, then the remembered choice, then English. */
export const initialLanguage = (): Language => {
  const fromQuery = new URLSearchParams(window.location.search).get('lng');
  if (isLanguage(fromQuery)) {
    window.localStorage.setItem(STORAGE_KEY, fromQuery);
    return fromQuery;
  }
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'en';
};

export const changeLanguage = async (lng: Language): Promise<void> => {
  window.localStorage.setItem(STORAGE_KEY, lng);
  // <html lang> stays "en", as the console's public/index.html has it in every language.
  await i18n.changeLanguage(lng);
};

export const LOCALES_PATH = '/locales/resource.json';

export const initI18n = async (pluginNamespaces: string[]): Promise<void> => {
  const lng = initialLanguage();
  await i18n
    .use(HttpBackend)
    .use(initReactI18next)
    .init({
      backend: { loadPath: `${LOCALES_PATH}?lng={{lng}}&ns={{ns}}` },
      lng,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      load: 'languageOnly',
      keySeparator: false,
      nsSeparator: '~',
      contextSeparator: '~',
      defaultNS: 'console-host',
      ns: ['console-host', ...pluginNamespaces],
      // The host's own strings are bundled; the backend loads only what is not.
      partialBundledLanguages: true,
      resources: { en: { 'console-host': hostStrings.en }, ja: { 'console-host': hostStrings.ja } },
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      saveMissing: true,
      missingKeyHandler: (lngs, ns, key) => {
        // The console's own handler (public/i18n.js): a missing key is an error in its e2e.
        console.error(
          `Missing i18n key "${key}" in namespace "${ns}" and language "${lngs.join(',')}".`,
        );
      },
    });
};

/** `%namespace~Key%` strings in extension properties, translated with the active language. */
export const resolveLabel = (t: (key: string) => string, label: string): string => {
  const match = /^%(.+)%$/.exec(label);
  return match?.[1] ? t(match[1]) : label;
};

export { i18n };
