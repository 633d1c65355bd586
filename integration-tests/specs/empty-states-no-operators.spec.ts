/** Empty states without the operator: OperatorHub, never an Install that cannot work. */
import { expect, test } from './fixtures';
import { tr, type Lng } from './locales';

test.use({ serverKey: 'console-idioms-no-operators', scenario: 'no-operators' });

for (const lng of ['en', 'ja'] as Lng[]) {
  test(`KataConfig and RuntimeClasses in ${lng}`, async ({ page, open }) => {
    await open(`/sandboxed-containers/kataconfig?lng=${lng}`);
    const missing = page.getByTestId('operator-missing');
    await expect(missing.getByRole('link', { name: tr(lng, 'Go to OperatorHub') })).toHaveAttribute(
      'href',
      '/catalog?catalogType=operator&keyword=sandboxed%20containers',
    );
    await expect(
      missing.getByRole('link', { name: tr(lng, 'Install OpenShift sandboxed containers') }),
    ).toHaveCount(0);
    await open(`/sandboxed-containers/runtimeclasses?lng=${lng}`);
    await expect(
      page
        .getByTestId('runtimeclass-empty')
        .getByRole('link', { name: tr(lng, 'Go to OperatorHub') }),
    ).toBeVisible();
  });
}
