import { Stack, StackItem } from '@patternfly/react-core';
import { KataPodsSummary } from './KataPodsSummary';
import type { KataPodRow } from './rows';
import { useWorkloadsView } from './useWorkloadsView';
import { WorkloadsTable } from './WorkloadsTable';
import { WorkloadsToolbar } from './WorkloadsToolbar';

/** The totals, the filters and the table of Kata pods grouped by the workload that owns them. */
export const WorkloadsView = ({ rows }: { rows: readonly KataPodRow[] }) => {
  const view = useWorkloadsView(rows);
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
