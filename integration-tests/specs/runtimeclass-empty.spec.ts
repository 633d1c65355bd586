/** RuntimeClass page on the `mixed` scenario: no kata RuntimeClass, so it links to the wizard. */
import { expect, test } from './fixtures';
import { tr } from './locales';

test.use({ serverKey: 'runtimeclass-empty', scenario: 'mixed' });

test('without kata, the empty state links to the install wizard', async ({
  page,
  open,
  server,
}) => {
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  await open('/sandboxed-containers/runtimeclasses?lng=en');
  const empty = page.getByTestId('runtimeclass-empty');
  await expect(empty.getByRole('heading', { name: 'Kata is not installed' })).toBeVisible();
  await expect(page.getByTestId('overhead-panel-kata')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit pod overhead' })).toHaveCount(0);

  const install = empty.getByRole('link', { name: 'Install OpenShift sandboxed containers' });
  await expect(install).toHaveAttribute('href', '/sandboxed-containers/install');
  await install.click();
  await expect(page).toHaveURL(/\/sandboxed-containers\/install/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: tr('en', 'Sandboxed containers'),
    }),
  ).toBeVisible();
});
