/**
 * Install wizard, dry run on a fresh `mixed` cluster: per-operation results on the review step
 * (NFD path, then the manual path with node labels) and nothing written to the simulator.
 */
import { expect, test } from './fixtures';
import { TEXT, clusterSnapshot, expectStep, wizardNext, writes } from './install-helpers';

test.use({ scenario: 'mixed', serverKey: 'install-dry-run' });

test('dry run shows a result per operation and writes nothing', async ({ page, open, server }) => {
  const en = TEXT.en;
  const before = clusterSnapshot(server);
  await open('/sandboxed-containers/install');
  for (const step of ['Eligibility method', 'NodeFeatureDiscovery', 'KataConfig', 'Review']) {
    await wizardNext(page, 'en');
    await expectStep(page, step);
  }

  await page.getByRole('button', { name: en.runDryRun }).click();
  const results = page.getByRole('list', { name: en.dryRunResults });
  // The NFD instance, the kata NodeFeatureRule (this NFD reads them), the KataConfig.
  await expect(results.getByRole('listitem')).toHaveCount(3);
  await expect(results.getByTestId('operation-succeeded')).toHaveCount(3);
  await expect(
    results.getByText('The API server accepts it (dry run)', { exact: true }),
  ).toHaveCount(3);
  await expect(results).toContainText(
    'Create NodeFeatureDiscovery nfd-instance in namespace openshift-nfd',
  );
  await expect(results).toContainText(
    'Create NodeFeatureRule kata-runtime in namespace openshift-nfd',
  );
  await expect(results).toContainText('Create KataConfig');
  expect(clusterSnapshot(server)).toEqual(before);

  // The manual path: the node patches are dry-run too.
  await page.getByRole('button', { name: 'Eligibility method', exact: true }).click();
  await page.getByLabel('Label chosen nodes by hand').check();
  const picker = page.getByRole('grid', { name: 'Worker nodes to label' });
  // NFD has not run: no worker is known eligible, so none is preselected.
  await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await picker.getByLabel('Label node worker-intel-1').check();
  await picker.getByLabel('Label node worker-amd-0').check();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expectStep(page, 'Review');
  // Results of the previous plan are not shown for the changed one.
  await expect(results).toHaveCount(0);
  await page.getByRole('button', { name: en.runDryRun }).click();
  await expect(results.getByTestId('operation-succeeded')).toHaveCount(3);
  await expect(
    results.getByText('The API server accepts the label (dry run)', { exact: true }),
  ).toHaveCount(2);

  expect(clusterSnapshot(server)).toEqual(before);
  const mutating = server.cluster
    .requestLog()
    .filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method))
    .filter((r) => !r.path.endsWith('/selfsubjectaccessreviews'));
  expect(mutating.length).toBeGreaterThanOrEqual(5);
  for (const r of mutating) expect(r.query).toContain('dryRun=All');
  expect(writes(server, 'POST', /./).filter((r) => !r.path.endsWith('accessreviews'))).toEqual([]);
});
