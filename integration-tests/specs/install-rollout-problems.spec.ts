/**
 * The wizard opened while a KataConfig is being installed, on the simulator's stuck rollouts: it
 * resumes at the Progress step (an installation in progress is no error) and says, in English and
 * in Japanese, which node holds the rollout and why: a cordoned target (stuck-cordoned), a drain
 * held by a PodDisruptionBudget (pdb-blocked), a node the Machine Config Daemon could not update
 * (degraded-worker). The numbers are the operator's: nodes installed of the nodes in the Kata pool,
 * failures counted apart. (The same flow from the wizard's first step: install-stuck.spec.ts.)
 */
import type { Page } from '@playwright/test';
import type { RunningServer } from '../server/server';
import { expect, test } from './fixtures';
import {
  expectPhases,
  expectStep,
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
