import { Suspense, lazy } from 'react';
import {
  Drawer,
  DrawerContent,
  DrawerContentBody,
  DrawerPanelContent,
  EmptyState,
  EmptyStateBody,
  Skeleton,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { NodeKind } from '../models';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { useListMayGrow } from '../shared/useListMayGrow';
import { EligibilityCallouts } from './EligibilityCallouts';
import { EligibilitySummary } from './EligibilitySummary';
import { EligibilityTable } from './EligibilityTable';
import { EligibilityToolbar } from './EligibilityToolbar';
import { explainCheck } from './evaluate';
import type { EligibilityRow } from './table';
import type { EligibilityContext } from './types';
import { useChecksDrawer } from './useChecksDrawer';
import { useEligibilityRows } from './useEligibilityRows';

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
  const explain = (row: EligibilityRow) => {
    const check = row.evaluation.firstFailing;
    return check && explainCheck(row.node, context, check.id);
  };

  const panel = (
    <DrawerPanelContent
      widths={{ default: 'width_50' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') drawer.close();
      }}
      data-test="checks-panel"
    >
      {selectedRow && (
        <Suspense
          fallback={<Skeleton height="300px" screenreaderText={t('Loading eligibility checks')} />}
        >
          <ChecksPanel
            row={selectedRow}
            context={context}
            titleRef={drawer.titleRef}
            onClose={drawer.close}
          />
        </Suspense>
      )}
    </DrawerPanelContent>
  );

  return (
    <Stack hasGutter>
      <EligibilityCallouts context={context} />
      {mayGrow ? (
        <StackItem>
          <Alert
            variant="info"
            isInline
            isPlain
            title={t('Loading more nodes: {{number}} so far', {
              number: new Intl.NumberFormat(i18n.language).format(nodes.length),
            })}
            data-test="nodes-still-loading"
          />
        </StackItem>
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
        <Drawer isExpanded={selectedRow !== undefined} isInline>
          <DrawerContent panelContent={panel}>
            <DrawerContentBody>
              {shown.length === 0 ? (
                <EmptyState
                  headingLevel="h2"
                  titleText={t('No nodes match the filters')}
                  data-test="no-match"
                >
                  <EmptyStateBody>{t('Clear the filters to see all nodes.')}</EmptyStateBody>
                </EmptyState>
              ) : (
                <EligibilityTable
                  rows={shown}
                  sort={sort}
                  onSort={setSort}
                  selected={drawer.selected}
                  onSelect={drawer.toggle}
                  explain={explain}
                  viewportHeight={viewportHeight}
                />
              )}
            </DrawerContentBody>
          </DrawerContent>
        </Drawer>
      </StackItem>
    </Stack>
  );
};
