/** The console chrome: masthead, Administrator nav, plugin routes, Node pages and a 404. */
import { useSyncExternalStore } from 'react';
import {
  PluginStoreProvider,
  useResolvedExtensions,
  type PluginStore,
} from '@openshift/dynamic-plugin-sdk';
import { Alert, Page } from '@patternfly/react-core';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getMissingExports, subscribeMissingExports } from '../missing-exports';
import { ActiveNamespaceProvider } from '../sdk/namespace';
import { OverlayProvider } from '../sdk/overlay';
import { HostMasthead } from './HostMasthead';
import { HostNav } from './HostNav';
import { NodeDetailsPage, NodeListPage } from './NodePages';
import { NotFound } from './NotFound';
import { WorkloadDetailsPage, WorkloadListPage } from './WorkloadPages';
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
      <Route path="/k8s/ns/:ns/:plural" element={<WorkloadListPage />} />
      <Route path="/k8s/all-namespaces/:plural" element={<WorkloadListPage />} />
      <Route path="/k8s/ns/:ns/:plural/:name" element={<WorkloadDetailsPage />} />
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

export const App = ({ store }: { store: PluginStore }) => (
  <PluginStoreProvider store={store}>
    <BrowserRouter>
      <ActiveNamespaceProvider>
        <OverlayProvider>
          <Page masthead={<HostMasthead />} sidebar={<HostNav />} isManagedSidebar>
            <MissingExportsAlert />
            <AppRoutes />
          </Page>
        </OverlayProvider>
      </ActiveNamespaceProvider>
    </BrowserRouter>
  </PluginStoreProvider>
);
