import { useTranslation } from 'react-i18next';

/** The plugin's only i18n namespace; the console loads locales/<lang>/<namespace>.json. */
export const I18N_NAMESPACE = 'plugin__sandboxed-containers-console-plugin';

/** `t()` bound to the plugin's namespace. Keys are the English sentences. */
export const usePluginTranslation = () => useTranslation(I18N_NAMESPACE);
