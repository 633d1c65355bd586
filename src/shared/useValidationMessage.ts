import { useCallback } from 'react';
import type { ValidationError } from './validation';
import { usePluginTranslation } from './i18n';

/** Errors by field path (a form's validate function). */
type FormErrors = Partial<Record<string, ValidationError>>;

/** Translates a validation error code (src/shared/validation.ts) into a sentence. */
export const useValidationMessage = () => {
  const { t } = usePluginTranslation();
  return useCallback(
    (e: ValidationError): string => {
      const max = e.max ?? 0;
      switch (e.code) {
        case 'required':
          return t('Required.');
        case 'label-key-prefix-empty':
          return t('The prefix before "/" must not be empty.');
        case 'label-key-prefix-too-long':
          return t('The prefix before "/" must be no more than {{max}} characters.', { max });
        case 'label-key-prefix-invalid':
          return t(
            'The prefix before "/" must be a DNS subdomain: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
          );
        case 'label-key-name-empty':
          return t('The name after "/" must not be empty.');
        case 'label-key-name-too-long':
          return t('The name part of a label key must be no more than {{max}} characters.', {
            max,
          });
        case 'label-key-name-invalid':
          return t(
            'The name part of a label key may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit.',
          );
        case 'label-key-too-many-slashes':
          return t('A label key may contain at most one "/".');
        case 'label-key-duplicate':
          return t('This label key is already used in another row.');
        case 'label-value-too-long':
          return t('A label value must be no more than {{max}} characters.', {
            max,
          });
        case 'label-value-invalid':
          return e.value === undefined
            ? t(
                'A label value may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit.',
              )
            : t(
                'The value "{{value}}" is not a valid label value: use only letters, digits, "-", "_" and ".", starting and ending with a letter or digit.',
                { value: e.value },
              );
        case 'name-too-long':
          return t('A name must be no more than {{max}} characters.', { max });
        case 'name-invalid':
          return t(
            'A name may contain only lowercase letters, digits, "-" and ".", and must start and end with a letter or digit.',
          );
        case 'operator-invalid':
          return t('The operator must be In, NotIn, Exists or DoesNotExist.');
        case 'values-required':
          return t('In and NotIn need at least one value.');
        case 'values-forbidden':
          return t('Exists and DoesNotExist take no values.');
        case 'log-level-invalid':
          return t('Choose one of the CRI-O log levels.');
      }
    },
    [t],
  );
};

/** The sentence for the form error at a field path (validateForm's errors), if there is one. */
export const useFormErrorText = (errors: FormErrors) => {
  const message = useValidationMessage();
  return (path: string): string | undefined => {
    const error = errors[path];
    return error ? message(error) : undefined;
  };
};
