import { Flex, FlexItem } from '@patternfly/react-core';
import { TextField } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import type { ValidationError } from '../shared/validation';
import { emptyLabelRow, removeRow, updateRow } from './form';
import type { LabelRow } from './form';
import { AddButton, RemoveButton } from './PoolSelectorField';
import type { RowsProps } from './PoolSelectorField';
import { useValidationMessage } from './useValidationMessage';

/** `matchLabels` as rows of key and value. */
export const LabelRows = ({ rows, onChange, errors, id }: RowsProps<LabelRow>) => {
  const { t } = usePluginTranslation();
  const message = useValidationMessage();
  const error = (e: ValidationError | undefined) => (e ? message(e) : undefined);
  return (
    <>
      {rows.map((row, i) => {
        const n = i + 1;
        const at = `matchLabels.${String(i)}`;
        return (
          <Flex
            key={`label-${String(i)}`}
            alignItems={{ default: 'alignItemsFlexStart' }}
            data-test="kataconfig-label-row"
          >
            <FlexItem grow={{ default: 'grow' }}>
              <TextField
                id={`${id}-label-${String(i)}-key`}
                aria-label={t('Label key, row {{n}}', { n })}
                placeholder={t('Key')}
                value={row.key}
                error={error(errors[`${at}.key`])}
                onChange={(key) => {
                  onChange(updateRow(rows, i, { key }));
                }}
              />
            </FlexItem>
            <FlexItem grow={{ default: 'grow' }}>
              <TextField
                id={`${id}-label-${String(i)}-value`}
                aria-label={t('Label value, row {{n}}', { n })}
                placeholder={t('Value')}
                value={row.value}
                error={error(errors[`${at}.value`])}
                onChange={(value) => {
                  onChange(updateRow(rows, i, { value }));
                }}
              />
            </FlexItem>
            <RemoveButton
              label={t('Remove label row {{n}}', { n })}
              onClick={() => {
                onChange(removeRow(rows, i));
              }}
            />
          </Flex>
        );
      })}
      <AddButton
        text={t('Add label')}
        test="kataconfig-add-label"
        onClick={() => {
          onChange([...rows, emptyLabelRow()]);
        }}
      />
    </>
  );
};
