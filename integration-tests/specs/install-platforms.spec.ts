/**
 * The wizard's first steps on the clusters where the answer is not "all green": the platform gate
 * on vSphere (nested virtualization) and on AWS with a mix of .metal and virtual instances, the
 * manual path refusing to label a non-metal instance silently, the review on a compact cluster (Kata
 * goes to the masters) and on a current NFD that already labels nodes with a NodeFeatureRule (the
 * rule adopted, the exact nodes named). In English and in Japanese.
 */
import { expect, test } from './fixtures';
import {
  TEXT,
  expectPhases,
  expectStep,
  kataNodes,
  openOn,
  expectReviewNodes,
  scenarioServer,
  toJapanese,
  wizardNext,
} from './install-helpers';

test.describe('vSphere', () => {
  const server = scenarioServer('vsphere');

  test('step 1 is a danger alert naming the platform and why', async ({ page, saveScreenshot }) => {
    await openOn(page, server(), '/sandboxed-containers/install');
    await expectStep(page, 'Prerequisites');
    const gate = page.getByTestId('platform-gate');
    await expect(gate).toHaveAttribute('data-gate', 'unsupported');
    await expect(gate).toHaveClass(/pf-m-danger/);
    await expect(gate).toContainText('VMware vSphere is not supported for Kata');
    await expect(gate).toContainText('nested virtualization, which is not supported');
    await saveScreenshot('install-gate-vsphere-en');
    await toJapanese(page);
    await expect(gate).toContainText('VMware vSphere は Kata ではサポートされていません');
    await saveScreenshot('install-gate-vsphere-ja');
  });
});

test.describe('AWS with metal and virtual workers', () => {
  const server = scenarioServer('aws');
  const METAL = ['ip-10-0-1-20.ec2.internal', 'ip-10-0-2-21.ec2.internal'];

  test('names the metal workers, and a virtual one is labelled only after a warning', async ({
    page,
    saveScreenshot,
  }) => {
    const en = TEXT.en;
    await openOn(page, server(), '/sandboxed-containers/install');
    const gate = page.getByTestId('platform-gate');
    await expect(gate).toHaveAttribute('data-gate', 'partly');
    await expect(gate).toContainText(
      'Only the bare-metal instances of this Amazon Web Services (AWS) cluster can run Kata',
    );
    await expect(gate).toContainText(`Bare-metal workers: ${METAL.join(', ')}.`);
    await saveScreenshot('install-gate-aws-en');

    await wizardNext(page, 'en');
    await page.getByLabel('Label chosen nodes by hand').check();
    const picker = page.getByTestId('node-picker');
    // The m5.xlarge workers are Not eligible: select-all never picks them.
    const virtual = picker.getByRole('row').filter({ hasText: 'Not eligible' });
    await expect(virtual).toHaveCount(3);
    // NFD has not reported the metal instances' VT-x yet: no worker is known eligible, so
    // "select all" (eligible nodes only) has nothing to pick, and nothing is preselected.
    await expect(picker.getByLabel(en.selectAll)).toBeDisabled();
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(0);
    // Labelling one by hand asks first, and leaves it unchosen until confirmed.
    await picker.getByLabel('Label node ip-10-0-1-30.ec2.internal').click();
    await expect(page.getByTestId('confirm-not-eligible')).toContainText(
      'ip-10-0-1-30.ec2.internal is not eligible for Kata',
    );
    await expect(picker.getByLabel('Label node ip-10-0-1-30.ec2.internal')).not.toBeChecked();
    await saveScreenshot('install-method-aws-en');
    await page.getByTestId('confirm-not-eligible').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('confirm-not-eligible')).toHaveCount(0);

    await toJapanese(page);
    await expect(virtual).toHaveCount(0);
    await expect(picker.getByRole('row').filter({ hasText: '不適格' })).toHaveCount(3);
    await saveScreenshot('install-method-aws-ja');
  });
});

test.describe('compact cluster', () => {
  const server = scenarioServer('compact');

  test('the review names the three masters that get Kata', async ({ page, saveScreenshot }) => {
    await openOn(page, server(), '/sandboxed-containers/install');
    await wizardNext(page, 'en');
    await wizardNext(page, 'en');
    await expectStep(page, 'NodeFeatureDiscovery');
    await wizardNext(page, 'en');
    await wizardNext(page, 'en');
    await expectStep(page, 'Review');
    await expectReviewNodes(page, ['master-0', 'master-1', 'master-2']);
    await expect(page.getByTestId('target-count')).not.toContainText('0 nodes');
    await saveScreenshot('install-review-compact-en');
    await toJapanese(page);
    await expectStep(page, '確認');
    await expectReviewNodes(page, ['master-0', 'master-1', 'master-2']);
    await saveScreenshot('install-review-compact-ja');
  });
});

test.describe('compact cluster, installed', () => {
  // Three masters that are also workers: the operator puts Kata on the master pool, which updates
  // one node at a time (maxUnavailable 1). A few seconds per node instead of minutes.
  const server = scenarioServer('compact', 0.004);

  test('the rollout follows the three masters to "installed", in en and ja', async ({
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(60_000);
    await openOn(page, server(), '/sandboxed-containers/install');
    for (const step of ['Eligibility method', 'NodeFeatureDiscovery', 'KataConfig', 'Review']) {
      await wizardNext(page, 'en');
      await expectStep(page, step);
    }
    await expectReviewNodes(page, ['master-0', 'master-1', 'master-2']);
    await wizardNext(page, 'en');
    await page.getByRole('button', { name: TEXT.en.install, exact: true }).click();
    await expect(page.getByText(TEXT.en.allSucceeded)).toBeVisible();
    await wizardNext(page, 'en');
    await expectStep(page, 'Progress');
    const installed = {
      'master-0': 'installed',
      'master-1': 'installed',
      'master-2': 'installed',
    } as const;
    await expectPhases(page, 'en', installed, 30_000);
    const bar = page.getByTestId('rollout-progress');
    await expect(bar).toHaveAttribute('data-state', 'installed');
    await expect(bar).toContainText('Kata is installed on all 3 nodes');
    await saveScreenshot('install-progress-compact-en');
    await toJapanese(page);
    await expectPhases(page, 'ja', installed);
    await expect(bar).toContainText('3 個のノードすべてに Kata がインストールされました');
    await saveScreenshot('install-progress-compact-ja');
    // What the cluster says: the operator's own count, and the kata RuntimeClass.
    expect(kataNodes(server(), 'installed')).toEqual(['master-0', 'master-1', 'master-2']);
    expect(server().cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeDefined();
  });
});

test.describe('NFD 4.15+ with the kata NodeFeatureRule', () => {
  const server = scenarioServer('nfd-current');

  test('adopts the rule that already labels nodes and names exactly those nodes', async ({
    page,
    saveScreenshot,
  }) => {
    await openOn(page, server(), '/sandboxed-containers/install');
    await wizardNext(page, 'en');
    await wizardNext(page, 'en');
    await expectStep(page, 'NodeFeatureDiscovery');
    await expect(page.getByTestId('nfd-adopt')).toBeChecked();
    await expect(page.getByText(/^Use the kata rule that already labels nodes: /)).toContainText(
      'kata-runtime',
    );
    await saveScreenshot('install-nfd-current-en');
    await wizardNext(page, 'en');
    await wizardNext(page, 'en');
    await expectStep(page, 'Review');
    // Nothing to create but the KataConfig; the two labelled workers, by name.
    await expect(page.getByTestId('review-operation')).toHaveCount(1);
    await expect(page.getByTestId('target-count')).toHaveText(
      '2 nodes will get the Kata runtime and reboot one after another.',
    );
    await expectReviewNodes(page, ['worker-amd-0', 'worker-intel-0']);
    await page.getByRole('button', { name: 'Show the worker that does not get Kata' }).click();
    await expect(page.getByTestId('not-labelled')).toContainText(
      'worker-nokvm-0: VMX or SVM, but the kvm modules are not loaded',
    );
    await saveScreenshot('install-review-nfd-current-en');

    await toJapanese(page);
    await expect(page.getByTestId('target-count')).toHaveText(
      '2 個のノードに Kata ランタイムがインストールされ、1 つずつ再起動します。',
    );
    await saveScreenshot('install-review-nfd-current-ja');
  });
});
