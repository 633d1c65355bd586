import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import type { Impact } from './impact';
import { NodesSummary } from './NodesSummary';

/** The numbers: pods × overhead, what the scheduler charges, the VM, where the pods can go. */
export const ImpactDetails = ({
  impact,
  runtimeClass,
}: {
  impact: Impact;
  runtimeClass: string;
}) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const overhead = impact.overheadPerPod;
  return (
    <DescriptionList isHorizontal isCompact data-test="impact">
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Pods')}</DescriptionListTerm>
        <DescriptionListDescription data-test="impact-replicas">
          {fmt.count(impact.replicas)}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Overhead per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="impact-overhead-per-pod">
          {overhead
            ? t('{{memory}} of memory and {{cpu}} CPU (overhead.podFixed of {{name}})', {
                memory: fmt.memory(overhead.memory),
                cpu: fmt.cpu(overhead.cpu),
                name: runtimeClass,
              })
            : t('None: {{name}} has no overhead.podFixed', { name: runtimeClass })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Overhead in total')}</DescriptionListTerm>
        <DescriptionListDescription data-test="impact-overhead-total">
          {t(
            '{{pods}} × overhead = {{memory}} of memory and {{cpu}} CPU more charged by the scheduler',
            {
              pods: fmt.count(impact.replicas),
              memory: fmt.memory(impact.totalOverhead.memory),
              cpu: fmt.cpu(impact.totalOverhead.cpu),
            },
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Charged per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="impact-charged">
          {t('{{memory}} of memory and {{cpu}} CPU (requests + overhead)', {
            memory: fmt.memory(impact.chargedPerPod.memory),
            cpu: fmt.cpu(impact.chargedPerPod.cpu),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('VM memory per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="impact-vm">
          {t(
            '{{vm}}: the default 2 GiB plus the requested memory, hot-plugged before the container starts',
            {
              vm: fmt.memory(impact.vmMemory),
            },
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Nodes')}</DescriptionListTerm>
        <DescriptionListDescription>
          {impact.nodes.length > 0 ? (
            <NodesSummary impact={impact} />
          ) : (
            t('No node can run these pods')
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
