import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Content, List, ListItem } from '@patternfly/react-core';
import { ConfigMapGVK, SecretGVK } from '../models/cluster';
import { InfrastructureGVK } from '../models';
import type { InfrastructureKind } from '../models';
import { platformOf } from '../eligibility/context';
import type { ConfigMapKind, SecretKind } from '../models/cluster';
import { Alert } from '../shared/Alert';
import { isNotFound, toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { usePlatformName } from '../shared/usePlatformName';
import {
  OSC_NAMESPACE,
  PEER_PODS_CONFIGMAP,
  PEER_PODS_SECRET,
  peerPodsIssues,
  peerPodsProvider,
} from './peerPods';
import type { PeerPodsIssue } from './peerPods';

/** A named object: the object, null when it does not exist, undefined when unknown. */
const useNamed = (
  gvk: typeof ConfigMapGVK,
  name: string,
  enabled: boolean,
): ConfigMapKind | SecretKind | null | undefined => {
  const resource = useMemo(
    () => (enabled ? { groupVersionKind: gvk, name, namespace: OSC_NAMESPACE } : null),
    [gvk, name, enabled],
  );
  const result: readonly unknown[] = useK8sWatchResource(resource);
  if (result[2]) return isNotFound(toApiError(result[2])) ? null : undefined;
  return result[1] === true
    ? ((result[0] as ConfigMapKind | SecretKind | undefined) ?? null)
    : undefined;
};

const useIssueText = () => {
  const { t } = usePluginTranslation();
  const platformName = usePlatformName();
  return (i: PeerPodsIssue) => {
    switch (i.kind) {
      case 'provider-unsupported':
        return t(
          'The Operator runs peer pods on AWS, Azure and libvirt only, not on this platform ({{platform}}).',
          {
            platform: i.platform ? platformName(i.platform) : t('unknown'),
          },
        );
      case 'configmap-missing':
        return t('ConfigMap {{name}} in {{namespaceName}} does not exist; it needs {{keys}}.', {
          name: PEER_PODS_CONFIGMAP,
          namespaceName: OSC_NAMESPACE,
          keys: i.keys.join(', '),
        });
      case 'configmap-keys':
        return t('ConfigMap {{name}} lacks {{keys}}.', {
          name: PEER_PODS_CONFIGMAP,
          keys: i.keys.join(', '),
        });
      case 'secret-missing':
        return i.fromCloudCredentials
          ? t(
              'Secret {{name}} does not exist yet: the Operator requests it from the cloud credentials when the cluster allows it; otherwise create it with {{keys}}.',
              {
                name: PEER_PODS_SECRET,
                keys: i.keys.join(', '),
              },
            )
          : t('Secret {{name}} in {{namespaceName}} does not exist; it needs {{keys}}.', {
              name: PEER_PODS_SECRET,
              namespaceName: OSC_NAMESPACE,
              keys: i.keys.join(', '),
            });
      case 'secret-keys':
        return t('Secret {{name}} lacks {{keys}}.', {
          name: PEER_PODS_SECRET,
          keys: i.keys.join(', '),
        });
    }
  };
};

/**
 * Shown when peer pods are turned on: what the Operator needs before it can run them, read from the
 * cluster (only the Secret's keys are looked at, never its values).
 */
export const PeerPodsWarning = ({ enabled, platform }: { enabled: boolean; platform?: string }) => {
  const { t } = usePluginTranslation();
  const text = useIssueText();
  // Without a provider for this platform the operator reads neither: nor do we.
  const read = enabled && peerPodsProvider(platform) !== undefined;
  const configMap = useNamed(ConfigMapGVK, PEER_PODS_CONFIGMAP, read);
  const secret = useNamed(SecretGVK, PEER_PODS_SECRET, read);
  if (!enabled) return null;
  const issues = peerPodsIssues({ platform, configMap, secret });
  if (issues.length === 0) return null;
  return (
    <Alert
      variant="warning"
      isInline
      title={t('Peer pods are not configured yet')}
      data-test="peer-pods-warning"
    >
      <Content component="p">
        {t(
          'With peer pods the pod VMs run outside the nodes, created by the Operator through the cloud provider. Until the following is in place, the Operator cannot create them:',
        )}
      </Content>
      <List>
        {issues.map((i) => (
          <ListItem key={i.kind}>{text(i)}</ListItem>
        ))}
      </List>
    </Alert>
  );
};

/**
 * The form's peer-pods prerequisites: the platform from the Infrastructure `cluster` (watched only
 * while the box is ticked), then PeerPodsWarning. While the platform is unknown (loading, or not
 * readable) nothing is claimed about it.
 */
export const PeerPodsPrerequisites = ({ enabled }: { enabled: boolean }) => {
  const resource = useMemo(
    () => (enabled ? { groupVersionKind: InfrastructureGVK, name: 'cluster' } : null),
    [enabled],
  );
  const [infrastructure, loaded, error] = useK8sWatchResource(resource) as [
    InfrastructureKind | undefined,
    boolean,
    unknown,
  ];
  if (!enabled || !loaded || error) return null;
  return <PeerPodsWarning enabled platform={platformOf(infrastructure)} />;
};
