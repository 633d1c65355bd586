import type { ReactNode } from 'react';
import { usePluginTranslation } from './i18n';
import './lang.css';

/**
 * Marks the plugin's content with the language it is written in. The console's <html> stays
 * lang="en" whatever the user's language (openshift/console release-4.22 public/index.html), so
 * without this a screen reader reads Japanese as English and `:lang(ja)` line breaking never
 * applies. `display: contents`: no box of its own, the page layout is unchanged.
 */
export const LangScope = ({ children }: { children: ReactNode }) => {
  const { i18n } = usePluginTranslation();
  return (
    <div lang={i18n.resolvedLanguage ?? i18n.language} className="scc-lang-scope">
      {children}
    </div>
  );
};
