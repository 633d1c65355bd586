import {
  Card,
  CardBody,
  CardTitle,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { RuntimeClassKind } from '../models';
import { DEFAULT_PEER_PODS_PER_NODE, PEER_POD_NODE_COMPONENTS } from '../overhead/peerPods';
import { formatBytes, formatCores, parseQuantity } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

/**
 * kata-remote (peer pods): the pod VM runs outside the node, so there is no local VM memory model
 * and no "pods that fit" from VM memory; the node carries the shim per pod and the cloud-api-adaptor
 * once, and takes at most the PeerPodConfig's limit of peer pods.
 */
export const PeerPodsPanel = ({ runtimeClass }: { runtimeClass: RuntimeClassKind }) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const name = runtimeClass.metadata?.name ?? '';
  const podFixed = runtimeClass.overhead?.podFixed;
  const memory = podFixed?.memory === undefined ? undefined : parseQuantity(podFixed.memory);
  const cpu = podFixed?.cpu === undefined ? undefined : parseQuantity(podFixed.cpu);
  const shim = PEER_POD_NODE_COMPONENTS[0];
  return (
    <Card isPlain data-test={`peer-pods-panel-${name}`}>
      <CardTitle component="h2">{t('Peer pods: what runs on the node')}</CardTitle>
      <CardBody>
        <Content component="p">
          {t(
            'Each pod of {{name}} runs in a VM that the cloud provider creates outside the cluster nodes: the VM’s memory and CPU are the cloud instance’s, not the node’s.',
            { name },
          )}
        </Content>
        <DescriptionList isCompact isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Per pod, on the node')}</DescriptionListTerm>
            <DescriptionListDescription data-test="peer-pods-per-pod">
              {t('containerd-shim-kata-v2, about {{memory}}', {
                memory: formatBytes(shim.bytes, locale),
              })}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Once per node')}</DescriptionListTerm>
            <DescriptionListDescription>
              {t('the cloud-api-adaptor pod (its own resource requests)')}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Charged by the scheduler per pod')}</DescriptionListTerm>
            <DescriptionListDescription data-test="peer-pods-charged">
              {memory === undefined
                ? t('No pod overhead')
                : t('Memory {{memory}}, CPU {{cpu}} (the pod overhead)', {
                    memory: formatBytes(memory, locale),
                    cpu: cpu === undefined ? '—' : formatCores(cpu, locale),
                  })}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Peer pods per node')}</DescriptionListTerm>
            <DescriptionListDescription data-test="peer-pods-limit">
              {t('At most {{limit}} (the PeerPodConfig limit the Operator sets by default)', {
                limit: DEFAULT_PEER_PODS_PER_NODE,
              })}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
