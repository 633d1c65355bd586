import type { ReactNode } from 'react';
import { Button, Flex, FlexItem } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { TextField } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { removeRow, updateRow } from './form';

type RowListProps<Row> = {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  addText: string;
  removeLabel: (n: number) => string;
  /** data-test of each row and of the add button. */
  rowTest: string;
  addTest: string;
  /** The fields of row `i` (1-based `n`); `set` patches that row. */
  fields: (row: Row, i: number, set: (patch: Partial<Row>) => void) => ReactNode;
};

/** Editable rows (the pool selector's labels and expressions): fields, remove, and add. */
export const RowList = <Row,>({
  rows,
  onChange,
  newRow,
  addText,
  removeLabel,
  rowTest,
  addTest,
  fields,
}: RowListProps<Row>) => (
  <>
    {rows.map((row, i) => (
      <Flex
        // Rows have no identity of their own: the index is what the error paths use too.
        key={String(i)}
        alignItems={{ default: 'alignItemsFlexStart' }}
        data-test={rowTest}
      >
        {fields(row, i, (patch) => {
          onChange(updateRow(rows, i, patch));
        })}
        <FlexItem>
          <Button
            variant="plain"
            aria-label={removeLabel(i + 1)}
            icon={<MinusCircleIcon />}
            onClick={() => {
              onChange(removeRow(rows, i));
            }}
          />
        </FlexItem>
      </Flex>
    ))}
    <div>
      <Button
        variant="link"
        isInline
        icon={<PlusCircleIcon />}
        onClick={() => {
          onChange([...rows, newRow()]);
        }}
        data-test={addTest}
      >
        {addText}
      </Button>
    </div>
  </>
);

/** One text field of a row, taking the room the row leaves. */
export const RowField = (props: Parameters<typeof TextField>[0]) => (
  <FlexItem grow={{ default: 'grow' }}>
    <TextField {...props} />
  </FlexItem>
);

type KeyFieldProps = {
  id: string;
  label: string;
  row: { key: string };
  error: string | undefined;
  set: (patch: { key: string }) => void;
};

/** The key of a label or expression row. */
export const KeyField = ({ id, label, row, error, set }: KeyFieldProps) => {
  const { t } = usePluginTranslation();
  return (
    <RowField
      id={id}
      aria-label={label}
      placeholder={t('Key')}
      value={row.key}
      error={error}
      onChange={(key) => {
        set({ key });
      }}
    />
  );
};
