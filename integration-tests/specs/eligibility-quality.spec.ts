/**
 * Node eligibility in Japanese on the `mixed` scenario: the page, its checks panel and the Node
 * tab show no untranslated English and no serious accessibility violation (quality.ts checks).
 * Its own file (same scenario as eligibility-mixed) so that axe runs beside the other specs.
 */
import { expect, test } from './fixtures';
import { NODES_PATH, checksButton, checksPanel, expectTableLoaded } from './eligibility-page';
import { REPORTED_LEAKS } from './i18n-suite';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';

test.use({ serverKey: 'eligibility-quality', scenario: 'mixed' });

test('in Japanese the page, its checks panel and the Node tab leak no English and are accessible', async ({
  page,
  open,
}) => {
  // REPORTED_LEAKS: PatternFly's English Alert prefix ("Info alert:") of the NFD callout, reported
  // by the quality specs (src/eligibility/EligibilityPage.tsx needs the Alert's variantLabel).
  const allow = [...REPORTED_LEAKS];
  await open(`${NODES_PATH}?lng=ja`);
  await expectTableLoaded(page);
  await waitForPluginIdle(page);
  await expectNoEnglishLeak(page, { allow });
  await expectAccessible(page);

  await checksButton(page, 'ja', 'worker-rhel-0').click();
  await expect(checksPanel(page).getByRole('list')).toBeVisible();
  await expectNoEnglishLeak(page, { allow });
  await expectAccessible(page);

  await open('/k8s/cluster/nodes/worker-rhel-0/sandboxed-containers?lng=ja');
  await expect(page.getByTestId('node-eligibility-tab').getByRole('list')).toBeVisible();
  await waitForPluginIdle(page);
  await expectNoEnglishLeak(page, { allow });
  await expectAccessible(page);
});
