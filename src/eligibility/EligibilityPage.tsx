import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Drawer,
  DrawerActions,
  DrawerCloseButton,
  DrawerContent,
  DrawerContentBody,
  DrawerHead,
  DrawerPanelBody,
  DrawerPanelContent,
  EmptyState,
  EmptyStateBody,
  Skeleton,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Trans } from 'react-i18next';
import { Link } from 'react-router';
import { useEligibilityData } from '../hooks/useEligibilityData';
import type { NodeKind } from '../models';
import { ROUTES } from '../models/constants';
import type { ApiError } from '../shared/errors';
import { isForbidden } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { PluginPage } from '../shared/PluginPage';
import { Alert } from '../shared/Alert';
import { useListMayGrow } from '../shared/paging';
import { CheckList } from './CheckList';
import { memoizedEvaluator } from './evaluate';
import { EligibilitySummary } from './EligibilitySummary';
import { EligibilityTable } from './EligibilityTable';
import { EligibilityToolbar } from './EligibilityToolbar';
import { KataStateLabel, VerdictLabel } from './labels';
import type { Filters, Sort } from './table';
import { NO_FILTERS, filterRows, sortRows, toRows } from './table';
import type { EligibilityContext } from './types';

const LoadError = ({ error }: { error: ApiError }) => {
  const { t } = usePluginTranslation();
  if (isForbidden(error)) {
    return (
      <Alert
        variant="danger"
        isInline
        title={t('You do not have permission to list nodes')}
        data-test="nodes-forbidden"
      >
        <p>
          {t(
            'Node eligibility needs permission to list and watch nodes. Ask a cluster administrator for access.',
          )}
        </p>
        <p lang="en">{error.message}</p>
      </Alert>
    );
  }
  return (
    <Alert variant="danger" isInline title={t('Could not load nodes')} data-test="nodes-error">
      <span lang="en">{error.message}</span>
    </Alert>
  );
};

const Callouts = ({ context }: { context: EligibilityContext }) => {
  const { t } = usePluginTranslation();
  const allWorkers = context.kataConfig?.spec?.checkNodeEligibility === false;
  return (
    <>
      {context.nfdPresent !== true && (
        <StackItem>
          <Alert
            variant="info"
            isInline
            title={t('Hardware virtualization support is unknown until NFD labels the nodes')}
            data-test="nfd-callout"
          >
            {context.nfdInstalled ? (
              <Trans t={t}>
                No NodeFeatureDiscovery exists. Create one in the{' '}
                <Link to={ROUTES.install}>install wizard</Link>, or apply the label by hand to nodes
                known to be eligible.
              </Trans>
            ) : (
              <Trans t={t}>
                The Node Feature Discovery (NFD) Operator is not installed. Install it and create a
                NodeFeatureDiscovery with the <Link to={ROUTES.install}>install wizard</Link>, or
                apply the label by hand to nodes known to be eligible.
              </Trans>
            )}
          </Alert>
        </StackItem>
      )}
      {allWorkers && (
        <StackItem>
          <Alert
            variant="info"
            isInline
            title={t('Kata is installed on all worker nodes')}
            data-test="all-workers-callout"
          >
            {t(
              'The KataConfig sets checkNodeEligibility: false, so every worker node is a target, and installation fails on ineligible workers.',
            )}
          </Alert>
        </StackItem>
      )}
    </>
  );
};

type EligibilityViewProps = {
  nodes: NodeKind[];
  context: EligibilityContext;
  /** Scroll viewport height in px (tests; the console uses the CSS height). */
  viewportHeight?: number;
};

export const EligibilityView = ({ nodes, context, viewportHeight }: EligibilityViewProps) => {
  const { t, i18n } = usePluginTranslation();
  // The console delivers large node lists in pages of 250: say when the counts may be partial.
  const mayGrow = useListMayGrow(nodes.length);
  // One evaluator per mounted page: it keeps the last evaluations to reuse unchanged nodes.
  const [evaluate] = useState(memoizedEvaluator);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'asc' });
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const titleRef = useRef<HTMLSpanElement | null>(null);
  // The drawer mounts its content one render after it opens: focus the title when it appears.
  const titleMounted = useCallback((el: HTMLSpanElement | null) => {
    titleRef.current = el;
    el?.focus();
  }, []);
  const triggerRef = useRef<HTMLElement | null>(null);
  const closePanel = () => {
    setSelected(undefined);
    // Back to the button that opened the panel, if its row is still rendered.
    if (triggerRef.current?.isConnected) triggerRef.current.focus();
  };

  const { rows, counts } = useMemo(() => {
    const result = evaluate(nodes, context);
    return { rows: toRows(nodes, result.evaluations), counts: result.counts };
  }, [evaluate, nodes, context]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  // Switching to another node moves focus to the (already mounted) title as well.
  useEffect(() => {
    if (selected !== undefined) titleRef.current?.focus();
  }, [selected]);
  const selectedRow =
    selected === undefined ? undefined : rows.find((r) => r.evaluation.name === selected);

  const panel = (
    <DrawerPanelContent
      widths={{ default: 'width_50' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') closePanel();
      }}
      data-test="checks-panel"
    >
      {selectedRow && (
        <>
          <DrawerHead>
            <Title headingLevel="h2" size="lg">
              <span ref={titleMounted} tabIndex={-1}>
                {t('Checks for {{name}}', { name: selectedRow.evaluation.name })}
              </span>
            </Title>
            <DrawerActions>
              <DrawerCloseButton aria-label={t('Close checks')} onClick={closePanel} />
            </DrawerActions>
          </DrawerHead>
          <DrawerPanelBody>
            <Stack hasGutter>
              <StackItem>
                <VerdictLabel verdict={selectedRow.evaluation.verdict} />{' '}
                <KataStateLabel state={selectedRow.evaluation.kataState} />
              </StackItem>
              <StackItem>
                <CheckList evaluation={selectedRow.evaluation} />
              </StackItem>
            </Stack>
          </DrawerPanelBody>
        </>
      )}
    </DrawerPanelContent>
  );

  return (
    <Stack hasGutter>
      <Callouts context={context} />
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
        <Drawer
          isExpanded={selectedRow !== undefined}
          isInline
          onExpand={() => {
            titleRef.current?.focus();
          }}
        >
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
                  selected={selected}
                  onSelect={(name, trigger) => {
                    triggerRef.current = trigger;
                    setSelected(name === selected ? undefined : name);
                  }}
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

type EligibilityPageProps = { viewportHeight?: number };

/** /sandboxed-containers/nodes: which nodes can run Kata, and why not for the others. */
const EligibilityPage = ({ viewportHeight }: EligibilityPageProps) => {
  const { t } = usePluginTranslation();
  const { nodes, loaded, error, context } = useEligibilityData();
  let content;
  if (error) {
    content = <LoadError error={error} />;
  } else if (!loaded || !nodes) {
    content = (
      <Stack hasGutter data-test="eligibility-loading">
        <Skeleton height="80px" screenreaderText={t('Loading nodes')} />
        <Skeleton height="400px" />
      </Stack>
    );
  } else if (nodes.length === 0) {
    content = (
      <EmptyState headingLevel="h2" titleText={t('No nodes')} data-test="no-nodes">
        <EmptyStateBody>{t('The cluster has no nodes to evaluate.')}</EmptyStateBody>
      </EmptyState>
    );
  } else {
    content = <EligibilityView nodes={nodes} context={context} viewportHeight={viewportHeight} />;
  }
  return <PluginPage title={t('Node eligibility')}>{content}</PluginPage>;
};

export default EligibilityPage;
