/**
 * WRITE faults on the install wizard's creates (NodeFeatureDiscovery, KataConfig): each failure
 * stops with the API's message and a Retry; after lifting the faults, Retry finishes and the
 * simulator holds exactly one of each object.
 */
import { expect, test } from './fixtures';

test.use({
  serverKey: 'faults-install',
  scenario: 'mixed',
  allowedErrors: ['Failed to load resource'],
});

const STATUSES = [403, 422, 500, 503];

const count = async (url: string, apiPath: string) => {
  const res = await fetch(`${url}/api/kubernetes${apiPath}`);
  return ((await res.json()) as { items: unknown[] }).items.length;
};

test('install wizard: create faults on NFD and KataConfig, then Retry creates each once', async ({
  page,
  open,
  sim,
  server,
}) => {
  await open('/sandboxed-containers/install');
  await expect(page.getByTestId('install-wizard')).toBeVisible();
  const next = page.getByRole('button', { name: 'Next', exact: true });
  for (let i = 0; i < 4; i += 1) await next.click();
  await page.getByRole('button', { name: 'Run dry run' }).click();
  await expect(page.getByRole('list', { name: 'Dry run results' })).toBeVisible();
  await next.click();

  const failed = page.getByTestId('apply-failed');
  const operation = page.getByTestId('operation-failed');
  await sim.setFaults([
    { method: 'POST', path: 'nodefeaturediscoveries$', status: STATUSES[0], times: 1 },
  ]);
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  for (const [i, status] of STATUSES.entries()) {
    await expect(failed).toContainText('The installation stopped at a failed operation');
    await expect(operation).toContainText(`simulated fault: ${String(status)} for POST`);
    const nextStatus = STATUSES[i + 1] ?? 500;
    // The next attempt fails on the NFD again, and the last one on the KataConfig.
    await sim.setFaults([
      i + 1 < STATUSES.length
        ? { method: 'POST', path: 'nodefeaturediscoveries$', status: nextStatus, times: 1 }
        : { method: 'POST', path: 'kataconfigs$', status: 500, times: 1 },
    ]);
    await page.getByTestId('apply-retry').click();
  }
  await expect(operation).toContainText('simulated fault: 500 for POST');
  await expect(operation).toContainText('KataConfig');
  await sim.clearFaults();
  await page.getByTestId('apply-retry').click();
  await expect(page.getByText('All operations succeeded')).toBeVisible();
  expect(await count(server.url, '/apis/nfd.openshift.io/v1/nodefeaturediscoveries')).toBe(1);
  expect(await count(server.url, '/apis/kataconfiguration.openshift.io/v1/kataconfigs')).toBe(1);
  await expect(page.getByTestId('page-crash')).toHaveCount(0);
});
