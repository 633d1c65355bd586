/**
 * Install wizard, NFD path, in English, on a fresh healthy `baremetal` cluster: NFD labels the
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
  expectStep,
  kataConfigs,
  kataNodes,
  nfds,
  nodesLabelled,
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
  await expect(page.getByLabel('Create a NodeFeatureDiscovery')).toBeChecked();
  await shoot(page, saveScreenshot, 'nfd', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'KataConfig');
  await shoot(page, saveScreenshot, 'kataconfig', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Review');
  await expect(page.getByTestId('review-operation')).toHaveCount(2);
  await page.getByRole('button', { name: en.runDryRun }).click();
  await expect(
    page.getByRole('list', { name: en.dryRunResults }).getByTestId('operation-succeeded'),
  ).toHaveCount(2);
  await page.getByRole('list', { name: en.dryRunResults }).scrollIntoViewIfNeeded();
  await shoot(page, saveScreenshot, 'review', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Apply');
  await page.getByRole('button', { name: en.install, exact: true }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  await expect(
    page.getByRole('list', { name: en.operations }).getByTestId('operation-succeeded'),
  ).toHaveCount(2);
  await shoot(page, saveScreenshot, 'apply', 'en');

  await wizardNext(page, 'en');
  await expectStep(page, 'Progress');
  const perNode = page.getByRole('list', { name: en.perNode });
  // Per-node progress while the operator works: some node is not installed yet, and every
  // target already carries the kata-oc role (the operator labels them all at once).
  await expect(perNode.getByText(/^(Installing|Waiting to install)$/).first()).toBeVisible();
  expect(nodesLabelled(server, KATA_OC_ROLE, '')).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  await shoot(page, saveScreenshot, 'progress-running', 'en');
  await expect(page.getByTestId('rollout-progress')).toBeVisible();

  // Until done: every labelled worker installed (one at a time: cordon, drain, reboot, uncordon).
  await expect(perNode.getByText('Installed', { exact: true })).toHaveCount(4, {
    timeout: 30_000,
  });
  await expect(perNode.getByText(/^(Installing|Waiting to install)$/)).toHaveCount(0);
  // nodeCount is the number of kata-oc nodes: 4 of 4.
  await expect(page.getByTestId('rollout-progress')).toContainText('4 of 4 nodes ready');
  await shoot(page, saveScreenshot, 'progress', 'en');

  // NFD labelled the kata-capable workers only (not the masters: nfd-worker does not run there).
  expect(nfds(server)).toHaveLength(1);
  expect(writes(server, 'POST', /nodefeaturediscoveries$/)).toHaveLength(1);
  expect(nodesLabelled(server)).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(kataConfigs(server)).toHaveLength(1);
  expect(kataConfigs(server).at(0)?.spec?.checkNodeEligibility).toBe(true);
  expect(kataNodes(server, 'installed')).toEqual(BAREMETAL_KATA_CAPABLE);
  expect(nodesLabelled(server, KATA_OC_ROLE, '')).toEqual(BAREMETAL_KATA_CAPABLE);
  await expect
    .poll(() => server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata'))
    .toMatchObject({ handler: 'kata', scheduling: { nodeSelector: { [KATA_OC_ROLE]: '' } } });
});
