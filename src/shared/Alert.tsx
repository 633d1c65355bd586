import type { AlertProps } from '@patternfly/react-core';
import { Alert as PfAlert } from '@patternfly/react-core';
import { usePluginTranslation } from './i18n';

/**
 * PatternFly's Alert with its screen-reader prefix ("Warning alert:") translated: PatternFly's
 * default is English, which Japanese users of a screen reader would hear on every alert.
 * Every alert of the plugin comes from here.
 */
export const Alert = (props: AlertProps) => {
  const { t } = usePluginTranslation();
  const labels: Record<NonNullable<AlertProps['variant']>, string> = {
    danger: t('Danger alert:'),
    warning: t('Warning alert:'),
    info: t('Info alert:'),
    success: t('Success alert:'),
    custom: t('Alert:'),
  };
  return <PfAlert variantLabel={labels[props.variant ?? 'custom']} {...props} />;
};
