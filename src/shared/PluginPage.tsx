import type { ReactNode } from 'react';
import { memo } from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../models/constants';
import { ErrorBoundary } from './ErrorBoundary';
import { usePluginTranslation } from './i18n';
import { LangScope } from './LangScope';
import { useTextMetricsKey } from './useTextMetricsKey';

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
  const metricsKey = useTextMetricsKey();
  return (
    <Tabs
      key={metricsKey}
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
  /** The tab's name, for the browser's title; the heading is the section's, as console pages do. */
  title: string;
  /** Buttons shown on the right of the header. */
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * The frame every page of the plugin renders in: one heading for the section (the navigation
 * entry's name) with horizontal tabs under it, as the console's resource pages have, the page's
 * actions on the right of the heading, and the content in the SDK's ListPageBody.
 */
export const PluginPage = ({ title, actions, children }: PluginPageProps) => {
  const { t } = usePluginTranslation();
  const section = t('Sandboxed containers');
  return (
    <LangScope>
      <DocumentTitle>{`${title} · ${section}`}</DocumentTitle>
      <ListPageHeader title={section}>{actions}</ListPageHeader>
      <PageSection hasBodyWrapper={false} padding={{ default: 'noPadding' }}>
        <PluginTabs />
      </PageSection>
      <ListPageBody>
        <div id={CONTENT_ID}>
          <ErrorBoundary>{children}</ErrorBoundary>
        </div>
      </ListPageBody>
    </LangScope>
  );
};
