/**
 * Every step of the install wizard, through a dry run, the installation and the rollout, shows
 * no English in Japanese and no serious accessibility violation (its own server: it installs).
 */
import { expect } from './fixtures';
import { REPORTED_LEAKS } from './i18n-suite';
import { tr } from './locales';
import { mutatingQualityTest as test } from './pages';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';

test.use({ serverKey: 'i18n-install-wizard', scenario: 'mixed' });

test('the install wizard in Japanese, step by step', async ({ page, open }) => {
  test.setTimeout(90_000);
  const check = async () => {
    await waitForPluginIdle(page);
    await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
    await expectAccessible(page);
  };
  await open('/sandboxed-containers/install?lng=ja');
  await expect(page.getByTestId('install-wizard')).toBeVisible();
  const next = page.getByRole('button', { name: tr('ja', 'Next'), exact: true });
  await check();
  for (let step = 2; step <= 4; step++) {
    await next.click();
    await check();
  }
  await next.click();
  await page.getByRole('button', { name: tr('ja', 'Run dry run') }).click();
  await expect(page.getByRole('list', { name: tr('ja', 'Dry run results') })).toBeVisible();
  await check();
  await next.click();
  await page.getByRole('button', { name: tr('ja', 'Install'), exact: true }).click();
  await expect(page.getByText(tr('ja', 'All operations succeeded'))).toBeVisible();
  await check();
  await next.click();
  await expect(page.getByRole('grid', { name: tr('ja', 'Rollout per node') })).toBeVisible({
    timeout: 25_000,
  });
  await check();
});
