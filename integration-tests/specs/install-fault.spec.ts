/**
 * Install wizard, fault on a fresh `mixed` cluster: a 500 on the KataConfig create stops Apply
 * with the API's message; Retry finishes without creating anything twice.
 */
import { expect, test } from './fixtures';
import {
  KATACONFIG_API,
  TEXT,
  expectStep,
  kataConfigs,
  nfds,
  wizardNext,
  writes,
} from './install-helpers';

test.use({
  scenario: 'mixed',
  serverKey: 'install-fault',
  timeScale: 0.1,
  allowedErrors: ['status of 500'],
});

test('a 500 on the KataConfig create stops Apply; Retry finishes with one NFD and one KataConfig', async ({
  page,
  open,
  server,
  sim,
}) => {
  const en = TEXT.en;
  await open('/sandboxed-containers/install');
  for (const step of ['Eligibility method', 'NodeFeatureDiscovery', 'KataConfig', 'Review']) {
    await wizardNext(page, 'en');
    await expectStep(page, step);
  }
  await wizardNext(page, 'en');
  await expectStep(page, 'Apply');

  await sim.setFaults([{ method: 'POST', path: 'kataconfigs', status: 500, times: 1 }]);
  await page.getByRole('button', { name: en.install, exact: true }).click();

  const failed = page.getByTestId('apply-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('The installation stopped at a failed operation');
  const operations = page.getByRole('list', { name: en.operations });
  // The NFD instance and the kata NodeFeatureRule were created before the KataConfig failed.
  await expect(operations.getByTestId('operation-succeeded')).toHaveCount(2);
  await expect(operations.getByTestId('operation-failed')).toContainText(
    `simulated fault: 500 for POST /apis/${KATACONFIG_API}/kataconfigs`,
  );
  await expect(page.getByText(en.allSucceeded)).toHaveCount(0);
  await expect(
    page.getByTestId('install-wizard').getByRole('button', { name: en.next, exact: true }),
  ).toBeDisabled();
  expect(nfds(server)).toHaveLength(1);
  expect(kataConfigs(server)).toEqual([]);

  await failed.getByRole('button', { name: en.retry }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  // The Retry resumes the plan that was applied, at the failed operation: the first attempt's
  // results stay on the list (the objects it created are not created again), the KataConfig is.
  await expect(operations.getByRole('listitem')).toHaveCount(3);
  await expect(operations.getByTestId('operation-succeeded')).toHaveCount(3);
  await expect(operations).toContainText(
    'Create NodeFeatureRule kata-runtime in namespace openshift-nfdCreated successfully',
  );
  await expect(operations).toContainText(
    'Create KataConfig example-kataconfigCreated successfully',
  );
  await expect(failed).toHaveCount(0);

  expect(nfds(server)).toHaveLength(1);
  expect(kataConfigs(server)).toHaveLength(1);
  expect(writes(server, 'POST', /nodefeaturediscoveries$/)).toHaveLength(1);
  expect(writes(server, 'POST', /nodefeaturerules$/)).toHaveLength(1);
  expect(writes(server, 'POST', /kataconfigs$/).map((r) => r.status)).toEqual([500, 201]);
  await wizardNext(page, 'en');
  await expectStep(page, 'Progress');
});
