import type { ReactNode } from 'react';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../models/constants';
import { ErrorBoundary } from './ErrorBoundary';
import { usePluginTranslation } from './i18n';

/** Tabs that tie the plugin's four pages together under one navigation entry. */
const PluginTabs = () => {
  const { t } = usePluginTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = [
    { path: ROUTES.nodes, title: t('Node eligibility') },
    { path: ROUTES.install, title: t('Install') },
    { path: ROUTES.kataConfig, title: t('KataConfig') },
    { path: ROUTES.runtimeClasses, title: t('RuntimeClasses') },
  ];
  const active = tabs.findIndex((tab) => location.pathname.startsWith(tab.path));
  return (
    <Tabs
      activeKey={active}
      onSelect={(_e, key) => {
        const tab = tabs.at(Number(key));
        if (tab) void navigate(tab.path);
      }}
      aria-label={t('Sandboxed containers pages')}
      className="scc-plugin-tabs"
      data-test="plugin-tabs"
    >
      {tabs.map((tab, i) => (
        <Tab key={tab.path} eventKey={i} title={<TabTitleText>{tab.title}</TabTitleText>} />
      ))}
    </Tabs>
  );
};

type PluginPageProps = {
  title: string;
  /** Buttons shown on the right of the header. */
  actions?: ReactNode;
  children: ReactNode;
};

/** The frame every page of the plugin renders in: title, tabs, and an error boundary. */
export const PluginPage = ({ title, actions, children }: PluginPageProps) => (
  <>
    <DocumentTitle>{title}</DocumentTitle>
    <ListPageHeader title={title}>{actions}</ListPageHeader>
    <PageSection>
      <PluginTabs />
    </PageSection>
    <PageSection isFilled>
      <ErrorBoundary>{children}</ErrorBoundary>
    </PageSection>
  </>
);
