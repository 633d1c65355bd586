/** Registers the Japanese-leak tests of every plugin route and the Node tab for a spec file. */
import { expect } from './fixtures';
import {
  expectNodeTab,
  expectRouteTitle,
  nodeNames,
  nodeTabPath,
  PLUGIN_ROUTES,
  qualityTest as test,
} from './pages';
import { expectNoEnglishLeak, waitForPluginIdle, type AllowEntry } from './quality';

/**
 * Leaks found by these specs and reported to a page's owner are allowed here until fixed (remove
 * each entry with its fix). Empty: the alert prefixes, LabelGroup labels and the uninstall dialog's
 * close label they found are fixed (src/shared/Alert.tsx, KataConfigDetails, UninstallModal).
 */
export const REPORTED_LEAKS: readonly AllowEntry[] = [];

export const noEnglishOnEveryPage = (): void => {
  for (const route of PLUGIN_ROUTES) {
    test(`${route.name} has no English in Japanese`, async ({ page, open }) => {
      await open(`${route.path}?lng=ja`);
      await expectRouteTitle(page, route, 'ja');
      await waitForPluginIdle(page);
      await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
    });
  }

  test('the Node tab has no English in Japanese, for every node', async ({
    page,
    open,
    server,
  }) => {
    const names = await nodeNames(server);
    expect(names.length, 'the scenario has nodes').toBeGreaterThan(0);
    for (const name of names) {
      await open(nodeTabPath(name, 'ja'));
      await expectNodeTab(page, 'ja');
      await waitForPluginIdle(page);
      await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
    }
  });
};
