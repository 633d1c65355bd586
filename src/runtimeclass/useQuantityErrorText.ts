import type { FieldCheck } from '../overhead/form';
import { MAX_POD_COUNT } from '../overhead/form';
import { usePluginTranslation } from '../shared/i18n';

/** What is wrong with a quantity or a pod count, in a sentence (the calculator, the editor). */
export const useQuantityErrorText = () => {
  const { t } = usePluginTranslation();
  return ({ error, suffix }: Pick<FieldCheck, 'error' | 'suffix'>): string | undefined => {
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
      case 'outOfRange':
        return t('Kubernetes cannot store a value this large. Enter a smaller value.');
      case 'cpuUnitOnMemory':
        return t(
          'In a memory quantity, "{{suffix}}" means a fraction of a byte. For memory, use Ki, Mi or Gi, for example 500Mi.',
          { suffix },
        );
      case 'memoryUnitOnCpu':
        return t(
          '"{{suffix}}" is a memory unit. Give CPU in cores (1, 0.5) or millicores (500m).',
          { suffix },
        );
      case 'limitBelowRequest':
        return t('The memory limit cannot be less than the request.');
    }
  };
};
