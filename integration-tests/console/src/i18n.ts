/**
 * i18next set up like the console's: initReactI18next, `keySeparator: false`, `nsSeparator: '~'`,
 * and each plugin namespace preloaded in en and ja from the plugin's `locales/` before rendering.
 */
import i18n from 'i18next';
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
  document.documentElement.lang = lng;
  await i18n.changeLanguage(lng);
};

export const initI18n = async (): Promise<void> => {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    keySeparator: false,
    nsSeparator: '~',
    defaultNS: 'console-host',
    ns: ['console-host'],
    resources: { en: { 'console-host': hostStrings.en }, ja: { 'console-host': hostStrings.ja } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
};

/** Loads `<baseURL>locales/<lng>/<namespace>.json` for every language (the console's Preload). */
export const loadPluginLocales = async (baseURL: string, namespace: string): Promise<void> => {
  await Promise.all(
    LANGUAGES.map(async (lng) => {
      const res = await fetch(`${baseURL}locales/${lng}/${namespace}.json`);
      if (!res.ok) throw new Error(`Cannot load ${lng} locale of ${namespace}: HTTP ${res.status}`);
      i18n.addResourceBundle(
        lng,
        namespace,
        (await res.json()) as Record<string, string>,
        true,
        true,
      );
    }),
  );
};

/** `%namespace~Key%` strings in extension properties, translated with the active language. */
export const resolveLabel = (t: (key: string) => string, label: string): string => {
  const match = /^%(.+)%$/.exec(label);
  return match?.[1] ? t(match[1]) : label;
};

export { i18n };
