import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { Skeleton, Stack, Tab, TabContentBody, Tabs, TabTitleText } from '@patternfly/react-core';
import type { KataConfigKind } from '../models';
import { isKataTarget } from '../eligibility/selector';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { RolloutProgress } from '../rollout/RolloutProgress';
import { UninstallStatus } from '../rollout/UninstallStatus';
import { useMachineConfigPools } from '../rollout/useRolloutData';
import { KataConfigAlerts } from './KataConfigAlerts';
import { KataConfigDetails } from './KataConfigDetails';
import { KataConfigEditor } from './KataConfigEditor';
import { NodeImpact } from './NodeImpact';
import { computeNodeImpact } from './nodeImpact';
import { rebootingNodes, tabOf } from './detailsTabs';
import type { DetailsTab } from './detailsTabs';
import type { DetailsPageState } from './useDetailsPage';
import { isBeingDeleted } from './status';
import type { KataConfigData } from './useKataConfigData';

/** The uninstall dialog: fetched when it is opened. */
const UninstallModal = lazy(() =>
  import('./UninstallModal').then(({ UninstallModal: modal }) => ({ default: modal })),
);

type ViewProps = {
  kataConfig: KataConfigKind;
  data: KataConfigData;
  /** The Kata pool's nodes when the uninstallation started (useUninstallWatch). */
  uninstallStartNodes?: readonly string[];
};

/** The uninstallation node by node: the nodes leaving the Kata pool, what holds it. */
const UninstallNodes = ({
  kataConfig,
  data,
  startNodes,
}: {
  kataConfig: KataConfigKind;
  data: KataConfigData;
  startNodes?: readonly string[];
}) => {
  const { pools } = useMachineConfigPools(true);
  return (
    <UninstallStatus
      kataConfig={kataConfig}
      nodes={data.nodes}
      pools={pools}
      startNodes={startNodes}
    />
  );
};

/**
 * The cluster's KataConfig as a console details page: Details / Nodes / YAML tabs (the tab in
 * the URL); the page's Actions menu (KataConfigActions) opens the editor or the uninstall dialog.
 */
export const KataConfigView = ({
  kataConfig,
  data,
  page,
  uninstallStartNodes,
}: ViewProps & { page: DetailsPageState }) => {
  const { t } = usePluginTranslation();
  const deleting = page.deleteRequested || isBeingDeleted(kataConfig);
  const tabs: { key: DetailsTab; title: string }[] = [
    { key: 'details', title: t('Details') },
    { key: 'nodes', title: t('Nodes') },
    { key: 'yaml', title: t('YAML') },
  ];
  const content: Record<DetailsTab, () => ReactNode> = {
    details: () => <KataConfigDetails kataConfig={kataConfig} />,
    // The rollout as the cluster runs it: the Kata pool, the nodes' Machine Config Daemon states
    // and the KataConfig status, with what holds it (src/rollout); while the KataConfig is being
    // deleted, the way back.
    nodes: () =>
      deleting ? (
        <UninstallNodes kataConfig={kataConfig} data={data} startNodes={uninstallStartNodes} />
      ) : (
        <RolloutProgress kataConfig={kataConfig} nodes={data.nodes} />
      ),
    yaml: () =>
      data.canUpdate && !deleting ? (
        <KataConfigEditor
          loaded={kataConfig}
          nodes={data.nodes}
          rebootingOf={(before, after) =>
            rebootingNodes(computeNodeImpact(data.nodes, before, after.spec, isKataTarget))
          }
          renderImpact={(before, after, nodes) => (
            <NodeImpact before={before} after={after} nodes={nodes} isTarget={isKataTarget} />
          )}
        />
      ) : (
        <Alert
          variant="info"
          isInline
          isPlain
          title={
            deleting
              ? t('The KataConfig is being deleted.')
              : t('Read-only: you do not have permission to edit this KataConfig.')
          }
        />
      ),
  };
  return (
    <Stack hasGutter>
      <KataConfigAlerts kataConfig={kataConfig} data={data} deleting={deleting} />
      <Tabs
        isSubtab
        activeKey={page.tab}
        onSelect={(_e, key) => {
          page.setTab(tabOf(String(key)));
        }}
        aria-label={t('KataConfig details')}
        data-test="kataconfig-tabs"
      >
        {tabs.map(({ key, title }) => (
          <Tab
            key={key}
            eventKey={key}
            title={<TabTitleText>{title}</TabTitleText>}
            data-test={`tab-${key}`}
          >
            {page.tab === key ? <TabContentBody hasPadding>{content[key]()}</TabContentBody> : null}
          </Tab>
        ))}
      </Tabs>
      {page.uninstallOpen ? (
        <Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
          <UninstallModal
            kataConfig={kataConfig}
            nodes={data.nodes}
            onClose={() => {
              page.setUninstallOpen(false);
            }}
            onDeleted={() => {
              page.setUninstallOpen(false);
              page.setDeleteRequested(true);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
};
