/**
 * Install wizard for a read-only user (`read-only` scenario): the missing permissions are shown,
 * the dry run and the installation cannot be started, nothing is written.
 */
import { expect, test } from './fixtures';
import { TEXT, clusterSnapshot, expectStep, wizardNext } from './install-helpers';

test.use({ scenario: 'read-only', serverKey: 'install-read-only' });

test('a read-only user cannot start applying and is told why', async ({ page, open, server }) => {
  const en = TEXT.en;
  const before = clusterSnapshot(server);
  await open('/sandboxed-containers/install');
  await expect(page.getByText('You cannot create KataConfigs.')).toBeVisible();
  await expect(page.getByText('You cannot create NodeFeatureDiscoveries.')).toBeVisible();
  await expect(page.getByText('You cannot label nodes.')).toBeVisible();

  for (const step of ['Eligibility method', 'NodeFeatureDiscovery', 'KataConfig', 'Review']) {
    await wizardNext(page, 'en');
    await expectStep(page, step);
  }
  await expect(
    page.getByText('The dry run needs the same permissions as the installation.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: en.runDryRun })).toBeDisabled();

  await wizardNext(page, 'en');
  await expectStep(page, 'Apply');
  const why = page.getByTestId('read-only');
  await expect(why).toContainText('You cannot install with your current permissions');
  await expect(why).toContainText('Ask a cluster administrator.');
  // The NFD path's plan creates an NFD, its NodeFeatureRule and a KataConfig (no node patch).
  await expect(why.getByRole('listitem')).toHaveText([
    'create NodeFeatureDiscoveries and NodeFeatureRules in the chosen namespace',
    'create KataConfigs',
  ]);
  await expect(page.getByRole('button', { name: en.install, exact: true })).toBeDisabled();
  await expect(
    page.getByTestId('install-wizard').getByRole('button', { name: en.next, exact: true }),
  ).toBeDisabled();

  expect(clusterSnapshot(server)).toEqual(before);
  expect(
    server.cluster
      .requestLog()
      .filter((r) => r.method !== 'GET' && !r.path.endsWith('/selfsubjectaccessreviews')),
  ).toEqual([]);
});
