/** Empty states for a read-only user: no action they cannot take, the reason instead. */
import { expect, test } from './fixtures';
import { tr, type Lng } from './locales';

test.use({ serverKey: 'console-idioms-read-only', scenario: 'read-only' });

for (const lng of ['en', 'ja'] as Lng[]) {
  test(`RuntimeClasses and KataConfig in ${lng}`, async ({ page, open }) => {
    await open(`/sandboxed-containers/runtimeclasses?lng=${lng}`);
    const empty = page.getByTestId('runtimeclass-empty');
    await expect(empty.getByTestId('ask-admin')).toHaveText(
      tr(lng, 'Ask a cluster administrator to install OpenShift sandboxed containers.'),
    );
    await expect(empty.getByRole('link')).toHaveCount(0);
    await open(`/sandboxed-containers/kataconfig?lng=${lng}`);
    await expect(page.getByTestId('kataconfig-empty').getByTestId('ask-admin')).toBeVisible();
    await expect(page.getByTestId('kataconfig-empty').getByRole('link')).toHaveCount(0);
  });
}
