/** Every plugin route and the Node tab render in English and Japanese, with no page errors. */
import { expect, settle, test } from './fixtures';
import { manifestExtensions, navLabel, nodeTabLabel, tr, type Lng } from './locales';

const PAGES = [
  { name: 'nodes', path: '/sandboxed-containers/nodes', title: 'Node eligibility' },
  {
    name: 'install',
    path: '/sandboxed-containers/install',
    title: 'Install OpenShift sandboxed containers',
  },
  { name: 'kataconfig', path: '/sandboxed-containers/kataconfig', title: 'KataConfig' },
  { name: 'runtimeclasses', path: '/sandboxed-containers/runtimeclasses', title: 'RuntimeClasses' },
];

const LANGUAGES: Lng[] = ['en', 'ja'];

test.use({ serverKey: 'smoke', scenario: 'mixed' });

test('the smoke covers every console.page/route of the built plugin', () => {
  const routes = manifestExtensions()
    .filter((e) => e.type === 'console.page/route')
    .flatMap((e) => e.properties.path as string | string[]);
  expect(routes.sort()).toEqual(PAGES.map((p) => p.path).sort());
});

for (const lng of LANGUAGES) {
  for (const p of PAGES) {
    test(`${p.name} renders in ${lng}`, async ({ page, open, saveScreenshot }) => {
      await open(`${p.path}?lng=${lng}`);
      await expect(
        page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers'), exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: navLabel(lng), exact: true })).toBeVisible();
      await expect(page.getByTestId('missing-exports')).toHaveCount(0);
      await settle(page);
      await saveScreenshot(`${p.name}-${lng}`);
    });
  }

  test(`Node details tab renders in ${lng}`, async ({ page, open, saveScreenshot, server }) => {
    const res = await fetch(`${server.url}/api/kubernetes/api/v1/nodes`);
    const list = (await res.json()) as { items: { metadata: { name: string } }[] };
    expect(list.items.length, 'the scenario has nodes').toBeGreaterThan(0);
    const name = list.items.map((n) => n.metadata.name)[0] ?? '';
    await open(`/k8s/cluster/nodes/${name}/sandboxed-containers?lng=${lng}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('tab', { name: nodeTabLabel(lng) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByTestId('node-eligibility-tab')).toBeVisible();
    await settle(page);
    await saveScreenshot(`node-tab-${lng}`);
  });
}

test('language switch re-renders without a reload', async ({ page, open }) => {
  await open('/sandboxed-containers/nodes?lng=en');
  await page.evaluate(() => {
    (window as unknown as { hostMarker: string }).hostMarker = 'same-document';
  });
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('navigation', { name: '管理者' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: tr('ja', 'Sandboxed containers') }),
  ).toBeVisible();
  // The console's <html> stays lang="en"; the plugin marks its own content as Japanese.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByTestId('plugin-tabs').locator('xpath=ancestor::*[@lang][1]'),
  ).toHaveAttribute('lang', 'ja');
  expect(await page.evaluate(() => (window as unknown as { hostMarker?: string }).hostMarker)).toBe(
    'same-document',
  );
  // Remembered across a reload, without ?lng.
  await page.goto('/sandboxed-containers/nodes');
  await expect(page.getByRole('navigation', { name: '管理者' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Administrator' })).toBeVisible();
});

test('unknown routes show the 404 page', async ({ page, open }) => {
  await open('/no-such-page');
  await expect(page.getByRole('heading', { name: '404: Page Not Found' })).toBeVisible();
});
