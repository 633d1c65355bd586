import { Grid, GridItem, Skeleton, Stack, StackItem } from '@patternfly/react-core';
import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';
import { KataCard } from './KataCard';
import { NextActionCard } from './NextActionCard';
import { SetupCard } from './SetupCard';
import { useOverviewData } from './useOverviewData';

/**
 * The section's first tab: what is installed, how far Kata has rolled out, what it costs the
 * cluster now, and the one thing to do next. Every number links to the page that explains it.
 */
const OverviewPage = () => {
  const { t } = usePluginTranslation();
  const data = useOverviewData();
  // A user who cannot list nodes still gets the rest of the overview; the nodes line says why.
  const body =
    !data.loaded && !data.nodesError ? (
      <Skeleton height="300px" screenreaderText={t('Loading the overview')} />
    ) : (
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
  return <PluginPage title={t('Overview')}>{body}</PluginPage>;
};

export default OverviewPage;
