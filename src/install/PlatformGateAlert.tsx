import { Content } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { usePlatformName } from '../shared/usePlatformName';
import type { PlatformGate } from './platformGate';

/**
 * Step 1's verdict on the platform, before anything else: a danger alert naming the platform and
 * why Kata cannot run there, with peer pods as the way forward where the operator supports them.
 */
export const PlatformGateAlert = ({ gate }: { gate: PlatformGate }) => {
  const { t } = usePluginTranslation();
  const platformName = usePlatformName();
  if (gate.kind === 'supported' || gate.kind === 'unknown') return null;
  const platform = platformName(gate.platform);
  const peerPods = gate.peerPods ? (
    <Content component="p">
      {t(
        'Peer pods can run sandboxed workloads here instead: each pod VM runs outside the node, created through the cloud provider. Enable peer pods in the KataConfig after configuring peer pods for the Operator.',
      )}
    </Content>
  ) : (
    <Content component="p">
      {t('The Operator does not support peer pods on this platform either.')}
    </Content>
  );
  if (gate.kind === 'partly') {
    return (
      <Alert
        variant="warning"
        isInline
        title={t('Only the bare-metal instances of this {{platform}} cluster can run Kata', {
          platform,
        })}
        data-test="platform-gate"
        data-gate="partly"
      >
        <Content component="p">
          {t(
            'Kata runs on AWS bare-metal (.metal) instances only; virtual instances do not support nested virtualization. Bare-metal workers: {{metal}}. Other workers: {{other}}.',
            { metal: gate.metal.join(', '), other: gate.other.join(', ') },
          )}
        </Content>
        <Content component="p">
          {t(
            'Keep the other workers out of the Kata pool: choose the bare-metal nodes by hand or with a node selector.',
          )}
        </Content>
      </Alert>
    );
  }
  let why: string;
  switch (gate.reason) {
    case 'nested-virtualization':
      why = t(
        'The nodes of a {{platform}} cluster are virtual machines, and Kata would need nested virtualization, which is not supported.',
        { platform },
      );
      break;
    case 'cloud-not-supported':
      why = t(
        'OpenShift sandboxed containers supports bare metal on premises and AWS bare-metal instances only, not {{platform}}.',
        {
          platform,
        },
      );
      break;
    case 'aws-no-metal':
      why = t(
        'No worker is an AWS bare-metal (.metal) instance, and Kata would need nested virtualization on the others, which is not supported.',
      );
      break;
  }
  return (
    <Alert
      variant="danger"
      isInline
      title={t('{{platform}} is not supported for Kata', { platform })}
      data-test="platform-gate"
      data-gate="unsupported"
    >
      <Content component="p">{why}</Content>
      {peerPods}
    </Alert>
  );
};
