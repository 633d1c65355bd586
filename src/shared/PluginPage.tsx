import type { ReactNode } from 'react';
import { memo } from 'react';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../models/constants';
import { ErrorBoundary } from './ErrorBoundary';
import { usePluginTranslation } from './i18n';
import { LangScope } from './LangScope';

/** Tabs that tie the plugin's four pages together under one navigation entry. */
const CONTENT_ID = 'scc-plugin-page-content';

// Memoized: pages re-render on every watch event, and re-rendering PatternFly Tabs forces a
// style recalculation and layout each time (seen in the 5,000-node profile of npm run bench).
const PluginTabs = memo(function PluginTabs() {
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
      component="nav"
      activeKey={active}
      // Only the current tab controls a panel (the page content); the others are links.
      mountOnEnter
      onSelect={(e, key) => {
        const tab = tabs.at(Number(key));
        if (!tab) return;
        e.preventDefault();
        void navigate(tab.path);
      }}
      aria-label={t('Sandboxed containers pages')}
      className="scc-plugin-tabs"
      data-test="plugin-tabs"
    >
      {tabs.map((tab, i) => (
        <Tab
          key={tab.path}
          eventKey={i}
          href={tab.path}
          tabContentId={CONTENT_ID}
          title={<TabTitleText>{tab.title}</TabTitleText>}
        />
      ))}
    </Tabs>
  );
});

type PluginPageProps = {
  title: string;
  /** Buttons shown on the right of the header. */
  actions?: ReactNode;
  children: ReactNode;
};

/** The frame every page of the plugin renders in: title, tabs, and an error boundary. */
export const PluginPage = ({ title, actions, children }: PluginPageProps) => (
  <LangScope>
    <DocumentTitle>{title}</DocumentTitle>
    <ListPageHeader title={title}>{actions}</ListPageHeader>
    <PageSection>
      <PluginTabs />
    </PageSection>
    <PageSection isFilled id={CONTENT_ID}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </PageSection>
  </LangScope>
);
