import { useState } from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import type { Impact } from './impact';

const NodesTable = ({ impact }: { impact: Impact }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const unknown = t('Unknown');
  return (
    <Table aria-label={t('Nodes the pods can run on')} variant="compact" data-test="impact-nodes">
      <Thead>
        <Tr>
          <Th>{t('Node')}</Th>
          <Th modifier="wrap">{t('Free memory')}</Th>
          <Th modifier="wrap">{t('Free CPU')}</Th>
          <Th modifier="wrap">{t('Pods of this workload that fit')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {impact.nodes.map((n) => (
          <Tr key={n.name}>
            <Td dataLabel={t('Node')}>
              <ResourceLink groupVersionKind={NodeGVK} name={n.name} />
            </Td>
            <Td dataLabel={t('Free memory')}>{n.free ? fmt.memory(n.free.memory) : unknown}</Td>
            <Td dataLabel={t('Free CPU')}>{n.free ? fmt.cpu(n.free.cpu) : unknown}</Td>
            <Td dataLabel={t('Pods of this workload that fit')} data-test="fit">
              {n.fit === undefined ? unknown : fmt.count(n.fit)}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** "3 nodes; room for 205 pods of this workload", the table of nodes behind a toggle. */
const NodesSummary = ({ impact }: { impact: Impact }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const [open, setOpen] = useState(false);
  const nodes = fmt.count(impact.nodes.length);
  return (
    <>
      <span data-test="impact-room">
        {impact.capacity === undefined
          ? t('{{nodes}} nodes can run them', { count: impact.nodes.length, nodes })
          : t('{{nodes}} nodes can run them, with room for {{capacity}} pods of this workload', {
              count: impact.nodes.length,
              nodes,
              capacity: fmt.count(impact.capacity),
            })}
      </span>
      <ExpandableSection
        toggleText={open ? t('Hide the nodes') : t('Show the nodes')}
        onToggle={(_e, v) => {
          setOpen(v);
        }}
        isExpanded={open}
        data-test="impact-nodes-toggle"
      >
        <NodesTable impact={impact} />
      </ExpandableSection>
    </>
  );
};

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
