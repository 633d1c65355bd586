/**
 * The install wizard in Japanese on a fresh, healthy `baremetal` cluster (NFD path): every step,
 * its screenshot (install-<step>-ja.png), no English leak and no axe violation on each, dry run,
 * install and the live rollout until done (on `mixed` a rollout never finishes: its NotReady and
 * cordoned workers keep the pools updating, see install-stuck.spec.ts).
 */
import { expect, test } from './fixtures';
import {
  BAREMETAL_KATA_CAPABLE,
  TEXT,
  expectPhases,
  expectStep,
  kataNodes,
  nfds,
  rolloutTable,
  shoot,
  wizardNext,
} from './install-helpers';
import { expectAccessible, expectNoEnglishLeak } from './quality';

/**
 * Known page bugs (reported), allowed here so that other leaks are still caught; remove once fixed:
 * - the wizard's PatternFly Alerts have no `variantLabel`, so their screen-reader prefix stays
 *   PatternFly's English "Warning alert:" (other pages pass useAlertVariantLabel());
 * - the Progress step shows the operator's InProgress condition message (English, from the API)
 *   without `lang="en"`.
 */

test.use({ scenario: 'baremetal', serverKey: 'install-wizard', timeScale: 0.005 });

test('installs with NFD and follows the rollout (in Japanese)', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  const ja = TEXT.ja;
  await open('/sandboxed-containers/install?lng=ja');
  await expect(page.getByTestId('install-wizard')).toBeVisible();
  await expectStep(page, '前提条件');
  // The platform in words of the page's language.
  await expect(page.getByTestId('cluster-platform')).toContainText('ベアメタル');
  await shoot(page, saveScreenshot, 'prerequisites', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, '適格性の確認方法');
  await shoot(page, saveScreenshot, 'method', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, 'NodeFeatureDiscovery');
  await expect(page.getByRole('radio', { name: ja.ruleForm })).toBeChecked();
  await shoot(page, saveScreenshot, 'nfd', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, 'KataConfig');
  await shoot(page, saveScreenshot, 'kataconfig', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, '確認');
  await expect(page.getByTestId('target-count')).toContainText('NFD');
  await expect(page.getByTestId('target-nodes').locator('tbody tr')).toHaveCount(5);
  await page.getByRole('button', { name: ja.runDryRun }).click();
  await expect(
    page.getByRole('list', { name: ja.dryRunResults }).getByTestId('operation-succeeded'),
  ).toHaveCount(3);
  await page.getByRole('list', { name: ja.dryRunResults }).scrollIntoViewIfNeeded();
  await shoot(page, saveScreenshot, 'review', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, '適用');
  await page.getByRole('button', { name: ja.install, exact: true }).click();
  await expect(page.getByText(ja.allSucceeded)).toBeVisible();
  await shoot(page, saveScreenshot, 'apply', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  await wizardNext(page, 'ja');
  await expectStep(page, '進捗');
  await expect(rolloutTable(page).locator('tbody tr')).toHaveCount(4);
  // Until done: the four NFD-labelled workers installed one at a time.
  await expectPhases(
    page,
    'ja',
    Object.fromEntries(BAREMETAL_KATA_CAPABLE.map((n) => [n, 'installed' as const])),
    30_000,
  );
  await expect(page.getByTestId('rollout-done')).toContainText(
    '4 個のノードすべてに Kata がインストールされました',
  );
  expect(kataNodes(server, 'installed')).toHaveLength(4);
  await shoot(page, saveScreenshot, 'progress', 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);
  expect(nfds(server)).toHaveLength(1);
});
