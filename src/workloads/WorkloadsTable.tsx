import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import { AngleDownIcon, AngleRightIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { NamespaceGVK, PodGVK } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import { gvkOfRef } from './links';
import { PodRows } from './PodRows';
import type { WorkloadGroup } from './groups';
import { useAmounts } from './useAmounts';
import type { WorkloadsView } from './useWorkloadsView';

const OwnerLink = ({ group }: { group: WorkloadGroup }) =>
  group.owner ? (
    <ResourceLink
      groupVersionKind={gvkOfRef(group.owner.apiVersion, group.owner.kind)}
      name={group.owner.name}
      namespace={group.namespace}
    />
  ) : (
    <ResourceLink groupVersionKind={PodGVK} name={group.podName} namespace={group.namespace} />
  );

/** One row per owning workload (Deployment, StatefulSet, Job... or a bare pod), opening onto its pods. */
export const WorkloadsTable = ({ view }: { view: WorkloadsView }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  return (
    <Table aria-label={t('Workloads running in Kata')} data-test="workloads-table">
      <Thead>
        <Tr>
          <Th screenReaderText={t('Show pods')} />
          <Th>{t('Workload')}</Th>
          <Th>{t('Kind')}</Th>
          <Th>{t('Namespace')}</Th>
          <Th>{t('Pods')}</Th>
          <Th modifier="wrap">{t('RuntimeClass')}</Th>
          <Th info={{ tooltip: t('Sum of spec.overhead over the pods that hold node resources') }}>
            {t('Overhead charged')}
          </Th>
        </Tr>
      </Thead>
      {view.shown.map((g, i) => {
        const open = view.isExpanded(g.key);
        return (
          <Tbody key={g.key} isExpanded={open} data-test={`group-${g.key}`}>
            <Tr>
              {/* Our own toggle, not Td's expand: PatternFly labels that one "Details" in English. */}
              <Td>
                <Button
                  id={`scc-workload-${String(i)}`}
                  variant="plain"
                  aria-label={t('Show the pods of {{name}}', { name: g.owner?.name ?? g.podName })}
                  aria-expanded={open}
                  icon={open ? <AngleDownIcon /> : <AngleRightIcon />}
                  onClick={() => {
                    view.toggle(g.key);
                  }}
                />
              </Td>
              <Td dataLabel={t('Workload')}>
                <OwnerLink group={g} />
              </Td>
              <Td dataLabel={t('Kind')}>{g.owner?.kind ?? t('Pod (no controller)')}</Td>
              <Td dataLabel={t('Namespace')}>
                <ResourceLink groupVersionKind={NamespaceGVK} name={g.namespace} />
              </Td>
              <Td dataLabel={t('Pods')} data-test="group-pods">
                {fmt.count(g.rows.length)}
              </Td>
              <Td dataLabel={t('RuntimeClass')}>{g.runtimeClasses.join(', ')}</Td>
              <Td dataLabel={t('Overhead charged')} data-test="group-overhead">
                {g.totals.active === 0
                  ? t('None: no pod holds node resources')
                  : t('{{memory}}, {{cpu}} CPU', {
                      memory: fmt.memory(g.totals.overhead.memory),
                      cpu: fmt.cpu(g.totals.overhead.cpu),
                    })}
              </Td>
            </Tr>
            <Tr isExpanded={open}>
              <Td colSpan={7}>
                {open ? (
                  <PodRows
                    rows={g.rows}
                    ariaLabel={t('Pods of {{name}}', { name: g.owner?.name ?? g.podName })}
                  />
                ) : null}
              </Td>
            </Tr>
          </Tbody>
        );
      })}
    </Table>
  );
};
