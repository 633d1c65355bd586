import { Flex, FlexItem } from '@patternfly/react-core';
import { SelectField, TextField } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { SELECTOR_OPERATORS } from '../shared/validation';
import type { ValidationError } from '../shared/validation';
import { emptyExpressionRow, removeRow, updateRow } from './form';
import type { ExpressionRow } from './form';
import { AddButton, RemoveButton } from './PoolSelectorField';
import type { RowsProps } from './PoolSelectorField';
import { useValidationMessage } from './useValidationMessage';

const noValues = (operator: string) => operator === 'Exists' || operator === 'DoesNotExist';

/** `matchExpressions` as rows of key, operator and comma-separated values. */
export const ExpressionRows = ({ rows, onChange, errors, id }: RowsProps<ExpressionRow>) => {
  const { t } = usePluginTranslation();
  const message = useValidationMessage();
  const error = (e: ValidationError | undefined) => (e ? message(e) : undefined);
  return (
    <>
      {rows.map((row, i) => {
        const n = i + 1;
        const at = `matchExpressions.${String(i)}`;
        const rowId = `${id}-expr-${String(i)}`;
        return (
          <Flex
            key={`expr-${String(i)}`}
            alignItems={{ default: 'alignItemsFlexStart' }}
            data-test="kataconfig-expression-row"
          >
            <FlexItem grow={{ default: 'grow' }}>
              <TextField
                id={`${rowId}-key`}
                aria-label={t('Expression key, row {{n}}', { n })}
                placeholder={t('Key')}
                value={row.key}
                error={error(errors[`${at}.key`])}
                onChange={(key) => {
                  onChange(updateRow(rows, i, { key }));
                }}
              />
            </FlexItem>
            <FlexItem>
              <SelectField
                id={`${rowId}-op`}
                aria-label={t('Operator, row {{n}}', { n })}
                value={row.operator}
                options={SELECTOR_OPERATORS}
                keepUnknown
                error={error(errors[`${at}.operator`])}
                onChange={(operator) => {
                  const values = noValues(operator) ? '' : row.values;
                  onChange(updateRow(rows, i, { operator, values }));
                }}
              />
            </FlexItem>
            <FlexItem grow={{ default: 'grow' }}>
              <TextField
                id={`${rowId}-values`}
                aria-label={t('Values, row {{n}}', { n })}
                placeholder={
                  noValues(row.operator) ? t('No values') : t('Values, separated by commas')
                }
                value={row.values}
                isDisabled={noValues(row.operator) && row.values === ''}
                error={error(errors[`${at}.values`])}
                onChange={(values) => {
                  onChange(updateRow(rows, i, { values }));
                }}
              />
            </FlexItem>
            <RemoveButton
              label={t('Remove expression row {{n}}', { n })}
              onClick={() => {
                onChange(removeRow(rows, i));
              }}
            />
          </Flex>
        );
      })}
      <AddButton
        text={t('Add expression')}
        test="kataconfig-add-expression"
        onClick={() => {
          onChange([...rows, emptyExpressionRow()]);
        }}
      />
    </>
  );
};
