import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Content, Label, Progress, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { nodeCounts, nodeProgressRows } from './status';
import type { NodeProgressState } from './status';

const NodeStateLabel = ({ state }: { state: NodeProgressState }) => {
  const { t } = usePluginTranslation();
  switch (state) {
    case 'installed':
      return <Label color="green">{t('Installed')}</Label>;
    case 'installing':
      return <Label color="blue">{t('Installing')}</Label>;
    case 'waitingToInstall':
      return <Label color="grey">{t('Waiting to install')}</Label>;
    case 'failedToInstall':
      return <Label color="red">{t('Failed to install')}</Label>;
    case 'uninstalling':
      return <Label color="blue">{t('Uninstalling')}</Label>;
    case 'waitingToUninstall':
      return <Label color="grey">{t('Waiting to uninstall')}</Label>;
    case 'failedToUninstall':
      return <Label color="red">{t('Failed to uninstall')}</Label>;
  }
};

/** How many nodes are ready to run Kata workloads, and where each node stands. */
export const NodeProgress = ({ kataConfig }: { kataConfig: KataConfigKind }) => {
  const { t, i18n } = usePluginTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const counts = nodeCounts(kataConfig.status?.kataNodes);
  const rows = nodeProgressRows(kataConfig.status?.kataNodes);
  return (
    <>
      <Title headingLevel="h2" size="lg">
        {t('Node progress')}
      </Title>
      <Progress
        value={counts.percent}
        title={t('Nodes ready to run Kata workloads')}
        label={t('{{ready}} of {{total}} nodes ready', {
          ready: nf.format(counts.ready),
          total: nf.format(counts.total),
        })}
        valueText={t('{{ready}} of {{total}} nodes ready', {
          ready: nf.format(counts.ready),
          total: nf.format(counts.total),
        })}
        data-test="kataconfig-progress"
      />
      {rows.length > 0 ? (
        <Table aria-label={t('Node progress')} variant="compact" data-test="kataconfig-nodes">
          <Thead>
            <Tr>
              <Th>{t('Node')}</Th>
              <Th>{t('Status')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={`${row.state}-${row.name}`}>
                <Td dataLabel={t('Node')}>
                  <ResourceLink groupVersionKind={NodeGVK} name={row.name} />
                </Td>
                <Td dataLabel={t('Status')}>
                  <NodeStateLabel state={row.state} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <Content component="p">{t('The operator has not reported any nodes yet.')}</Content>
      )}
    </>
  );
};
