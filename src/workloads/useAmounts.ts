import { useMemo } from 'react';
import { formatBytes, formatCores } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

/** Memory and CPU amounts in the user's language: "1.5 GiB", "250m". */
export const useAmounts = () => {
  const { i18n } = usePluginTranslation();
  const lng = i18n.language;
  return useMemo(
    () => ({
      memory: (bytes: number) => formatBytes(bytes, lng),
      cpu: (cores: number) => formatCores(cores, lng),
      count: (n: number) => new Intl.NumberFormat(lng).format(n),
    }),
    [lng],
  );
};
