/**
 * Minimal workload list and details pages (Deployments, StatefulSets, DaemonSets, Jobs) with the
 * Actions menu the console renders from plugin actions (see ActionMenu.tsx). Routes as the console
 * has them: `/k8s/ns/<ns>/<plural>[/<name>]`, `/k8s/all-namespaces/<plural>`; the
 * `<group~version~kind>` form is accepted too, because ResourceLink links by reference in this host.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Label, PageSection, Skeleton, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle, ResourceLink } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/hooks';
import { ActionMenu, type Gvk } from './ActionMenu';
import { NotFound } from './NotFound';

type Workload = K8sResourceCommon & {
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: { spec?: { runtimeClassName?: string } };
  };
  status?: { replicas?: number; readyReplicas?: number };
};

type Pod = K8sResourceCommon & {
  spec?: { nodeName?: string; runtimeClassName?: string; overhead?: Record<string, string> };
  status?: { phase?: string };
};

const KINDS: (Gvk & { plural: string; abbr: string })[] = [
  { group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', abbr: 'D' },
  { group: 'apps', version: 'v1', kind: 'StatefulSet', plural: 'statefulsets', abbr: 'SS' },
  { group: 'apps', version: 'v1', kind: 'DaemonSet', plural: 'daemonsets', abbr: 'DS' },
  { group: 'batch', version: 'v1', kind: 'Job', plural: 'jobs', abbr: 'J' },
];

const kindOf = (segment: string | undefined) =>
  KINDS.find((k) => k.plural === segment || `${k.group ?? ''}~${k.version}~${k.kind}` === segment);

const gvkOf = (k: Gvk): Gvk => ({ group: k.group, version: k.version, kind: k.kind });

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const WorkloadListPage = () => {
  const { t } = useTranslation();
  const { ns, plural } = useParams();
  const kind = kindOf(plural);
  const watched = useK8sWatchResource<Workload[]>(
    kind ? { groupVersionKind: gvkOf(kind), isList: true, ...(ns ? { namespace: ns } : {}) } : null,
  );
  if (!kind) return <NotFound />;
  const [items, loaded] = watched;
  const error: unknown = watched[2];
  return (
    <>
      <DocumentTitle>{kind.kind}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1" data-test="page-heading">
          {kind.kind}
        </Title>
      </PageSection>
      <PageSection>
        {error ? <Alert variant="danger" isInline title={errorText(error)} /> : null}
        {!loaded && !error ? <Skeleton /> : null}
        {loaded ? (
          <Table aria-label={kind.kind} variant="compact" data-test="workload-list">
            <Thead>
              <Tr>
                <Th>{t('Name')}</Th>
                <Th>{t('Namespace')}</Th>
                <Th>{t('Pods')}</Th>
                <Th>{t('Runtime class')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {items.map((w) => (
                <Tr key={w.metadata?.uid ?? w.metadata?.name}>
                  <Td>
                    <ResourceLink
                      groupVersionKind={gvkOf(kind)}
                      name={w.metadata?.name}
                      namespace={w.metadata?.namespace}
                    />
                  </Td>
                  <Td>{w.metadata?.namespace}</Td>
                  <Td>{`${String(w.status?.readyReplicas ?? 0)} / ${String(w.spec?.replicas ?? w.status?.replicas ?? 0)}`}</Td>
                  <Td>{w.spec?.template?.spec?.runtimeClassName ?? '-'}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </PageSection>
    </>
  );
};

const selectorOf = (w: Workload) => ({ matchLabels: w.spec?.selector?.matchLabels ?? {} });

const WorkloadPods = ({ workload }: { workload: Workload }) => {
  const { t } = useTranslation();
  const [pods, loaded] = useK8sWatchResource<Pod[]>({
    groupVersionKind: { version: 'v1', kind: 'Pod' },
    isList: true,
    namespace: workload.metadata?.namespace,
    selector: selectorOf(workload),
  });
  if (!loaded) return <Skeleton />;
  return (
    <Table aria-label={t('Pods')} variant="compact" data-test="workload-pods">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Node')}</Th>
          <Th>{t('Runtime class')}</Th>
          <Th>{t('Overhead')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pods.map((p) => (
          <Tr
            key={p.metadata?.uid ?? p.metadata?.name}
            data-test={`workload-pod-${p.metadata?.name ?? ''}`}
          >
            <Td>{p.metadata?.name}</Td>
            <Td>{p.metadata?.deletionTimestamp ? 'Terminating' : (p.status?.phase ?? '')}</Td>
            <Td>{p.spec?.nodeName ?? '-'}</Td>
            <Td data-test="pod-runtime-class">{p.spec?.runtimeClassName ?? '-'}</Td>
            <Td data-test="pod-overhead">
              {p.spec?.overhead
                ? Object.entries(p.spec.overhead)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')
                : '-'}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export const WorkloadDetailsPage = () => {
  const { t } = useTranslation();
  const { ns, plural, name = '' } = useParams();
  const kind = kindOf(plural);
  const watched = useK8sWatchResource<Workload>(
    kind ? { groupVersionKind: gvkOf(kind), name, namespace: ns } : null,
  );
  if (!kind) return <NotFound />;
  const obj = watched[0] as Workload | undefined;
  const error: unknown = watched[2];
  return (
    <>
      <DocumentTitle>{name}</DocumentTitle>
      <PageSection>
        {/* The console's details heading: the kind's abbreviation badge and the name. */}
        <Title headingLevel="h1" data-test="page-heading">
          <Label isCompact color="blue" aria-hidden>
            {kind.abbr}
          </Label>{' '}
          {name}
        </Title>
        {obj ? <ActionMenu obj={obj} gvk={gvkOf(kind)} /> : null}
      </PageSection>
      {error && !obj ? (
        <PageSection>
          <Alert variant="danger" isInline title={errorText(error)} />
        </PageSection>
      ) : null}
      {obj ? (
        <PageSection>
          <p data-test="template-runtime-class">
            {`${t('Runtime class')}: ${obj.spec?.template?.spec?.runtimeClassName ?? '-'}`}
          </p>
          <WorkloadPods workload={obj} />
        </PageSection>
      ) : null}
    </>
  );
};
