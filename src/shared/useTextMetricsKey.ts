import { useEffect, useState } from 'react';
import { usePluginTranslation } from './i18n';

/**
 * A key that changes when the width of text may have changed without the component being told:
 * the language switched (the tab labels are other words) or a web font finished loading (Japanese
 * glyphs arrive after the first paint). PatternFly's Tabs measure the active tab once to place
 * their underline; keyed on this, they measure again (seen in the Japanese screenshots: the
 * underline stayed under the previous label widths). Only for tabs that hold no content: a new
 * key remounts their children (the KataConfig page's sub-tabs hold the editor, whose state a
 * remount would lose).
 */
export const useTextMetricsKey = (): string => {
  const { i18n } = usePluginTranslation();
  const [fontLoads, setFontLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts?.addEventListener) return undefined;
    const onLoaded = () => {
      setFontLoads((n) => n + 1);
    };
    fonts.addEventListener('loadingdone', onLoaded);
    return () => {
      fonts.removeEventListener('loadingdone', onLoaded);
    };
  }, []);
  return `${i18n.language}:${String(fontLoads)}`;
};
