import { useMemo } from 'react';
import { EmptyState, EmptyStateBody, Stack, StackItem } from '@patternfly/react-core';
import type { RuntimeClassKind } from '../models';
import type { PodKind } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import { kataClassNames } from './kataClasses';
import { KataPodsSummary } from './KataPodsSummary';
import { kataPodRows } from './rows';
import { ALL_NAMESPACES_KEY } from './useKataPodList';
import { useWorkloadsView } from './useWorkloadsView';
import { WorkloadsTable } from './WorkloadsTable';
import { WorkloadsToolbar } from './WorkloadsToolbar';

type ViewProps = {
  pods: readonly PodKind[];
  runtimeClasses: readonly RuntimeClassKind[] | undefined;
  namespace: string;
};

/**
 * The Kata pods of the scope (one row per pod object, rows.ts): the totals, the filters and the
 * table grouped by the workload that owns them, or the empty state.
 */
export const WorkloadsView = ({ pods, runtimeClasses, namespace }: ViewProps) => {
  const { t } = usePluginTranslation();
  const rows = useMemo(
    () => kataPodRows(pods, kataClassNames(runtimeClasses)),
    [pods, runtimeClasses],
  );
  const view = useWorkloadsView(rows);
  const all = namespace === ALL_NAMESPACES_KEY;
  if (rows.length === 0) {
    return (
      <EmptyState
        titleText={t('No workloads run in Kata')}
        headingLevel="h2"
        data-test="workloads-empty"
      >
        <EmptyStateBody>
          {all
            ? t(
                'No pod in any namespace uses a Kata RuntimeClass. Use Run in Kata on a Deployment, StatefulSet, DaemonSet or Job, or set runtimeClassName: kata in its pod template.',
              )
            : t(
                'No pod in namespace {{namespace}} uses a Kata RuntimeClass. Use Run in Kata on a Deployment, StatefulSet, DaemonSet or Job, or set runtimeClassName: kata in its pod template.',
                { namespace },
              )}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <Stack hasGutter>
      <StackItem>
        <KataPodsSummary totals={view.totals} workloads={view.groups.length} />
      </StackItem>
      <StackItem>
        <WorkloadsToolbar view={view} />
      </StackItem>
      <StackItem>
        <WorkloadsTable view={view} />
      </StackItem>
    </Stack>
  );
};
