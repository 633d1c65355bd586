import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  Progress,
  Stack,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../models/constants';
import { NodeGVK } from '../models';
import type { KataConfigKind } from '../models';
import { I18N_NAMESPACE, usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';
import { DEFAULT_LOG_LEVEL } from './form';
import {
  inProgressCondition,
  nodeCounts,
  nodeProgressRows,
  progressPhase,
  selectorRequirements,
} from './status';
import type { NodeProgressState, ProgressPhase } from './status';

const PhaseAlert = ({ phase }: { phase: ProgressPhase }) => {
  const { t } = usePluginTranslation();
  switch (phase.kind) {
    case 'idle':
      return <Alert variant="success" isInline isPlain title={t('No operation is in progress.')} />;
    case 'installing':
      return (
        <Alert variant="info" isInline title={t('Installing the Kata runtime')}>
          {t(
            'The operator is installing the Kata runtime on the selected nodes. Each node reboots during the installation.',
          )}
        </Alert>
      );
    case 'updating':
      return (
        <Alert variant="info" isInline title={t('Updating the Kata nodes')}>
          {t(
            'The operator is adding and/or removing nodes that run the Kata runtime. Each affected node reboots.',
          )}
        </Alert>
      );
    case 'uninstalling':
      return (
        <Alert variant="info" isInline title={t('Uninstalling the Kata runtime')}>
          {t(
            'The operator is removing the Kata runtime from the nodes. Each node reboots during the uninstallation.',
          )}
        </Alert>
      );
    case 'failed':
      return (
        <Alert
          variant="danger"
          isInline
          title={
            phase.node
              ? t('The operation failed on node {{node}}', { node: phase.node })
              : t('The operation failed')
          }
        >
          <span lang="en">{phase.detail}</span>
        </Alert>
      );
    case 'blocked':
      return (
        <Alert
          variant="warning"
          isInline
          title={t('Uninstallation is blocked by pods that use the Kata runtime')}
        >
          <p>
            {t(
              'Delete the pods that use the kata RuntimeClass (or another RuntimeClass this KataConfig created). The uninstallation then continues.',
            )}
          </p>
          <p lang="en">{phase.message}</p>
        </Alert>
      );
    case 'podvm-running':
      return (
        <Alert variant="info" isInline title={t('The pod VM image job is running')}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
    case 'podvm-completed':
      return (
        <Alert variant="success" isInline title={t('The pod VM image job completed')}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
    case 'podvm-failed':
      return (
        <Alert variant="danger" isInline title={t('The pod VM image job failed')}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
    case 'podvm-unknown':
      return (
        <Alert variant="warning" isInline title={t('The pod VM image job status is unknown')}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
    case 'podvm-unsupported':
      return (
        <Alert variant="warning" isInline title={t('The pod VM image provider is not supported')}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
    case 'other':
      return (
        <Alert variant="info" isInline title={phase.reason}>
          <span lang="en">{phase.message}</span>
        </Alert>
      );
  }
};

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

/** Details, InProgress condition and per-node progress of a KataConfig. */
export const KataConfigDetails = ({ kataConfig }: { kataConfig: KataConfigKind }) => {
  const { t } = usePluginTranslation();
  const { i18n } = useTranslation(I18N_NAMESPACE);
  const nf = new Intl.NumberFormat(i18n.language);
  const spec = kataConfig.spec;
  const condition = inProgressCondition(kataConfig);
  const counts = nodeCounts(kataConfig.status?.kataNodes);
  const rows = nodeProgressRows(kataConfig.status?.kataNodes);
  const requirements = selectorRequirements(spec?.kataConfigPoolSelector);
  const runtimeClasses = kataConfig.status?.runtimeClasses ?? [];

  return (
    <Stack hasGutter>
      <DescriptionList isHorizontal data-test="kataconfig-details">
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
          <DescriptionListDescription>{kataConfig.metadata?.name}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
          <DescriptionListDescription>
            <Timestamp timestamp={kataConfig.metadata?.creationTimestamp ?? ''} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Check node eligibility')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-check-node-eligibility">
            {spec?.checkNodeEligibility
              ? t('Yes: only nodes labelled as eligible')
              : t('No: all selected worker nodes')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Node pool selector')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-selector">
            {requirements.length > 0 ? (
              <LabelGroup numLabels={10} aria-label={t('Node pool selector')}>
                {requirements.map((r) => (
                  <Label key={r} variant="outline">
                    {r}
                  </Label>
                ))}
              </LabelGroup>
            ) : (
              t('None: all worker nodes')
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Log level')}</DescriptionListTerm>
          <DescriptionListDescription>
            {spec?.logLevel ?? DEFAULT_LOG_LEVEL}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Peer pods')}</DescriptionListTerm>
          <DescriptionListDescription>
            {spec?.enablePeerPods ? t('Enabled') : t('Disabled')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('InProgress condition')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-condition">
            {condition
              ? t('{{status}} (reason: {{reason}})', {
                  status: condition.status,
                  reason: condition.reason || '—',
                })
              : t('Not reported yet')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('RuntimeClasses')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-runtimeclasses">
            {runtimeClasses.length > 0 ? (
              <LabelGroup numLabels={10} aria-label={t('RuntimeClasses')}>
                {runtimeClasses.map((name) => (
                  <Label
                    key={name}
                    render={({ className, content }) => (
                      <Link to={ROUTES.runtimeClasses} className={className}>
                        {content}
                      </Link>
                    )}
                  >
                    {name}
                  </Label>
                ))}
              </LabelGroup>
            ) : (
              t('None created yet')
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>

      <div data-test="kataconfig-phase">
        <PhaseAlert phase={progressPhase(kataConfig)} />
      </div>

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
    </Stack>
  );
};
