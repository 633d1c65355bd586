/**
 * Install wizard, all-workers path, on a fresh `mixed` cluster: a KataConfig with
 * checkNodeEligibility: false, no NodeFeatureDiscovery, no node labelled by the wizard.
 */
import { expect, test } from './fixtures';
import {
  TEXT,
  expectStep,
  kataConfigs,
  nfds,
  nodesLabelled,
  expectReviewNodes,
  rolloutTable,
  wizardNext,
  writes,
} from './install-helpers';

/** The review's order: the nodes with a warning first (then by name). */
const WORKERS = [
  'worker-cordoned-0',
  'worker-notready-0',
  'worker-rhel-0',
  'worker-amd-0',
  'worker-amd-1',
  'worker-intel-0',
  'worker-intel-1',
  'worker-nokvm-0',
];

test.use({ scenario: 'mixed', serverKey: 'install-all-workers', timeScale: 0.1 });

test('all-workers path: KataConfig without node eligibility check, no NFD', async ({
  page,
  open,
  server,
}) => {
  const en = TEXT.en;
  await open('/sandboxed-containers/install');
  await wizardNext(page, 'en');
  await page.getByLabel('All worker nodes').check();
  await wizardNext(page, 'en');
  await expectStep(page, 'KataConfig');
  await wizardNext(page, 'en');
  await expectStep(page, 'Review');
  await expect(page.getByTestId('review-operation')).toHaveCount(1);
  await expect(page.getByTestId('review-yaml')).toContainText('checkNodeEligibility: false');
  // Every worker gets Kata, by name; the NotReady and the cordoned one will stop the rollout.
  await expectReviewNodes(page, WORKERS);
  await expect(page.getByTestId('review-blocking')).toContainText(
    '2 of these nodes will stop the rollout',
  );

  await wizardNext(page, 'en');
  await page.getByRole('button', { name: en.install, exact: true }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  await wizardNext(page, 'en');
  // The operator puts every worker in the Kata pool at once.
  await expect(rolloutTable(page).locator('tbody tr')).toHaveCount(WORKERS.length);

  expect(kataConfigs(server)).toHaveLength(1);
  expect(kataConfigs(server).at(0)?.spec?.checkNodeEligibility).toBe(false);
  expect(nfds(server)).toEqual([]);
  expect(writes(server, 'POST', /nodefeaturediscoveries/)).toEqual([]);
  expect(writes(server, 'PATCH', /^\/api\/v1\/nodes\//)).toEqual([]);
  expect(nodesLabelled(server)).toEqual([]);
});
