import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NodeGVK } from '../models';
import { PodGVK } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import { gvkOfRef } from './links';
import type { KataPodRow } from './rows';
import { useAmounts } from './useAmounts';

type PodRowsProps = {
  rows: readonly KataPodRow[];
  /** Show the namespace column (the Node tab lists pods of every namespace). */
  withNamespace?: boolean;
  /** Show the owner column (the Node tab; the workloads page shows it on the group row). */
  withOwner?: boolean;
  /** Show the node column (not on the Node tab, where it is always the same node). */
  withNode?: boolean;
  ariaLabel: string;
};

/** The Kata pods of a group (or of a node): node, phase, requests, limits, overhead charged. */
export const PodRows = ({
  rows,
  withNamespace,
  withOwner,
  withNode = true,
  ariaLabel,
}: PodRowsProps) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const none = t('None');
  const amounts = (memory: number, cpu: number) =>
    t('{{memory}}, {{cpu}} CPU', { memory: fmt.memory(memory), cpu: fmt.cpu(cpu) });
  const limits = ({ limits: { memory, cpu } }: KataPodRow) => {
    if (memory !== undefined && cpu !== undefined) return amounts(memory, cpu);
    if (memory !== undefined) return t('{{memory}}, no CPU limit', { memory: fmt.memory(memory) });
    if (cpu !== undefined) return t('No memory limit, {{cpu}} CPU', { cpu: fmt.cpu(cpu) });
    return t('No limits');
  };
  return (
    <Table aria-label={ariaLabel} variant="compact" data-test="kata-pods">
      <Thead>
        <Tr>
          <Th>{t('Pod')}</Th>
          {withNamespace ? <Th>{t('Namespace')}</Th> : null}
          {withOwner ? <Th>{t('Owner')}</Th> : null}
          {withNode ? <Th>{t('Node')}</Th> : null}
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
              <Td dataLabel={t('Owner')}>
                {r.owner ? (
                  <>
                    {/* Kind names stay in English (locales/GLOSSARY.md). */}
                    <span lang="en">{r.owner.kind}</span>{' '}
                    <ResourceLink
                      groupVersionKind={gvkOfRef(r.owner.apiVersion, r.owner.kind)}
                      name={r.owner.name}
                      namespace={r.namespace}
                      inline
                    />
                  </>
                ) : (
                  none
                )}
              </Td>
            ) : null}
            {withNode ? (
              <Td dataLabel={t('Node')}>
                {r.node ? (
                  <ResourceLink groupVersionKind={NodeGVK} name={r.node} />
                ) : (
                  t('Not scheduled')
                )}
              </Td>
            ) : null}
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
