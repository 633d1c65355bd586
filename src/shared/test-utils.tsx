import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import en from '../../locales/en/plugin__sandboxed-containers-console-plugin.json';
import ja from '../../locales/ja/plugin__sandboxed-containers-console-plugin.json';
import { I18N_NAMESPACE } from './i18n';

/** An i18next instance loaded with the plugin's real locale files, as the console loads them. */
export const createTestI18n = (lng: 'en' | 'ja' = 'en') => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: [I18N_NAMESPACE],
    defaultNS: I18N_NAMESPACE,
    resources: { en: { [I18N_NAMESPACE]: en }, ja: { [I18N_NAMESPACE]: ja } },
    keySeparator: false,
    nsSeparator: '~',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
};

/** Renders a component with the plugin's translations and a router, like inside the console. */
export const renderWithI18n = (
  ui: ReactElement,
  { lng = 'en', route = '/' }: { lng?: 'en' | 'ja'; route?: string } = {},
) =>
  render(
    <I18nextProvider i18n={createTestI18n(lng)}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
