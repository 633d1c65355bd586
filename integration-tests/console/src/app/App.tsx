/** The console chrome: masthead, Administrator nav, plugin routes, Node pages and a 404. */
import { Suspense, useSyncExternalStore } from 'react';
import {
  PluginStoreProvider,
  useResolvedExtensions,
  type PluginStore,
} from '@openshift/dynamic-plugin-sdk';
import { Alert, Bullseye, Page, PageSection, Spinner } from '@patternfly/react-core';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getMissingExports, subscribeMissingExports } from '../missing-exports';
import { HostMasthead } from './HostMasthead';
import { HostNav } from './HostNav';
import { NodeDetailsPage, NodeListPage } from './NodePages';
import { NotFound } from './NotFound';
import { Probe } from './Probe';
import { isRoutePage, routePaths } from './extensions';

const MissingExportsAlert = () => {
  const { t } = useTranslation();
  const missing = useSyncExternalStore(subscribeMissingExports, getMissingExports);
  if (missing.length === 0) return null;
  return (
    <Alert
      variant="danger"
      isInline
      title={t('The plugin uses SDK exports the console host does not provide')}
      data-test="missing-exports"
    >
      {missing.join(', ')}
    </Alert>
  );
};

/** Host routes plus every console.page/route extension. */
const AppRoutes = () => {
  const [routes, resolved] = useResolvedExtensions(isRoutePage);
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/sandboxed-containers/nodes" replace />} />
      <Route path="/k8s/cluster/nodes" element={<NodeListPage />} />
      <Route path="/k8s/cluster/nodes/:name/*" element={<NodeDetailsPage />} />
      <Route path="/host-probe" element={<Probe />} />
      {routes.flatMap((r) => {
        const Component = r.properties.component;
        return routePaths(r).map((path) => (
          <Route key={`${r.uid}${path}`} path={path} element={<Component />} />
        ));
      })}
      <Route path="*" element={resolved ? <NotFound /> : null} />
    </Routes>
  );
};

/** The console's LoadingBox: what a suspended page shows (no translated text: i18n may be it). */
const LoadingBox = ({ blame }: { blame: string }) => (
  <Bullseye data-test="loading-box" data-blame={blame}>
    <Spinner size="lg" aria-label="Loading" />
  </Bullseye>
);

/**
 * Suspense boundaries where the console has them (public/components/app.tsx): one at the root
 * and one around the whole app content (masthead, nav and page), so a suspended plugin component
 * (the lazy CodeEditor, an i18n namespace still loading) replaces everything with the spinner
 * unless the plugin has its own <Suspense>.
 */
export const App = ({ store }: { store: PluginStore }) => (
  <Suspense fallback={<LoadingBox blame="Root suspense" />}>
    <PluginStoreProvider store={store}>
      <BrowserRouter>
        <Suspense fallback={<LoadingBox blame="App content suspense" />}>
          <Page masthead={<HostMasthead />} sidebar={<HostNav />} isManagedSidebar>
            <MissingExportsAlert />
            {/*
             * public/components/app-contents.tsx: the page content is one filled PageSection,
             * #content-scrollable, that scrolls (public/style/_layout.scss `overflow: auto`);
             * VirtualizedTable windows over it (WithScrollContainer / getParentScrollableElement).
             */}
            <PageSection
              isFilled
              hasBodyWrapper={false}
              padding={{ default: 'noPadding' }}
              className="pf-v6-c-page__main-section--no-gap pf-v6-u-flex-shrink-1"
              id="content-scrollable"
            >
              <AppRoutes />
            </PageSection>
          </Page>
        </Suspense>
      </BrowserRouter>
    </PluginStoreProvider>
  </Suspense>
);
