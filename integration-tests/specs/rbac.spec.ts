/**
 * RBAC: read-only and no-access users on every page (controls hidden or disabled with the
 * reason), and a server-side 403 on a write although the access review said yes.
 */
import { expect, test } from './fixtures';

test.use({
  serverKey: 'rbac',
  scenario: 'installed',
  allowedErrors: ['Failed to load resource', 'WebSocket'],
});

test.afterEach(async ({ sim }) => {
  await sim.setUser('admin');
  await sim.clearFaults();
});

test('read-only user: every page shows its data, write controls are disabled with the reason', async ({
  page,
  open,
  sim,
}) => {
  await sim.setUser('read-only');

  await open('/sandboxed-containers/nodes');
  await expect(page.getByTestId('eligibility-row').first()).toBeVisible();

  await open('/sandboxed-containers/kataconfig');
  await expect(page.getByTestId('kataconfig-details')).toBeVisible();
  await expect(
    page.getByText('Read-only: you do not have permission to edit or delete this KataConfig.'),
  ).toBeVisible();

  await open('/sandboxed-containers/runtimeclasses');
  await expect(page.getByTestId('edit-overhead-button')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('edit-overhead-denied')).toHaveText(
    'You do not have permission to patch the RuntimeClass kata.',
  );

  await open('/sandboxed-containers/install');
  await expect(page.getByTestId('permission-kataconfig')).toContainText(
    'You cannot create KataConfigs.',
  );
  await expect(page.getByTestId('permission-nfd')).toContainText(
    'You cannot create NodeFeatureDiscoveries.',
  );
  await expect(page.getByTestId('permission-nodes')).toContainText('You cannot label nodes.');

  await open('/k8s/cluster/nodes/worker-0/sandboxed-containers');
  await expect(page.getByTestId('node-eligibility-tab')).toBeVisible();
  await expect(page.getByTestId('page-crash')).toHaveCount(0);
});

test('no-access user: every page explains the missing permission and does not crash', async ({
  page,
  open,
  sim,
}) => {
  await sim.setUser('no-access');
  await open('/sandboxed-containers/nodes');
  await expect(page.getByTestId('nodes-forbidden')).toContainText(
    'You do not have permission to list nodes',
  );
  for (const p of [
    '/sandboxed-containers/kataconfig',
    '/sandboxed-containers/runtimeclasses',
    '/sandboxed-containers/install',
    '/k8s/cluster/nodes/worker-0/sandboxed-containers',
  ]) {
    await open(p);
    // The API server's 403 message is shown.
    await expect(page.getByText(/forbidden|permission/i).first(), p).toBeVisible();
    await expect(page.getByTestId('page-crash'), p).toHaveCount(0);
  }
});

test('admin: a server-side 403 on a write is handled although the access review allowed it', async ({
  page,
  open,
  sim,
}) => {
  await open('/sandboxed-containers/runtimeclasses');
  await expect(page.getByTestId('edit-overhead-button')).toBeEnabled();
  await page.getByTestId('edit-overhead-button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Memory').fill('420Mi');
  await dialog.getByTestId('edit-overhead-confirm').check();
  await sim.setFaults([
    { method: 'PATCH', path: '^/apis/node\\.k8s\\.io/v1/runtimeclasses/kata$', status: 403 },
  ]);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByTestId('edit-overhead-error')).toContainText(
    'simulated fault: 403 for PATCH',
  );
  await expect(dialog.getByLabel('Memory')).toHaveValue('420Mi');
});
