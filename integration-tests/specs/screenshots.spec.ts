/** Documentation screenshots before installation (scenario mixed): nodes, Node tab, wizard. */
import { expect } from './fixtures';
import { tr } from './locales';
import { qualityTest as test } from './pages';
import { LANGUAGES, SHOT_SIZES, SIZES } from './screenshot-manifest';
import { takeShot } from './screenshot-steps';

test.use({ serverKey: 'screenshots', scenario: 'mixed' });

for (const size of SHOT_SIZES) {
  test.describe(`${String(size)} px`, () => {
    test.use({ viewport: SIZES[size] });

    for (const lng of LANGUAGES) {
      test(`nodes and Node tab in ${lng}`, async ({ page, open }) => {
        await open(`/sandboxed-containers/nodes?lng=${lng}`);
        await expect(
          page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers') }),
        ).toBeVisible();
        await takeShot(page, 'nodes', lng);
        await open(`/k8s/cluster/nodes/worker-intel-0/sandboxed-containers?lng=${lng}`);
        await expect(page.getByTestId('node-eligibility-tab')).toBeVisible();
        await takeShot(page, 'node-tab', lng);
      });

      test(`install wizard steps in ${lng}`, async ({ page, open }) => {
        await open(`/sandboxed-containers/install?lng=${lng}`);
        await expect(
          page.getByRole('heading', {
            level: 1,
            name: tr(lng, 'Sandboxed containers'),
          }),
        ).toBeVisible();
        const next = page.getByRole('button', { name: tr(lng, 'Next'), exact: true });
        await takeShot(page, 'install-1-prerequisites', lng);
        await next.click();
        await takeShot(page, 'install-2-method', lng);
        await next.click();
        await takeShot(page, 'install-3-nfd', lng);
        await next.click();
        await takeShot(page, 'install-4-kataconfig', lng);
      });
    }
  });
}
