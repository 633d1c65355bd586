/**
 * RuntimeClass page for the `read-only` scenario's user (get/list/watch only), with a kata
 * RuntimeClass added in-process: the overhead is shown but cannot be edited, with the reason.
 */
import { expect, test } from './fixtures';

test.use({ serverKey: 'runtimeclass-readonly', scenario: 'read-only' });

test('a read-only user gets a disabled edit button with the reason', async ({
  page,
  open,
  server,
}) => {
  server.cluster.apply({
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: 'kata' },
    handler: 'kata',
    overhead: { podFixed: { memory: '500Mi', cpu: '500m' } },
  });
  await open('/sandboxed-containers/runtimeclasses?lng=en');
  await expect(page.getByTestId('current-overhead-memory')).toHaveText('500 MiB');

  const edit = page.getByRole('button', { name: 'Edit pod overhead' });
  await expect(edit).toBeDisabled();
  await expect(edit).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('edit-overhead-denied')).toHaveText(
    'You do not have permission to patch the RuntimeClass kata.',
  );
});
