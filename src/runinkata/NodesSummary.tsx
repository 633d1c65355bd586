import { useState } from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { ExpandableSection } from '@patternfly/react-core';
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
export const NodesSummary = ({ impact }: { impact: Impact }) => {
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
