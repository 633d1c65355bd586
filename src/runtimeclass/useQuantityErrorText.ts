import type { FieldError } from '../overhead/form';
import { MAX_POD_COUNT } from '../overhead/form';
import { usePluginTranslation } from '../shared/i18n';

/** What is wrong with a quantity or a pod count, in a sentence (the calculator, the editor). */
export const useQuantityErrorText = () => {
  const { t } = usePluginTranslation();
  return (error: FieldError | undefined): string | undefined => {
    switch (error) {
      case undefined:
        return undefined;
      case 'required':
        return t('Enter a value.');
      case 'invalid':
        return t('Enter a Kubernetes quantity, for example 512Mi, 2Gi or 500m.');
      case 'negative':
        return t('The value cannot be negative.');
      case 'notWholeNumber':
        return t('Enter a whole number of 1 or more.');
      case 'tooLarge':
        return t('Enter at most {{max}}.', { max: MAX_POD_COUNT });
    }
  };
};
