import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import { PodGVK } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import type { KataPodRow } from './rows';
import { useAmounts } from './useAmounts';

type PodRowsProps = {
  rows: readonly KataPodRow[];
  /** Show the namespace column (the Node tab lists pods of every namespace). */
  withNamespace?: boolean;
  /** Show the owner column (the Node tab; the workloads page shows it on the group row). */
  withOwner?: boolean;
  ariaLabel: string;
};

/** The Kata pods of a group (or of a node): node, phase, requests, limits, overhead charged. */
export const PodRows = ({ rows, withNamespace, withOwner, ariaLabel }: PodRowsProps) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const none = t('None');
  const amounts = (memory: number, cpu: number) =>
    t('{{memory}}, {{cpu}} CPU', { memory: fmt.memory(memory), cpu: fmt.cpu(cpu) });
  const limits = (r: KataPodRow) =>
    [
      r.limits.memory === undefined ? t('no memory limit') : fmt.memory(r.limits.memory),
      r.limits.cpu === undefined
        ? t('no CPU limit')
        : t('{{cpu}} CPU', { cpu: fmt.cpu(r.limits.cpu) }),
    ].join(', ');
  return (
    <Table aria-label={ariaLabel} variant="compact" data-test="kata-pods">
      <Thead>
        <Tr>
          <Th>{t('Pod')}</Th>
          {withNamespace ? <Th>{t('Namespace')}</Th> : null}
          {withOwner ? <Th>{t('Owner')}</Th> : null}
          <Th>{t('Node')}</Th>
          <Th>{t('Phase')}</Th>
          <Th modifier="wrap">{t('RuntimeClass')}</Th>
          <Th modifier="wrap" info={{ tooltip: t('Memory and CPU the containers request') }}>
            {t('Requests')}
          </Th>
          <Th info={{ tooltip: t('The pod is limited only when every container has a limit') }}>
            {t('Limits')}
          </Th>
          <Th
            modifier="wrap"
            info={{
              tooltip: t(
                'spec.overhead: what the scheduler charges for the VM beyond the requests',
              ),
            }}
          >
            {t('Overhead charged')}
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((r) => (
          <Tr key={r.uid} data-test={`pod-${r.namespace}-${r.name}`}>
            <Td dataLabel={t('Pod')}>
              <ResourceLink groupVersionKind={PodGVK} name={r.name} namespace={r.namespace} />
            </Td>
            {withNamespace ? <Td dataLabel={t('Namespace')}>{r.namespace}</Td> : null}
            {withOwner ? (
              <Td dataLabel={t('Owner')}>{r.owner ? `${r.owner.kind} ${r.owner.name}` : none}</Td>
            ) : null}
            <Td dataLabel={t('Node')}>
              {r.node ? (
                <ResourceLink groupVersionKind={NodeGVK} name={r.node} />
              ) : (
                t('Not scheduled')
              )}
            </Td>
            <Td dataLabel={t('Phase')}>
              <span lang="en">{r.phase}</span>
            </Td>
            <Td dataLabel={t('RuntimeClass')}>{r.runtimeClass}</Td>
            <Td dataLabel={t('Requests')}>{amounts(r.requests.memory, r.requests.cpu)}</Td>
            <Td dataLabel={t('Limits')}>{limits(r)}</Td>
            <Td dataLabel={t('Overhead charged')} data-test="pod-overhead">
              {r.overhead ? amounts(r.overhead.memory, r.overhead.cpu) : none}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
