/** The plugin's routes and the Node tab, as the quality specs visit them. */
import { expect, type Page } from '@playwright/test';
import type { RunningServer } from '../server/server';
import { test } from './fixtures';
import { nodeTabLabel, tr, type Lng } from './locales';

export type PluginRoute = {
  name: string;
  path: string;
  /** English keys of the page title (h1) and of its tab in the plugin's tabs. */
  title: string;
  tab: string;
};

export const PLUGIN_ROUTES: readonly PluginRoute[] = [
  {
    name: 'nodes',
    path: '/sandboxed-containers/nodes',
    title: 'Node eligibility',
    tab: 'Node eligibility',
  },
  {
    name: 'install',
    path: '/sandboxed-containers/install',
    title: 'Install OpenShift sandboxed containers',
    tab: 'Install',
  },
  {
    name: 'kataconfig',
    path: '/sandboxed-containers/kataconfig',
    title: 'KataConfig',
    tab: 'KataConfig',
  },
  {
    name: 'runtimeclasses',
    path: '/sandboxed-containers/runtimeclasses',
    title: 'RuntimeClasses',
    tab: 'RuntimeClasses',
  },
];

export const routeNamed = (name: string): PluginRoute => {
  const route = PLUGIN_ROUTES.find((r) => r.name === name);
  if (!route) throw new Error(`no plugin route named ${name}`);
  return route;
};

/**
 * Waits for a plugin route in `lng`: one heading for the section (as the console's pages with
 * horizontal tabs have), the route's tab selected, and the tab's name in the document title.
 */
export const expectRouteTitle = async (page: Page, route: PluginRoute, lng: Lng): Promise<void> => {
  await expect(
    page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers'), exact: true }),
  ).toBeVisible();
  await expect(
    page.getByTestId('plugin-tabs').getByRole('tab', { name: tr(lng, route.tab), exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle(new RegExp(`^${tr(lng, route.title).replace(/[()]/g, '.')} · `));
};

/** Names of the scenario's nodes, from the simulator. */
export const nodeNames = async (server: RunningServer): Promise<string[]> => {
  const res = await fetch(`${server.url}/api/kubernetes/api/v1/nodes`);
  const list = (await res.json()) as { items: { metadata: { name: string } }[] };
  return list.items.map((n) => n.metadata.name);
};

export const nodeTabPath = (name: string, lng: Lng): string =>
  `/k8s/cluster/nodes/${name}/sandboxed-containers?lng=${lng}`;

/** Waits for the plugin's Node tab to be selected and rendered. */
export const expectNodeTab = async (page: Page, lng: Lng): Promise<void> => {
  await expect(page.getByRole('tab', { name: nodeTabLabel(lng) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('node-eligibility-tab')).toBeVisible();
};

/**
 * `test` with its own worker (and so its own simulated cluster): a worker fixture of its own
 * changes the fixture pool, so Playwright never shares these workers with other spec files,
 * whose tests may install or change things in a cluster of the same scenario.
 */
export const qualityTest = test.extend<object, { qualityWorker: string }>({
  qualityWorker: ['pages', { scope: 'worker' }],
});

/** Like qualityTest, for a spec that changes its cluster (the install wizard walk). */
export const mutatingQualityTest = test.extend<object, { mutatingQualityWorker: string }>({
  mutatingQualityWorker: ['wizard', { scope: 'worker' }],
});
