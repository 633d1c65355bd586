import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { ProgressPhase } from './status';

/** The KataConfig's InProgress condition in words: what the operator is doing, or what failed. */
export const PhaseAlert = ({ phase }: { phase: ProgressPhase }) => {
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
