/** Documentation screenshots once installed (scenario installed): KataConfig, RuntimeClasses. */
import { expect } from './fixtures';
import { tr } from './locales';
import { qualityTest as test } from './pages';
import { LANGUAGES, SHOT_SIZES, SIZES } from './screenshot-manifest';
import { takeShot } from './screenshot-steps';

test.use({ serverKey: 'screenshots-installed', scenario: 'installed' });

for (const size of SHOT_SIZES) {
  test.describe(`${String(size)} px`, () => {
    test.use({ viewport: SIZES[size] });

    for (const lng of LANGUAGES) {
      test(`KataConfig and RuntimeClasses in ${lng}`, async ({ page, open }) => {
        await open(`/sandboxed-containers/kataconfig?lng=${lng}`);
        await expect(
          page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers') }),
        ).toBeVisible();
        await takeShot(page, 'kataconfig', lng);
        await open(`/sandboxed-containers/runtimeclasses?lng=${lng}`);
        await expect(
          page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers') }),
        ).toBeVisible();
        await takeShot(page, 'runtimeclasses', lng);
      });
    }
  });
}
