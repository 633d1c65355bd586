/**
 * Error states in Japanese: when a page's main list fails (HTTP 500 from the API), the page's
 * own words are Japanese; only the API server's message (marked lang="en") stays English.
 */
import { expect, test } from './fixtures';
import { expectNoEnglishLeak, waitForPluginIdle } from './quality';

test.use({
  serverKey: 'i18n-errors',
  scenario: 'installed',
  allowedErrors: ['Failed to load resource'],
});

const PAGES = [
  { path: '/sandboxed-containers/nodes', api: '^/api/v1/nodes$' },
  {
    path: '/sandboxed-containers/kataconfig',
    api: '^/apis/kataconfiguration\\.openshift\\.io/v1/kataconfigs',
  },
  { path: '/sandboxed-containers/runtimeclasses', api: '^/apis/node\\.k8s\\.io/v1/runtimeclasses' },
];

for (const { path, api } of PAGES) {
  test(`${path}: the load error is Japanese`, async ({ page, open, sim }) => {
    await sim.setFaults([{ method: 'GET', path: api, status: 500 }]);
    try {
      await open(`${path}?lng=ja`);
      await expect(
        page.getByRole('main').getByRole('heading', { name: /^危険アラート:/ }),
      ).toBeVisible();
      await waitForPluginIdle(page);
      await expectNoEnglishLeak(page);
    } finally {
      await sim.clearFaults();
    }
  });
}
