/** Minimal Node list and Node details (with plugin horizontal-nav tabs), as the console has. */
import { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  PageSection,
  Skeleton,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { resolveLabel } from '../i18n';
import { DocumentTitle, ResourceLink, Timestamp } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/hooks';
import { isHorizontalNavTab } from './extensions';
import { NotFound } from './NotFound';

type Node = K8sResourceCommon & {
  status?: {
    conditions?: { type: string; status: string }[];
    nodeInfo?: { osImage?: string };
  };
};

const NODE_GVK = { version: 'v1', kind: 'Node' };
/** The list is a stand-in; it does not virtualise, so it shows the first rows only. */
const MAX_ROWS = 200;

const roles = (n: Node): string =>
  Object.keys(n.metadata?.labels ?? {})
    .filter((l) => l.startsWith('node-role.kubernetes.io/'))
    .map((l) => l.replace('node-role.kubernetes.io/', ''))
    .join(', ');

const isReady = (n: Node): boolean =>
  n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const NodeListPage = () => {
  const { t } = useTranslation();
  const watched = useK8sWatchResource<Node[]>({ groupVersionKind: NODE_GVK, isList: true });
  const nodes = watched[0];
  const loaded = watched[1];
  const error: unknown = watched[2];
  return (
    <>
      <DocumentTitle>{t('Nodes')}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{t('Nodes')}</Title>
      </PageSection>
      <PageSection>
        {error ? <Alert variant="danger" isInline title={errorMessage(error)} /> : null}
        {!loaded && !error ? <Skeleton /> : null}
        {loaded ? (
          <Table aria-label={t('Nodes')} variant="compact" data-test="node-list">
            <Thead>
              <Tr>
                <Th>{t('Name')}</Th>
                <Th>{t('Status')}</Th>
                <Th>{t('Roles')}</Th>
                <Th>{t('Created')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {nodes.slice(0, MAX_ROWS).map((n) => (
                <Tr key={n.metadata?.name}>
                  <Td dataLabel={t('Name')}>
                    <ResourceLink groupVersionKind={NODE_GVK} name={n.metadata?.name} />
                  </Td>
                  <Td dataLabel={t('Status')}>{isReady(n) ? t('Ready') : t('Not Ready')}</Td>
                  <Td dataLabel={t('Roles')}>{roles(n)}</Td>
                  <Td dataLabel={t('Created')}>
                    <Timestamp timestamp={n.metadata?.creationTimestamp} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </PageSection>
    </>
  );
};

const NodeDetails = ({ node }: { node: Node }) => {
  const { t } = useTranslation();
  return (
    <PageSection>
      <Title headingLevel="h2">{t('Node details')}</Title>
      <DescriptionList>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
          <DescriptionListDescription>{node.metadata?.name}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Roles')}</DescriptionListTerm>
          <DescriptionListDescription>{roles(node)}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('OS image')}</DescriptionListTerm>
          <DescriptionListDescription>{node.status?.nodeInfo?.osImage}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Labels')}</DescriptionListTerm>
          <DescriptionListDescription>
            <LabelGroup numLabels={20}>
              {Object.entries(node.metadata?.labels ?? {}).map(([k, v]) => (
                <Label key={k} isCompact>{`${k}=${v}`}</Label>
              ))}
            </LabelGroup>
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
    </PageSection>
  );
};

export const NodeDetailsPage = () => {
  const { t } = useTranslation();
  const { name = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const watched = useK8sWatchResource<Node>({ groupVersionKind: NODE_GVK, name });
  // The SDK types data as present; it is undefined until loaded or when the node is gone.
  const node = watched[0] as Node | undefined;
  const loaded = watched[1];
  const error: unknown = watched[2];
  const [tabs] = useResolvedExtensions(isHorizontalNavTab);
  const nodeTabs = tabs.filter(
    (tab) =>
      tab.properties.model.kind === 'Node' &&
      tab.properties.model.version === 'v1' &&
      !tab.properties.model.group,
  );
  const base = `/k8s/cluster/nodes/${name}`;
  const active = location.pathname.slice(base.length).replace(/^\//, '');
  return (
    <>
      <DocumentTitle>{name}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1" data-test="node-name">
          {name}
        </Title>
      </PageSection>
      <PageSection type="tabs">
        <Tabs
          activeKey={active}
          onSelect={(_e, key) => {
            void navigate(key ? `${base}/${String(key)}` : base);
          }}
          aria-label={t('Node details')}
          data-test="node-tabs"
        >
          {[
            <Tab key="details" eventKey="" title={<TabTitleText>{t('Details')}</TabTitleText>} />,
            ...nodeTabs.map((tab) => (
              <Tab
                key={tab.uid}
                eventKey={tab.properties.page.href}
                title={<TabTitleText>{resolveLabel(t, tab.properties.page.name)}</TabTitleText>}
              />
            )),
          ]}
        </Tabs>
      </PageSection>
      {error && !node ? (
        <PageSection>
          <Alert variant="danger" isInline title={t('Node not found')}>
            {errorMessage(error)}
          </Alert>
        </PageSection>
      ) : null}
      {!loaded && !error ? <Skeleton /> : null}
      {node ? (
        <Routes>
          <Route index element={<NodeDetails node={node} />} />
          {nodeTabs.map((tab) => {
            const Component = tab.properties.component;
            return (
              <Route
                key={tab.uid}
                path={tab.properties.page.href}
                element={
                  <PageSection>
                    <Component obj={node} />
                  </PageSection>
                }
              />
            );
          })}
          <Route path="*" element={<NotFound />} />
        </Routes>
      ) : null}
    </>
  );
};
