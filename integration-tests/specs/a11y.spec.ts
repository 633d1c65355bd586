/**
 * axe-core finds no serious or critical violation on any plugin route or the Node tab, in English
 * and Japanese; and the check is shown to fail on a planted violation.
 */
import { expect } from './fixtures';
import { type Lng } from './locales';
import {
  expectNodeTab,
  expectRouteTitle,
  nodeNames,
  nodeTabPath,
  PLUGIN_ROUTES,
  routeNamed,
  qualityTest as test,
} from './pages';
import { expectAccessible, waitForPluginIdle } from './quality';

test.use({ serverKey: 'a11y', scenario: 'mixed' });

const LANGUAGES: Lng[] = ['en', 'ja'];

for (const lng of LANGUAGES) {
  for (const route of PLUGIN_ROUTES) {
    test(`${route.name} is accessible in ${lng}`, async ({ page, open }) => {
      await open(`${route.path}?lng=${lng}`);
      await expectRouteTitle(page, route, lng);
      await waitForPluginIdle(page);
      await expectAccessible(page);
    });
  }

  test(`the Node tab is accessible in ${lng}`, async ({ page, open, server }) => {
    const names = await nodeNames(server);
    expect(names.length, 'the scenario has nodes').toBeGreaterThan(0);
    // A control plane node, an eligible worker and a worker that is not: their tabs differ.
    const sample = [
      ...new Set([
        names[0],
        names.find((n) => n.includes('intel')),
        names.find((n) => n.includes('rhel')),
      ]),
    ].filter((n): n is string => n !== undefined);
    for (const name of sample) {
      await open(nodeTabPath(name, lng));
      await expectNodeTab(page, lng);
      await waitForPluginIdle(page);
      await expectAccessible(page);
    }
  });
}

test.describe('the check bites', () => {
  test.beforeEach(async ({ page, open }) => {
    await open('/sandboxed-containers/nodes?lng=en');
    await expectRouteTitle(page, routeNamed('nodes'), 'en');
    await waitForPluginIdle(page);
  });

  test('a button without a name fails it', async ({ page }) => {
    await page.evaluate(() => {
      document.querySelector('main')?.append(document.createElement('button'));
    });
    await expect(expectAccessible(page)).rejects.toThrow(/button-name \(critical\)/);
  });

  test('a known rule still fails outside the known container', async ({ page }) => {
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'x';
      button.setAttribute('aria-controls', 'no-such-panel');
      document.querySelector('main')?.append(button);
    });
    await expect(expectAccessible(page)).rejects.toThrow(/aria-valid-attr-value \(critical\)/);
  });
});
