/** The install wizard against the simulated cluster: dry run, install, live rollout. */
import { expect, settle, test } from './fixtures';

test.use({ scenario: 'mixed' });

test('installs with NFD and follows the rollout (in Japanese)', async ({
  page,
  open,
  saveScreenshot,
}) => {
  await open('/sandboxed-containers/install?lng=ja');
  await expect(page.getByTestId('install-wizard')).toBeVisible();
  await saveScreenshot('install-1-prerequisites');
  const next = page.getByRole('button', { name: '次へ', exact: true });
  await next.click();
  await saveScreenshot('install-2-method');
  await next.click();
  await saveScreenshot('install-3-nfd');
  await next.click();
  await saveScreenshot('install-4-kataconfig');
  await next.click();
  await page.getByRole('button', { name: 'ドライランを実行' }).click();
  await expect(page.getByRole('list', { name: 'ドライランの結果' })).toBeVisible();
  await settle(page);
  await saveScreenshot('install-5-review');
  await next.click();
  await page.getByRole('button', { name: 'インストール', exact: true }).click();
  await expect(page.getByText('すべての操作が成功しました')).toBeVisible();
  await saveScreenshot('install-6-apply');
  await next.click();
  await expect(page.getByTestId('rollout-progress')).toBeVisible();
  await expect(page.getByRole('list', { name: 'ノードごとのロールアウト' })).toBeVisible({
    timeout: 25_000,
  });
  await saveScreenshot('install-7-progress');
});
