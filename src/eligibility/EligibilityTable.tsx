import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { ThProps } from '@patternfly/react-table';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { useRowKeys } from '../shared/useRowKeys';
import { ChecksButton } from './ChecksButton';
import { KataStateLabel, ReasonText, VerdictLabel } from './labels';
import type { EligibilityRow, Sort, SortColumn } from './table';
import type { CheckResult } from './types';
import { NO_WRAP, REASON_STYLE, ROW_HEIGHT, ROW_STYLE, useTableWindow } from './useTableWindow';

/** Sort key of each column by index (undefined: not sortable). */
const SORTABLE: readonly (SortColumn | undefined)[] = ['name', undefined, 'verdict', 'kataState'];

type EligibilityTableProps = {
  rows: EligibilityRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected?: string;
  /** `trigger` is the row or button that asked, to give focus back when the panel closes. */
  onSelect: (name: string, trigger: HTMLElement) => void;
  /**
   * The check that explains a row's verdict, or the warning of an eligible row, with its evidence
   * (computed for shown rows only).
   */
  explain: (row: EligibilityRow) => CheckResult | undefined;
  /** The checks panel is open beside the table: Roles and Kata runtime give their width. */
  narrow: boolean;
  /** Height of the page's scroll container in px; by default measured. */
  viewportHeight?: number;
};

/**
 * All nodes in a PatternFly table that scrolls with the page, windowed over the console's scroll
 * container like the SDK's VirtualizedTable (only the rows in view, plus overscan, are in the DOM,
 * between two spacer rows). Not VirtualizedTable itself: rows open a checks panel under our own
 * keyboard control (one tab stop per row), and its react-virtualized rows cannot be given that.
 */
export const EligibilityTable = (props: EligibilityTableProps) => {
  const { rows, sort, onSort, selected, onSelect, explain, narrow, viewportHeight } = props;
  const { t } = usePluginTranslation();
  const { tableRef, start, end } = useTableWindow(rows.length, viewportHeight);
  const { bodyRef, rowProps } = useRowKeys<HTMLTableRowElement>(onSelect);

  const activeIndex = SORTABLE.indexOf(sort.column);
  const sortParams = (columnIndex: number): ThProps['sort'] => ({
    columnIndex,
    sortBy: { index: activeIndex, direction: sort.direction },
    onSort: (_e, index, direction) => {
      const column = SORTABLE[index];
      if (column) onSort({ column, direction });
    },
  });

  return (
    <div ref={tableRef} data-test="eligibility-scroll">
      <Table
        aria-label={t('Node eligibility')}
        aria-rowcount={rows.length + 1}
        variant="compact"
        // Never the stacked mobile layout: the windowing needs one fixed-height line per row.
        gridBreakPoint=""
        data-test="eligibility-table"
      >
        <Thead>
          <Tr aria-rowindex={1}>
            <Th sort={sortParams(0)} width={narrow ? 35 : 20}>
              {t('Name')}
            </Th>
            {narrow ? null : <Th width={10}>{t('Roles')}</Th>}
            <Th sort={sortParams(2)} width={narrow ? 20 : 10} modifier="nowrap">
              {t('Eligibility')}
            </Th>
            {narrow ? null : (
              <Th sort={sortParams(3)} width={15} modifier="nowrap">
                {t('Kata runtime')}
              </Th>
            )}
            <Th width={45}>{t('Reason')}</Th>
            {narrow ? null : <Th screenReaderText={t('Details')} />}
          </Tr>
        </Thead>
        <Tbody ref={bodyRef}>
          {start > 0 && (
            <Tr aria-hidden="true" style={{ height: start * ROW_HEIGHT }} data-test="spacer-top" />
          )}
          {rows.slice(start, end).map((row, i) => {
            const { name, verdict, kataState } = row.evaluation;
            return (
              <Tr
                key={name}
                style={ROW_STYLE}
                aria-rowindex={start + i + 2}
                isRowSelected={selected === name}
                // PatternFly's primary-detail pattern: the row opens its details beside the table.
                isClickable
                onRowClick={(e) => {
                  if (e?.currentTarget instanceof HTMLElement) onSelect(name, e.currentTarget);
                }}
                data-test="eligibility-row"
                {...rowProps(name)}
              >
                <Td dataLabel={t('Name')} modifier="breakWord">
                  <ResourceLink groupVersionKind={NodeGVK} name={name} />
                </Td>
                {narrow ? null : (
                  <Td dataLabel={t('Roles')}>
                    {/* One role a line, never broken at its hyphen (control-plane). */}
                    {row.roles.map((role) => (
                      <div key={role} style={NO_WRAP}>
                        {role}
                      </div>
                    ))}
                  </Td>
                )}
                <Td dataLabel={t('Eligibility')} modifier="nowrap">
                  <VerdictLabel verdict={verdict} />
                </Td>
                {narrow ? null : (
                  <Td dataLabel={t('Kata runtime')} modifier="nowrap">
                    <KataStateLabel state={kataState} />
                  </Td>
                )}
                <Td dataLabel={t('Reason')} data-test="reason">
                  <span style={REASON_STYLE}>
                    <ReasonText check={explain(row)} />
                  </span>
                </Td>
                {narrow ? null : (
                  <Td modifier="nowrap">
                    <ChecksButton name={name} expanded={selected === name} onSelect={onSelect} />
                  </Td>
                )}
              </Tr>
            );
          })}
          {end < rows.length && (
            <Tr
              aria-hidden="true"
              style={{ height: (rows.length - end) * ROW_HEIGHT }}
              data-test="spacer-bottom"
            />
          )}
        </Tbody>
      </Table>
    </div>
  );
};
