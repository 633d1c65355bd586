/** Documentation screenshots of the Kata workloads (scenario workloads): Overview, list, Run in Kata. */
import { expect } from './fixtures';
import { tr } from './locales';
import { qualityTest as test } from './pages';
import { LANGUAGES, SHOT_SIZES, SIZES } from './screenshot-manifest';
import { takeShot } from './screenshot-steps';

test.use({ serverKey: 'screenshots-workloads', scenario: 'workloads' });

for (const size of SHOT_SIZES) {
  test.describe(`${String(size)} px`, () => {
    test.use({ viewport: SIZES[size] });

    for (const lng of LANGUAGES) {
      test(`Overview, Workloads in Kata and Run in Kata in ${lng}`, async ({ page, open }) => {
        await open(`/sandboxed-containers/overview?lng=${lng}`);
        await expect(page.getByTestId('next-action')).toBeVisible();
        await takeShot(page, 'overview', lng);

        await open(`/sandboxed-containers/workloads?lng=${lng}`);
        await page
          .getByRole('button', {
            name: tr(lng, 'Show the pods of {{name}}').replace('{{name}}', 'web'),
          })
          .click();
        await takeShot(page, 'workloads', lng);

        await open(`/k8s/ns/team-a/deployments/shop?lng=${lng}`);
        await page.getByTestId('actions-menu-button').click();
        await page.getByRole('menuitem', { name: new RegExp(tr(lng, 'Run in Kata')) }).click();
        await expect(page.getByTestId('flow-status')).toHaveAttribute('data-step', 'checked');
        await expect(page.getByTestId('save')).toBeEnabled();
        await takeShot(page, 'run-in-kata', lng);
      });
    }
  });
}
