import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  Spinner,
} from '@patternfly/react-core';
import type { KataConfigKind, NodeKind } from '../models';
import { KATA_RUNTIME_LABEL } from '../models/constants';
import { PodGVK } from '../models/cluster';
import type { MachineConfigPoolKind, PodKind } from '../models/cluster';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { uninstallPreview } from './uninstall';
import type { UninstallPreview } from './uninstall';

/** Every pod (while the dialog is open): the operator refuses to uninstall while any uses Kata. */
const usePods = (): PodKind[] | undefined => {
  const resource = useMemo(() => ({ groupVersionKind: PodGVK, isList: true }), []);
  const result: readonly unknown[] = useK8sWatchResource(resource);
  return result[1] === true && !result[2] && Array.isArray(result[0])
    ? (result[0] as PodKind[])
    : undefined;
};

const Names = ({ names, label }: { names: readonly string[]; label: string }) => {
  const { t } = usePluginTranslation();
  return names.length === 0 ? (
    t('None')
  ) : (
    <LabelGroup
      aria-label={label}
      numLabels={8}
      collapsedText={t('${remaining} more')}
      expandedText={t('Show less')}
    >
      {names.map((n) => (
        <Label key={n} isCompact>
          {n}
        </Label>
      ))}
    </LabelGroup>
  );
};

/** What deleting the KataConfig will do, what it leaves in place, and what stands in its way. */
export const UninstallPlan = ({
  kataConfig,
  nodes,
  pools,
}: {
  kataConfig: KataConfigKind;
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
}) => {
  const { t } = usePluginTranslation();
  const pods = usePods();
  const p: UninstallPreview = uninstallPreview({
    kataConfig,
    nodes,
    pools,
    ...(pods ? { pods } : {}),
  });
  const fmt = new Intl.NumberFormat();
  return (
    <>
      {p.waitsForRollout ? (
        <Alert
          variant="info"
          isInline
          title={t('The uninstallation waits for the installation in progress')}
          data-test="uninstall-waits"
        >
          {t(
            'The Operator does not start removing Kata while it installs or updates nodes. The KataConfig is marked for deletion and Kata is removed once the rollout has finished.',
          )}
        </Alert>
      ) : null}
      <DescriptionList isCompact data-test="uninstall-plan">
        <DescriptionListGroup>
          <DescriptionListTerm>
            {t('Nodes that reboot ({{formatted}})', {
              count: p.rebootNodes.length,
              formatted: fmt.format(p.rebootNodes.length),
            })}
          </DescriptionListTerm>
          <DescriptionListDescription data-test="uninstall-reboot-nodes">
            <Names names={p.rebootNodes} label={t('Nodes that reboot')} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('RuntimeClasses removed')}</DescriptionListTerm>
          <DescriptionListDescription data-test="uninstall-runtimeclasses">
            <Names names={p.runtimeClasses} label={t('RuntimeClasses removed')} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Kept')}</DescriptionListTerm>
          <DescriptionListDescription>
            {t(
              'The NodeFeatureDiscovery, its NodeFeatureRule and the {{label}} labels stay: NFD keeps labelling eligible nodes.',
              {
                label: KATA_RUNTIME_LABEL,
              },
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {p.blockingPods === undefined ? (
        <Content component="p">
          <Spinner size="sm" isInline aria-hidden /> {t('Looking for pods that use Kata…')}
        </Content>
      ) : p.blockingPods.length > 0 ? (
        <Alert
          variant="warning"
          isInline
          title={t('{{count}} pods use Kata: the uninstallation waits until they are deleted', {
            count: p.blockingPods.length,
          })}
          data-test="uninstall-kata-pods"
        >
          <Names
            names={p.blockingPods.map((k) => `${k.namespace}/${k.name}`)}
            label={t('Pods that use Kata')}
          />
        </Alert>
      ) : (
        <Content component="p" data-test="uninstall-no-kata-pods">
          {t('No pod uses Kata.')}
        </Content>
      )}
    </>
  );
};
