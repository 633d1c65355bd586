/** KataConfig page for a user who may only read: details, no edit or uninstall, and why. */
import { expect, test } from './fixtures';

test.use({ serverKey: 'kataconfig-read-only', scenario: 'read-only' });

test('a read-only user sees the details but no edit or uninstall controls', async ({
  page,
  open,
  server,
}) => {
  // The read-only scenario has no KataConfig; the simulator's in-process apply bypasses RBAC.
  server.cluster.apply({
    apiVersion: 'kataconfiguration.openshift.io/v1',
    kind: 'KataConfig',
    metadata: { name: 'example-kataconfig' },
    spec: { checkNodeEligibility: true, logLevel: 'debug' },
  });
  await open('/sandboxed-containers/kataconfig?lng=en');
  await expect(page.getByTestId('read-only')).toContainText(
    'Read-only: you do not have permission to edit or delete this KataConfig.',
  );
  const details = page.getByRole('definition');
  await expect(details.filter({ hasText: /^example-kataconfig$/ })).toBeVisible();
  await expect(details.filter({ hasText: /^debug$/ })).toBeVisible();
  await expect(page.getByText('Details', { exact: true })).toBeVisible();
  await expect(page.getByTestId('kataconfig-editor')).toHaveCount(0);
  await expect(page.getByTestId('kataconfig-save')).toHaveCount(0);
  // The Actions menu offers Edit and Uninstall disabled, with the reason.
  await page.getByTestId('actions-menu').click();
  for (const item of ['Edit KataConfig', 'Uninstall']) {
    const menuItem = page.getByRole('menuitem', { name: new RegExp(`^${item}`) });
    await expect(menuItem).toHaveAttribute('aria-disabled', 'true');
    await expect(menuItem).toContainText('You do not have permission to do this.');
  }
  await expect(page.getByRole('button', { name: /Uninstall|Save/ })).toHaveCount(0);
});
