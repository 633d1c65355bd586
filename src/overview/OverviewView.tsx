import { useMemo } from 'react';
import { Grid, GridItem, Stack, StackItem } from '@patternfly/react-core';
import { kataClassNames, kataRuntimeClasses } from '../workloads/kataClasses';
import { kataPodRows, totalsOf } from '../workloads/rows';
import { useNow } from '../rollout/useRolloutData';
import { KataCard } from './KataCard';
import { NextActionCard } from './NextActionCard';
import { buildOverview } from './overview';
import { SetupCard } from './SetupCard';
import type { OverviewData } from './useOverviewData';

/**
 * The next action first, then what is set up and what Kata runs and costs, side by side. The
 * overview is built here, so the eligibility engine and the pod rows load with the view, not
 * before the page paints.
 */
export const OverviewView = ({ data }: { data: OverviewData }) => {
  const { input, runtimeClasses, allPods } = data;
  const kataClasses = useMemo(() => kataRuntimeClasses(runtimeClasses), [runtimeClasses]);
  const pods = useMemo(
    () => (allPods ? totalsOf(kataPodRows(allPods, kataClassNames(runtimeClasses))) : undefined),
    [allPods, runtimeClasses],
  );
  const now = useNow();
  const overview = useMemo(
    () => buildOverview({ ...input, kataClasses, pods, now }),
    [input, kataClasses, pods, now],
  );
  return (
    <Stack hasGutter>
      <StackItem>
        <NextActionCard next={overview.next} />
      </StackItem>
      <StackItem>
        <Grid hasGutter md={6}>
          <GridItem>
            <SetupCard overview={overview} />
          </GridItem>
          <GridItem>
            <KataCard data={data} overview={overview} />
          </GridItem>
        </Grid>
      </StackItem>
    </Stack>
  );
};
