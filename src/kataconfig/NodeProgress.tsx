import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Content, Label, Progress, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { nodeCounts, nodeProgressRows } from './status';
import type { NodeProgressState } from './status';

/** A node's Kata state in words (the KataConfig page, the install wizard's rollout). */
const useNodeStateText = () => {
  const { t } = usePluginTranslation();
  return (state: NodeProgressState): string => {
    switch (state) {
      case 'installed':
        return t('Installed');
      case 'installing':
        return t('Installing');
      case 'waitingToInstall':
        return t('Waiting to install');
      case 'failedToInstall':
        return t('Failed to install');
      case 'uninstalling':
        return t('Uninstalling');
      case 'waitingToUninstall':
        return t('Waiting to uninstall');
      case 'failedToUninstall':
        return t('Failed to uninstall');
    }
  };
};

const STATE_COLOR: Record<NodeProgressState, 'green' | 'blue' | 'grey' | 'red'> = {
  installed: 'green',
  installing: 'blue',
  waitingToInstall: 'grey',
  failedToInstall: 'red',
  uninstalling: 'blue',
  waitingToUninstall: 'grey',
  failedToUninstall: 'red',
};

const NodeStateLabel = ({ state }: { state: NodeProgressState }) => (
  <Label color={STATE_COLOR[state]}>{useNodeStateText()(state)}</Label>
);

type ReadyProgressProps = {
  counts: ReturnType<typeof nodeCounts>;
  title: string;
  done?: boolean;
  'data-test': string;
};

/** "n of m nodes ready" as a progress bar. */
const ReadyProgress = ({ counts, title, done, 'data-test': test }: ReadyProgressProps) => {
  const { t, i18n } = usePluginTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const text = t('{{ready}} of {{total}} nodes ready', {
    ready: nf.format(counts.ready),
    total: nf.format(counts.total),
  });
  return (
    <Progress
      value={counts.percent}
      title={title}
      label={text}
      valueText={text}
      variant={done ? 'success' : undefined}
      data-test={test}
    />
  );
};

/** How many nodes are ready to run Kata workloads, and where each node stands. */
export const NodeProgress = ({ kataConfig }: { kataConfig: KataConfigKind }) => {
  const { t } = usePluginTranslation();
  const counts = nodeCounts(kataConfig.status?.kataNodes);
  const rows = nodeProgressRows(kataConfig.status?.kataNodes);
  return (
    <>
      <Title headingLevel="h2" size="lg">
        {t('Node progress')}
      </Title>
      <ReadyProgress
        counts={counts}
        title={t('Nodes ready to run Kata workloads')}
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
