/**
 * Install wizard, NFD path, in English, on a fresh healthy `baremetal` cluster whose NFD is current
 * (4.15+: it reads NodeFeatureRules, not the legacy matchOn rules): the wizard writes a
 * NodeFeatureDiscovery that leaves the operand image to the operator and the kata NodeFeatureRule;
 * the review names the five workers NFD decides about (it has not run yet); NFD labels the
 * VMX/SVM + kvm workers, the operator labels every one of them kata-oc at once, the MachineConfig
 * operator updates them one at a time, the RuntimeClass appears once the pool is updated, and
 * the Progress step follows each node until the rollout is done. Saves install-<step>-en.png.
 * (The same flow on `mixed` never finishes: see install-stuck.spec.ts.)
 */
import { expect, test } from './fixtures';
import {
  BAREMETAL_KATA_CAPABLE,
  KATA_OC_ROLE,
  TEXT,
  expectPhases,
  expectStep,
  kataConfigs,
  kataNodes,
  nfds,
  nodesLabelled,
  expectReviewNodes,
  rolloutTable,
  rowsIn,
  shoot,
  wizardNext,
  writes,
} from './install-helpers';

test.use({ scenario: 'baremetal', serverKey: 'install-nfd', timeScale: 0.005 });

test('NFD path: labels the Kata-capable nodes and installs Kata on the eligible workers', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  const en = TEXT.en;
  expect(nodesLabelled(server)).toEqual([]);
  expect(nfds(server)).toEqual([]);

  await open('/sandboxed-containers/install');
  await expect(page.getByTestId('install-wizard')).toBeVisible();
  await expectStep(page, 'Prerequisites');
  await expect(page.getByText('You can create KataConfigs.')).toBeVisible();
  await shoot(page, saveScreenshot, 'prerequisites', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Eligibility method');
  await expect(page.getByTestId('method-nfd')).toBeChecked();
  await shoot(page, saveScreenshot, 'method', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'NodeFeatureDiscovery');
  // This NFD reads NodeFeatureRules: the rule form is recommended and chosen, the image left empty.
  await expect(page.getByRole('radio', { name: en.ruleForm })).toBeChecked();
  await expect(page.getByLabel('Operand image')).toHaveValue('');
  await shoot(page, saveScreenshot, 'nfd', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'KataConfig');
  await shoot(page, saveScreenshot, 'kataconfig', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Review');
  // NodeFeatureDiscovery, the kata NodeFeatureRule, the KataConfig.
  await expect(page.getByTestId('review-operation')).toHaveCount(3);
  // NFD has not run: every worker is named, and NFD decides which get Kata (never "About 0").
  await expect(page.getByTestId('target-count')).toHaveText(
    'NFD decides which of these 5 workers get the Kata runtime: it has not reported their hardware yet. Each one that gets it reboots.',
  );
  await expectReviewNodes(page, [...BAREMETAL_KATA_CAPABLE, 'worker-nokvm-0']);
  await page.getByRole('button', { name: en.runDryRun }).click();
  await expect(
    page.getByRole('list', { name: en.dryRunResults }).getByTestId('operation-succeeded'),
  ).toHaveCount(3);
  await page.getByRole('list', { name: en.dryRunResults }).scrollIntoViewIfNeeded();
  await shoot(page, saveScreenshot, 'review', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Apply');
  await page.getByRole('button', { name: en.install, exact: true }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  await expect(
    page.getByRole('list', { name: en.operations }).getByTestId('operation-succeeded'),
  ).toHaveCount(3);
  await shoot(page, saveScreenshot, 'apply', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Progress');
  // Per-node progress while the operator works: the four NFD-labelled workers are in the pool
  // (the operator labels them all kata-oc at once) and some node is not installed yet.
  await expect(rolloutTable(page).locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('rollout-progress')).toHaveAttribute('data-state', 'in-progress');
  expect(await rowsIn(page, 'en', 'installed').count()).toBeLessThan(4);
  expect(nodesLabelled(server, KATA_OC_ROLE, '')).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  await shoot(page, saveScreenshot, 'progress-running', 'en');
  await expect(page.getByTestId('rollout-progress')).toBeVisible();

  // Until done: every labelled worker installed (one at a time: cordon, drain, reboot, uncordon).
  await expectPhases(
    page,
    'en',
    Object.fromEntries(BAREMETAL_KATA_CAPABLE.map((n) => [n, 'installed' as const])),
    30_000,
  );
  // nodeCount is the number of kata-oc nodes: all 4, and the RuntimeClass is there.
  await expect(page.getByTestId('rollout-done')).toContainText('Kata is installed on all 4 nodes');
  await expect(page.getByTestId('rollout-progress')).toHaveAttribute('data-state', 'installed');
  await shoot(page, saveScreenshot, 'progress', 'en');

  // NFD labelled the kata-capable workers only (not the masters: nfd-worker does not run there).
  expect(nfds(server)).toHaveLength(1);
  expect(nfds(server).at(0)?.spec?.operand).toBeUndefined();
  expect(writes(server, 'POST', /nodefeaturediscoveries$/)).toHaveLength(1);
  expect(
    writes(server, 'POST', /^\/apis\/nfd\.k8s-sigs\.io\/v1alpha1\/.*nodefeaturerules$/),
  ).toHaveLength(1);
  expect(nodesLabelled(server)).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(kataConfigs(server)).toHaveLength(1);
  expect(kataConfigs(server).at(0)?.spec?.checkNodeEligibility).toBe(true);
  expect(kataNodes(server, 'installed')).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(nodesLabelled(server, KATA_OC_ROLE, '')).toEqual(BAREMETAL_KATA_CAPABLE);
  await expect
    .poll(() => server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata'))
    .toMatchObject({ handler: 'kata', scheduling: { nodeSelector: { [KATA_OC_ROLE]: '' } } });
});
