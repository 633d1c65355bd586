import { FlexItem } from '@patternfly/react-core';
import { SelectField } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { SELECTOR_OPERATORS } from '../shared/validation';
import { useFormErrorText } from '../shared/useValidationMessage';
import { emptyExpressionRow, emptyLabelRow } from './form';
import type { FormErrors, KataConfigFormState } from './form';
import { KeyField, RowField, RowList } from './RowList';

type SelectorRowsProps = {
  value: KataConfigFormState;
  onChange: (patch: Partial<KataConfigFormState>) => void;
  errors: FormErrors;
  /** Prefix for element ids. */
  id: string;
};

const noValues = (operator: string) => operator === 'Exists' || operator === 'DoesNotExist';

/**
 * The pool selector as rows: `matchLabels` (key and value), then `matchExpressions` (key,
 * operator and comma-separated values).
 */
export const SelectorRows = ({ value, onChange, errors, id }: SelectorRowsProps) => {
  const { t } = usePluginTranslation();
  const error = useFormErrorText(errors);
  const texts = (kind: 'label' | 'expression') => ({
    addText: kind === 'label' ? t('Add label') : t('Add expression'),
    removeLabel: (n: number) =>
      kind === 'label'
        ? t('Remove label row {{n}}', { n })
        : t('Remove expression row {{n}}', { n }),
    addTest: `kataconfig-add-${kind}`,
    rowTest: `kataconfig-${kind}-row`,
  });
  return (
    <>
      <RowList
        {...texts('label')}
        rows={value.matchLabels}
        onChange={(matchLabels) => {
          onChange({ matchLabels });
        }}
        newRow={emptyLabelRow}
        fields={(row, i, set) => {
          const n = i + 1;
          const at = `matchLabels.${String(i)}`;
          return (
            <>
              <KeyField
                id={`${id}-label-${String(i)}-key`}
                label={t('Label key, row {{n}}', { n })}
                row={row}
                error={error(`${at}.key`)}
                set={set}
              />
              <RowField
                id={`${id}-label-${String(i)}-value`}
                aria-label={t('Label value, row {{n}}', { n })}
                placeholder={t('Value')}
                value={row.value}
                error={error(`${at}.value`)}
                onChange={(value) => {
                  set({ value });
                }}
              />
            </>
          );
        }}
      />
      <RowList
        {...texts('expression')}
        rows={value.matchExpressions}
        onChange={(matchExpressions) => {
          onChange({ matchExpressions });
        }}
        newRow={emptyExpressionRow}
        fields={(row, i, set) => {
          const n = i + 1;
          const at = `matchExpressions.${String(i)}`;
          const rowId = `${id}-expr-${String(i)}`;
          return (
            <>
              <KeyField
                id={`${rowId}-key`}
                label={t('Expression key, row {{n}}', { n })}
                row={row}
                error={error(`${at}.key`)}
                set={set}
              />
              <FlexItem>
                <SelectField
                  id={`${rowId}-op`}
                  aria-label={t('Operator, row {{n}}', { n })}
                  value={row.operator}
                  options={SELECTOR_OPERATORS}
                  keepUnknown
                  error={error(`${at}.operator`)}
                  onChange={(operator) => {
                    set({ operator, values: noValues(operator) ? '' : row.values });
                  }}
                />
              </FlexItem>
              <RowField
                id={`${rowId}-values`}
                aria-label={t('Values, row {{n}}', { n })}
                placeholder={
                  noValues(row.operator) ? t('No values') : t('Values, separated by commas')
                }
                value={row.values}
                isDisabled={noValues(row.operator) && row.values === ''}
                error={error(`${at}.values`)}
                onChange={(values) => {
                  set({ values });
                }}
              />
            </>
          );
        }}
      />
    </>
  );
};
