import { useCallback } from 'react';
import { usePluginTranslation } from './i18n';
import { platformName } from './platformName';

/** The Infrastructure platform in words: product names as they are, generic ones translated. */
export const usePlatformName = () => {
  const { t } = usePluginTranslation();
  return useCallback(
    (platform: string): string => {
      const name = platformName(platform);
      if (typeof name === 'string') return name;
      switch (name.generic) {
        case 'baremetal':
          return t('Bare metal');
        case 'none':
          return t('None (no platform integration)');
        case 'external':
          return t('External platform');
      }
    },
    [t],
  );
};
