import { Grid, GridItem, Stack, StackItem } from '@patternfly/react-core';
import { KataCard } from './KataCard';
import { NextActionCard } from './NextActionCard';
import { SetupCard } from './SetupCard';
import type { OverviewData } from './useOverviewData';

/** The next action first, then what is set up and what Kata runs and costs, side by side. */
export const OverviewView = ({ data }: { data: OverviewData }) => (
  <Stack hasGutter>
    <StackItem>
      <NextActionCard next={data.overview.next} />
    </StackItem>
    <StackItem>
      <Grid hasGutter md={6}>
        <GridItem>
          <SetupCard overview={data.overview} />
        </GridItem>
        <GridItem>
          <KataCard data={data} />
        </GridItem>
      </Grid>
    </StackItem>
  </Stack>
);
