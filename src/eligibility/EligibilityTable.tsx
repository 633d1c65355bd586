import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import type { ThProps } from '@patternfly/react-table';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { KataStateLabel, VerdictLabel } from './labels';
import type { EligibilityRow, Sort, SortColumn } from './table';
import type { CheckResult } from './types';
import { useEligibilityText } from './useEligibilityText';
import { NO_WRAP, ROW_HEIGHT, ROW_STYLE, scrollStyle, useTableWindow } from './useTableWindow';

/** Sort key of each column by index (undefined: not sortable). */
const SORTABLE: readonly (SortColumn | undefined)[] = ['name', undefined, 'verdict', 'kataState'];

type EligibilityTableProps = {
  rows: EligibilityRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected?: string;
  /** `trigger` is the button that asked, to give focus back when the panel closes. */
  onSelect: (name: string, trigger: HTMLElement) => void;
  /** The check that explains a row's verdict, with its evidence (computed for shown rows only). */
  explain: (row: EligibilityRow) => CheckResult | undefined;
  /** Height of the scroll container in px; by default the CSS height, measured. */
  viewportHeight?: number;
};

/**
 * All nodes in a PatternFly table, windowed by hand: only the rows in view (plus overscan) are in
 * the DOM, between two spacer rows, so 5,000 nodes stay cheap. Not the SDK's VirtualizedTable:
 * the console host provides only the SDK components listed in the house rules, and rows open a
 * details panel with every check, which we want under our own control (keyboard, selection).
 */
export const EligibilityTable = ({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  explain,
  viewportHeight,
}: EligibilityTableProps) => {
  const { t } = usePluginTranslation();
  const { reasonOf } = useEligibilityText();
  const { scrollRef, onScroll, start, end } = useTableWindow(rows.length, viewportHeight);

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
    <div
      ref={scrollRef}
      style={scrollStyle(viewportHeight)}
      onScroll={onScroll}
      data-test="eligibility-scroll"
    >
      <Table
        aria-label={t('Node eligibility')}
        aria-rowcount={rows.length + 1}
        variant="compact"
        // Never the stacked mobile layout: the windowing needs one fixed-height line per row.
        gridBreakPoint=""
        isStickyHeader
        data-test="eligibility-table"
      >
        <Thead>
          <Tr aria-rowindex={1}>
            <Th sort={sortParams(0)} width={25}>
              {t('Name')}
            </Th>
            <Th width={15}>{t('Roles')}</Th>
            <Th sort={sortParams(2)} width={15} modifier="nowrap">
              {t('Eligibility')}
            </Th>
            <Th sort={sortParams(3)} width={15} modifier="nowrap">
              {t('Kata runtime')}
            </Th>
            <Th width={30}>{t('Reason')}</Th>
            <Th screenReaderText={t('Details')} />
          </Tr>
        </Thead>
        <Tbody>
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
                data-test="eligibility-row"
              >
                <Td dataLabel={t('Name')} modifier="truncate">
                  <ResourceLink groupVersionKind={NodeGVK} name={name} />
                </Td>
                <Td dataLabel={t('Roles')} modifier="truncate">
                  {row.roles.join(', ')}
                </Td>
                <Td dataLabel={t('Eligibility')} modifier="nowrap">
                  <VerdictLabel verdict={verdict} />
                </Td>
                <Td dataLabel={t('Kata runtime')} modifier="nowrap">
                  <KataStateLabel state={kataState} />
                </Td>
                <Td dataLabel={t('Reason')} modifier="truncate" data-test="reason">
                  {reasonOf(explain(row))}
                </Td>
                <Td modifier="nowrap">
                  <Button
                    variant="link"
                    size="sm"
                    // Inline link buttons wrap by default (per character in Japanese).
                    style={NO_WRAP}
                    aria-label={t('Show checks for {{name}}', { name })}
                    aria-expanded={selected === name}
                    onClick={(e) => {
                      onSelect(name, e.currentTarget);
                    }}
                  >
                    {t('Checks')}
                  </Button>
                </Td>
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
