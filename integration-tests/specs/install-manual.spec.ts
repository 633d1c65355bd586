/**
 * Install wizard, manual-label path, on a fresh healthy `baremetal` cluster: exactly the chosen
 * nodes get the Kata label, no NodeFeatureDiscovery is created, and Kata goes only to those nodes.
 */
import { expect, test } from './fixtures';
import {
  KATA_LABEL,
  TEXT,
  expectPhases,
  expectStep,
  kataConfigs,
  kataNodes,
  nfds,
  nodesLabelled,
  shoot,
  wizardNext,
  writes,
} from './install-helpers';

test.use({ scenario: 'baremetal', serverKey: 'install-manual', timeScale: 0.005 });

test('manual path: labels exactly the chosen nodes and creates no NodeFeatureDiscovery', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  const en = TEXT.en;
  const nfdsBefore = nfds(server);
  expect(nodesLabelled(server)).toEqual([]);

  await open('/sandboxed-containers/install');
  await wizardNext(page, 'en');
  await expectStep(page, 'Eligibility method');
  await page.getByLabel('Label chosen nodes by hand').check();
  const picker = page.getByRole('grid', { name: 'Worker nodes to label' });
  await expect(picker).toBeVisible();
  // NFD has not run: no worker is known to be eligible, so none is preselected and "select all"
  // (eligible nodes only) has nothing to select.
  await expect(picker.getByRole('row').filter({ hasText: 'Unknown' })).toHaveCount(5);
  await expect(picker.getByLabel(en.selectAll)).toBeDisabled();
  await expect(page.getByText('Choose at least one node.')).toBeVisible();
  await expect(
    page.getByTestId('install-wizard').getByRole('button', { name: en.next, exact: true }),
  ).toBeDisabled();
  await picker.getByLabel('Label node worker-intel-0').check();
  await picker.getByLabel('Label node worker-amd-1').check();
  await shoot(page, saveScreenshot, 'method-manual', 'en');

  // The NodeFeatureDiscovery step is skipped.
  await wizardNext(page, 'en');
  await expectStep(page, 'KataConfig');
  await wizardNext(page, 'en');
  await expectStep(page, 'Review');
  await expect(page.getByTestId('review-operation')).toHaveCount(3);
  await expect(page.getByText(`Label node worker-intel-0 with ${KATA_LABEL}=true`)).toBeVisible();
  await expect(page.getByText(`Label node worker-amd-1 with ${KATA_LABEL}=true`)).toBeVisible();

  await wizardNext(page, 'en');
  await page.getByRole('button', { name: en.install, exact: true }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  await wizardNext(page, 'en');
  await expectPhases(
    page,
    'en',
    { 'worker-amd-1': 'installed', 'worker-intel-0': 'installed' },
    30_000,
  );
  await expect(page.getByTestId('rollout-done')).toContainText('Kata is installed on all 2 nodes');

  expect(nodesLabelled(server)).toEqual(['worker-amd-1', 'worker-intel-0']);
  expect(
    writes(server, 'PATCH', /^\/api\/v1\/nodes\//)
      .map((r) => r.path)
      .sort(),
  ).toEqual(['/api/v1/nodes/worker-amd-1', '/api/v1/nodes/worker-intel-0']);
  expect(nfds(server)).toEqual(nfdsBefore);
  expect(writes(server, 'POST', /nodefeaturediscoveries/)).toEqual([]);
  expect(kataConfigs(server)).toHaveLength(1);
  expect(kataConfigs(server).at(0)?.spec?.checkNodeEligibility).toBe(true);
  expect(kataNodes(server, 'installed')).toEqual(['worker-amd-1', 'worker-intel-0']);
  expect(nodesLabelled(server, 'node-role.kubernetes.io/kata-oc', '')).toEqual([
    'worker-amd-1',
    'worker-intel-0',
  ]);
});
