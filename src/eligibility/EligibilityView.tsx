import { Suspense, lazy } from 'react';
import type { CSSProperties } from 'react';
import { Flex, FlexItem, Skeleton, Stack, StackItem } from '@patternfly/react-core';
import type { NodeKind } from '../models';
import { MoreLoading } from '../shared/MoreLoading';
import { usePluginTranslation } from '../shared/i18n';
import { useListMayGrow } from '../shared/useListMayGrow';
import { EligibilityCallouts } from './EligibilityCallouts';
import { EligibilitySummary } from './EligibilitySummary';
import { EligibilityTable } from './EligibilityTable';
import { EligibilityToolbar } from './EligibilityToolbar';
import { NoMatch } from './NoMatch';
import { explainCheck } from './evaluate';
import type { EligibilityRow } from './table';
import type { EligibilityContext } from './types';
import { useChecksDrawer } from './useChecksDrawer';
import { useEligibilityRows } from './useEligibilityRows';

/**
 * The checks panel beside the table stays in view while the page scrolls (no drawer: a drawer
 * scrolls in a box of its own, and the table has to scroll with the page).
 */
const PANEL_STYLE: CSSProperties = {
  position: 'sticky',
  top: 0,
  maxHeight: '100vh',
  overflowY: 'auto',
  flex: '0 0 min(35%, 26rem)',
};
const TABLE_STYLE: CSSProperties = { flex: '1 1 0', minWidth: 0 };

/** The checks of one node: fetched when a row is first opened, not before the page paints. */
const ChecksPanel = lazy(() => import('./ChecksPanel'));

type EligibilityViewProps = {
  nodes: NodeKind[];
  context: EligibilityContext;
  /** Scroll viewport height in px (tests; the console uses the CSS height). */
  viewportHeight?: number;
};

/** Callouts, summary cards, filters and the table of every node, with a drawer of its checks. */
export const EligibilityView = ({ nodes, context, viewportHeight }: EligibilityViewProps) => {
  const { t, i18n } = usePluginTranslation();
  // The console delivers large node lists in pages of 250: say when the counts may be partial.
  const mayGrow = useListMayGrow(nodes.length);
  const { rows, counts, shown, filters, setFilters, sort, setSort } = useEligibilityRows(
    nodes,
    context,
  );
  const drawer = useChecksDrawer();
  const selectedRow =
    drawer.selected === undefined
      ? undefined
      : rows.find((r) => r.evaluation.name === drawer.selected);
  // The reason column cites evidence (an instance type, an OS): explained for shown rows only.
  // An eligible row with a warning (cordoned) shows the warning.
  const explain = (row: EligibilityRow) => {
    const check = row.evaluation.firstFailing ?? row.evaluation.warning;
    return check && explainCheck(row.node, context, check.id);
  };

  return (
    <Stack hasGutter>
      <EligibilityCallouts context={context} />
      {mayGrow ? (
        <MoreLoading
          title={t('Loading more nodes: {{number}} so far', {
            number: new Intl.NumberFormat(i18n.language).format(nodes.length),
          })}
          data-test="nodes-still-loading"
        />
      ) : null}
      <StackItem>
        <EligibilitySummary
          counts={counts}
          active={filters.status}
          onFilter={(status) => {
            setFilters({ ...filters, status });
          }}
        />
      </StackItem>
      <StackItem>
        <EligibilityToolbar
          filters={filters}
          onChange={setFilters}
          shown={shown.length}
          total={rows.length}
        />
      </StackItem>
      <StackItem isFilled>
        <Flex flexWrap={{ default: 'nowrap' }} alignItems={{ default: 'alignItemsFlexStart' }}>
          <FlexItem style={TABLE_STYLE}>
            {shown.length === 0 ? (
              <NoMatch
                onClear={() => {
                  setFilters({ text: '', status: 'all', role: 'all' });
                }}
              />
            ) : (
              <EligibilityTable
                rows={shown}
                sort={sort}
                onSort={setSort}
                selected={drawer.selected}
                onSelect={drawer.toggle}
                explain={explain}
                narrow={selectedRow !== undefined}
                viewportHeight={viewportHeight}
              />
            )}
          </FlexItem>
          {selectedRow ? (
            <FlexItem
              style={PANEL_STYLE}
              onKeyDown={(e) => {
                if (e.key === 'Escape') drawer.close();
              }}
              data-test="checks-panel"
            >
              <Suspense
                fallback={
                  <Skeleton height="300px" screenreaderText={t('Loading eligibility checks')} />
                }
              >
                <ChecksPanel
                  row={selectedRow}
                  context={context}
                  titleRef={drawer.titleRef}
                  onClose={drawer.close}
                />
              </Suspense>
            </FlexItem>
          ) : null}
        </Flex>
      </StackItem>
    </Stack>
  );
};
