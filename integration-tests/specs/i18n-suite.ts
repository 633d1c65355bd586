/** Registers the Japanese-leak tests of every plugin route and the Node tab for a spec file. */
import { expect, test } from './fixtures';
import { tr } from './locales';
import { expectNodeTab, nodeNames, nodeTabPath, PLUGIN_ROUTES } from './pages';
import { expectNoEnglishLeak, waitForPluginIdle } from './quality';

export const noEnglishOnEveryPage = (): void => {
  for (const route of PLUGIN_ROUTES) {
    test(`${route.name} has no English in Japanese`, async ({ page, open }) => {
      await open(`${route.path}?lng=ja`);
      await expect(
        page.getByRole('heading', { level: 1, name: tr('ja', route.title), exact: true }),
      ).toBeVisible();
      await waitForPluginIdle(page);
      await expectNoEnglishLeak(page);
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
      await expectNoEnglishLeak(page);
    }
  });
};
