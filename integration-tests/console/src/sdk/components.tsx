/** The console SDK components the plugin may use, rendered with PatternFly like the console. */
import { lazy, useEffect } from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { referenceFor } from './k8s-url';

export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, badge, helpText, children }) => (
  <PageSection>
    <Flex
      justifyContent={{ default: 'justifyContentSpaceBetween' }}
      alignItems={{ default: 'alignItemsCenter' }}
    >
      <FlexItem>
        <Title headingLevel="h1" data-test="page-heading">
          {title} {badge}
        </Title>
        {helpText ? <Content component="p">{helpText}</Content> : null}
      </FlexItem>
      {children ? <FlexItem>{children}</FlexItem> : null}
    </Flex>
  </PageSection>
);

/** packages/console-dynamic-plugin-sdk/src/app/components/factory/ListPage/ListPageBody.tsx */
export const ListPageBody: typeof SDK.ListPageBody = ({ children }) => (
  <PageSection className="co-m-pane__body" hasBodyWrapper={false}>
    {children}
  </PageSection>
);

export const DocumentTitle: typeof SDK.DocumentTitle = ({ children }) => {
  useEffect(() => {
    document.title = `${children} · Red Hat OpenShift`;
  }, [children]);
  return null;
};

/** Where the console links a resource: Nodes have their own page, others go by reference. */
export const resourcePath = (
  kindRef: string | undefined,
  gvk: SDK.K8sGroupVersionKind | undefined,
  name: string | undefined,
  namespace: string | undefined,
): string => {
  const kind = gvk?.kind ?? kindRef?.split('~').pop() ?? '';
  const ref = gvk ? referenceFor(gvk.group, gvk.version, gvk.kind) : (kindRef ?? '');
  const segment = kind === 'Node' && !gvk?.group ? 'nodes' : ref;
  const scope = namespace ? `ns/${namespace}` : 'cluster';
  return `/k8s/${scope}/${segment}/${name ?? ''}`;
};

export const ResourceLink: typeof SDK.ResourceLink = (props) => {
  const {
    groupVersionKind,
    name,
    namespace,
    displayName,
    children,
    className,
    dataTest,
    linkTo = true,
    inline,
  } = props;
  // The deprecated `kind` reference is still what many callers pass.
  const { kind } = props as { kind?: string };
  const label = displayName ?? name;
  const content = linkTo ? (
    <Link to={resourcePath(kind, groupVersionKind, name, namespace)} data-test={dataTest ?? name}>
      {label}
    </Link>
  ) : (
    <span data-test={dataTest ?? name}>{label}</span>
  );
  return (
    <span className={className} style={{ display: inline ? 'inline' : 'inline-block' }}>
      {content}
      {children}
    </span>
  );
};

export const Timestamp: typeof SDK.Timestamp = ({ timestamp }) => {
  const { i18n } = useTranslation();
  if (!timestamp) return <span>-</span>;
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return <span>-</span>;
  const text = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
  return (
    <time dateTime={date.toISOString()} data-test="timestamp">
      {text}
    </time>
  );
};

/**
 * public/components/AsyncCodeEditor.tsx: the SDK's CodeEditor is `lazy(() => import(...))`, so
 * the first render of an editor SUSPENDS until Monaco's chunk has loaded; a plugin that does not
 * wrap it in <Suspense> (as the SDK's doc example does) hands its whole page to the console's
 * app-level spinner.
 */
export const CodeEditor = lazy(() => import('./code-editor')) as unknown as typeof SDK.CodeEditor;
