/**
 * The wizard opened while a KataConfig is being installed, on the simulator's stuck rollouts: it
 * resumes at the Progress step (an installation in progress is no error) and says, in English and
 * in Japanese, which node holds the rollout and why: a cordoned target (stuck-cordoned), a drain
 * held by a PodDisruptionBudget (pdb-blocked), a node the Machine Config Daemon could not update
 * (degraded-worker); and a RHEL worker that does not stop anything (rhel-worker): its Machine Config
 * Daemon skips the OS changes and reports Done, so the operator counts it installed, yet Kata pods
 * cannot start there. The numbers are the operator's: nodes installed of the nodes in the Kata pool,
 * failures and unusable nodes counted apart. (The same flow from the wizard's first step: install-stuck.spec.ts.)
 */
import type { Page } from '@playwright/test';
import type { RunningServer } from '../server/server';
import { expect, test } from './fixtures';
import {
  expectPhases,
  expectStep,
  kataNodes,
  openOn,
  rowsIn,
  scenarioServer,
  toJapanese as switchLanguage,
} from './install-helpers';
import type { Lang } from './install-helpers';

/** Opens the wizard, which resumes at Progress because the scenario's KataConfig is installing. */
const openResumed = async (page: Page, server: RunningServer) => {
  await openOn(page, server, '/sandboxed-containers/install');
  await expectStep(page, 'Progress');
  await expect(page.getByTestId('rollout-resumed')).toContainText(
    'The installation is in progress: follow it here',
  );
};

/** The host's language switch: the page re-renders in Japanese, same state. */
const toJapanese = async (page: Page) => {
  await switchLanguage(page);
  await expectStep(page, '進捗');
};

test.describe('stuck on a cordoned node', () => {
  const server = scenarioServer('stuck-cordoned', 0.02);

  test('names the cordoned node as the block and says how to go on', async ({
    page,
    saveScreenshot,
  }) => {
    await openResumed(page, server());
    // The four workers NFD labelled are in the pool; nothing moves while worker-intel-2 is cordoned.
    const phases = (lang: Lang) =>
      expectPhases(page, lang, {
        'worker-amd-0': 'waiting',
        'worker-intel-0': 'waiting',
        'worker-intel-1': 'waiting',
        'worker-intel-2': 'cordoned',
      });
    await phases('en');
    await expect(page.getByTestId('rollout-stuck')).toContainText('The rollout is stuck');
    const problem = page.getByTestId('rollout-problem-node-unavailable');
    await expect(problem).toContainText(
      'Node worker-intel-2 is cordoned: it blocks the whole rollout',
    );
    await expect(problem).toContainText('oc adm uncordon worker-intel-2');
    await expect(page.getByTestId('rollout-progress')).toContainText(
      'Kata installed on 0 of 4 nodes',
    );
    await saveScreenshot('install-progress-cordoned-en');

    await toJapanese(page);
    await phases('ja');
    await expect(problem).toContainText(
      'ノード worker-intel-2 はスケジュール不可 (cordon) です。ロールアウト全体が止まっています',
    );
    await expect(page.getByTestId('rollout-progress')).toContainText(
      '4 個のノードのうち 0 個に Kata がインストールされました',
    );
    await saveScreenshot('install-progress-cordoned-ja');
  });
});

test.describe('drain blocked by a PodDisruptionBudget', () => {
  const server = scenarioServer('pdb-blocked', 0.02);

  test('names the draining node, the budget, its namespace and pods', async ({
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(60_000);
    // The page dates the drain by the browser's clock: it is moved on instead of waited for.
    await page.clock.install();
    await openResumed(page, server());
    // One node at a time: the first one running a payments pod stays draining.
    const draining = rowsIn(page, 'en', 'draining');
    await expect(draining).toHaveCount(1, { timeout: 30_000 });
    const node = (await draining.getAttribute('data-test'))?.replace('rollout-node-', '') ?? '';
    const problem = page.getByTestId('rollout-problem-drain-slow');
    // Within one drain attempt (90 s) a drain is not slow yet.
    await expect(problem).toHaveCount(0);
    await page.clock.fastForward('02:00');
    await expect(problem).toContainText(`Draining node ${node} is taking long`);
    await expect(problem.getByTestId('drain-blockers')).toContainText(
      /Drain blocked by PodDisruptionBudget payments in namespace shop: it allows no disruption of payments-\S+/,
    );
    await expect(rowsIn(page, 'en', 'installed')).toHaveCount(0);
    await saveScreenshot('install-progress-pdb-en');

    await toJapanese(page);
    await expect(problem).toContainText(`ノード ${node} のドレインに時間がかかっています`);
    await expect(problem.getByTestId('drain-blockers')).toContainText(
      'namespace shop の PodDisruptionBudget payments がドレインを止めています',
    );
    await saveScreenshot('install-progress-pdb-ja');
  });
});

test.describe('a worker the Machine Config Daemon cannot update', () => {
  const server = scenarioServer('degraded-worker', 0.02);

  test('counts the failure in words and in the bar, with the daemon’s reason', async ({
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(60_000);
    await openResumed(page, server());
    const phases = (lang: Lang) =>
      expectPhases(
        page,
        lang,
        { 'worker-0': 'failed', 'worker-1': 'waiting', 'worker-2': 'waiting' },
        30_000,
      );
    await phases('en');
    const bar = page.getByTestId('rollout-progress');
    await expect(bar).toContainText('Kata installed on 0 of 3 nodes; 1 failed');
    await expect(bar).toHaveClass(/pf-m-danger/);
    await expect(bar).toHaveAttribute('data-state', 'stuck');
    const problem = page.getByTestId('rollout-problem-node-failed');
    await expect(problem).toContainText('Kata could not be installed on node worker-0');
    // The daemon's own words, marked as English.
    await expect(problem.locator('span[lang="en"]')).not.toBeEmpty();
    await saveScreenshot('install-progress-degraded-en');

    await toJapanese(page);
    await phases('ja');
    await expect(bar).toContainText(
      '3 個のノードのうち 0 個に Kata がインストールされました。1 個は失敗しました',
    );
    await expect(problem).toContainText('ノード worker-0 に Kata をインストールできませんでした');
    await expect(problem).toContainText('Machine Config Daemon の報告:');
    await saveScreenshot('install-progress-degraded-ja');
  });
});

test.describe('a RHEL worker the operator counts as installed', () => {
  const server = scenarioServer('rhel-worker', 0.02);
  // Tall enough for the screenshots to show the table under the alerts.
  test.use({ viewport: { width: 1280, height: 1200 } });
  const RHEL_CAVEAT = {
    en: 'Kata pods cannot start on this node: it runs RHEL, and the Kata runtime is only installed on Red Hat Enterprise Linux CoreOS (RHCOS) nodes.',
    ja: 'このノードでは Kata の Pod を起動できません。このノードは Red Hat Enterprise Linux (RHEL) コンピュートマシンで、Kata ランタイムは Red Hat Enterprise Linux CoreOS (RHCOS) ノードにのみインストールされます。',
  };
  const TEXTS = {
    en: {
      bar: 'Kata installed on 2 of 2 nodes; 1 cannot start Kata pods',
      title: 'Kata pods cannot start on node worker-rhel-0',
    },
    ja: {
      bar: '2 個のノードのうち 2 個に Kata がインストールされました。1 個では Kata の Pod を起動できません',
      title: 'ノード worker-rhel-0 では Kata の Pod を起動できません',
    },
  };

  /** Both workers installed by the operator's count; the RHEL one flagged, in the table and above it. */
  const expectFlagged = async (page: Page, lang: Lang, timeout?: number) => {
    await expectPhases(
      page,
      lang,
      { 'worker-0': 'installed', 'worker-rhel-0': 'installed' },
      timeout,
    );
    const bar = page.getByTestId('rollout-progress');
    await expect(bar).toHaveAttribute('data-state', 'installed-unusable');
    await expect(bar).toContainText(TEXTS[lang].bar);
    await expect(bar).toHaveClass(/pf-m-warning/);
    // No "Kata is installed on all nodes" success.
    await expect(page.getByTestId('rollout-done')).toHaveCount(0);
    const problem = page.getByTestId('rollout-problem-kata-unusable');
    await expect(problem).toHaveClass(/pf-m-warning/);
    await expect(problem).toContainText(TEXTS[lang].title);
    await expect(problem).toContainText('kataConfigPoolSelector');
    await expect(problem).not.toContainText('worker-0');
    const rhel = page.getByTestId('rollout-node-worker-rhel-0');
    await expect(rhel).toHaveAttribute('data-kata-unusable', 'rhel');
    await expect(rhel.getByTestId('kata-unusable')).toContainText(RHEL_CAVEAT[lang]);
    await expect(
      page.getByTestId('rollout-node-worker-0').getByTestId('kata-unusable'),
    ).toHaveCount(0);
  };

  test('the install ends on both workers installed, the RHEL one flagged', async ({
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(120_000);
    await openResumed(page, server());
    await expectFlagged(page, 'en', 90_000);
    // The operator's own lists agree: it calls both installed (what a real cluster shows).
    expect(kataNodes(server(), 'installed')).toEqual(['worker-0', 'worker-rhel-0']);
    await saveScreenshot('install-progress-rhel-en');

    await toJapanese(page);
    await expectFlagged(page, 'ja');
    await saveScreenshot('install-progress-rhel-ja');
  });

  test('the KataConfig page’s Nodes tab says the same', async ({ page, saveScreenshot }) => {
    test.setTimeout(120_000);
    await openOn(page, server(), '/sandboxed-containers/kataconfig?tab=nodes');
    await expectFlagged(page, 'en', 90_000);
    await saveScreenshot('kataconfig-nodes-rhel-en');

    await switchLanguage(page);
    await expectFlagged(page, 'ja');
    await saveScreenshot('kataconfig-nodes-rhel-ja');
  });
});
