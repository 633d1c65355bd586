/**
 * Shared steps and simulator reads of the install wizard specs (install-*.spec.ts): walking the
 * wizard in English or Japanese, saving each step's screenshot, and reading labels, the
 * NodeFeatureDiscoveries and KataConfigs straight from the in-process simulator.
 */
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from '../server/server';
import { expect, settle, test } from './fixtures';

export const KATA_LABEL = 'feature.node.kubernetes.io/runtime.kata';
export const NFD_API = 'nfd.openshift.io/v1';
export const KATACONFIG_API = 'kataconfiguration.openshift.io/v1';

/**
 * mixed: the nodes the documented NFD rule labels (VMX or SVM and the kvm modules), where nfd-worker
 * runs: workers only (its DaemonSet avoids pure control-plane nodes) and not the NotReady one.
 */
export const MIXED_KATA_CAPABLE = [
  'worker-amd-0',
  'worker-amd-1',
  'worker-cordoned-0',
  'worker-intel-0',
  'worker-intel-1',
  'worker-rhel-0',
];

/** baremetal: the same, on a healthy cluster (worker-nokvm-0 lacks the kvm modules). */
export const BAREMETAL_KATA_CAPABLE = [
  'worker-amd-0',
  'worker-amd-1',
  'worker-intel-0',
  'worker-intel-1',
];

export const KATA_OC_ROLE = 'node-role.kubernetes.io/kata-oc';

export type Lang = 'en' | 'ja';

/** The wizard's texts the specs click or look for, in both languages. */
export const TEXT = {
  en: {
    next: 'Next',
    back: 'Back',
    install: 'Install',
    retry: 'Retry',
    runDryRun: 'Run dry run',
    dryRunResults: 'Dry run results',
    operations: 'Installation operations',
    allSucceeded: 'All operations succeeded',
    ruleForm: 'NodeFeatureRule (recommended)',
    selectAll: 'Select all eligible, schedulable nodes',
    phase: {
      waiting: 'Waiting',
      cordoned: 'Cordoned',
      draining: 'Draining',
      installing: 'Installing',
      installed: 'Installed',
      failed: 'Failed to install',
    },
  },
  ja: {
    next: '次へ',
    back: '戻る',
    install: 'インストール',
    retry: '再試行',
    runDryRun: 'ドライランを実行',
    dryRunResults: 'ドライランの結果',
    operations: 'インストールの操作',
    allSucceeded: 'すべての操作が成功しました',
    ruleForm: 'NodeFeatureRule (推奨)',
    selectAll: 'スケジュール対象の適格なノードをすべて選択',
    phase: {
      waiting: '待機中',
      cordoned: 'スケジュール不可 (cordon)',
      draining: 'ドレイン中',
      installing: 'インストール中',
      installed: 'インストール済み',
      failed: 'インストール失敗',
    },
  },
} as const;

type Meta = { name?: string; namespace?: string; labels?: Record<string, string> };
type Obj = { metadata?: Meta; spec?: Record<string, unknown>; status?: Record<string, unknown> };

const asObj = (o: object): Obj => o;

/** Names of the nodes carrying label=value, sorted. */
export const nodesLabelled = (server: RunningServer, label = KATA_LABEL, value = 'true') =>
  server.cluster
    .list('v1', 'Node')
    .map(asObj)
    .filter((n) => n.metadata?.labels?.[label] === value)
    .map((n) => n.metadata?.name ?? '')
    .sort();

export const nfds = (server: RunningServer): Obj[] =>
  server.cluster.list(NFD_API, 'NodeFeatureDiscovery').map(asObj);

export const kataConfigs = (server: RunningServer): Obj[] =>
  server.cluster.list(KATACONFIG_API, 'KataConfig').map(asObj);

/** `status.kataNodes.<state>` of the only KataConfig, sorted. */
export const kataNodes = (server: RunningServer, state: string): string[] => {
  const kc = kataConfigs(server).at(0);
  const nodes = kc?.status?.kataNodes as Record<string, unknown> | undefined;
  const list = nodes?.[state];
  return Array.isArray(list) ? list.map(String).sort() : [];
};

/** Everything the wizard could write: nodes' labels, NFDs, KataConfigs, RuntimeClasses. */
export const clusterSnapshot = (server: RunningServer) =>
  JSON.stringify({
    nodes: server.cluster.list('v1', 'Node'),
    nfds: nfds(server),
    kataConfigs: kataConfigs(server),
    runtimeClasses: server.cluster.list('node.k8s.io/v1', 'RuntimeClass'),
  });

/** Non-dry-run requests of a verb whose path matches. */
export const writes = (server: RunningServer, method: string, path: RegExp) =>
  server.cluster
    .requestLog()
    .filter((r) => r.method === method && path.test(r.path) && !r.query.includes('dryRun'));

export const wizardNext = (page: Page, lang: Lang) =>
  page
    .getByTestId('install-wizard')
    .getByRole('button', { name: TEXT[lang].next, exact: true })
    .click();

/** The wizard's current step, by its nav item. */
export const expectStep = async (page: Page, name: string) => {
  await expect(
    page.getByRole('navigation').getByRole('button', { name, exact: true }),
  ).toHaveAttribute('aria-current', 'step');
};

export type Phase = keyof (typeof TEXT)['en']['phase'];

/** The Progress step's table of the Kata pool's nodes. */
export const rolloutTable = (page: Page) => page.getByTestId('rollout-nodes');

/** The rows of the rollout table whose state reads `phase` in `lang`. */
export const rowsIn = (page: Page, lang: Lang, phase: Phase) =>
  rolloutTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: TEXT[lang].phase[phase], exact: true }) });

/** Each node of the rollout table with the state it reads, in `lang` (what the admin sees). */
export const expectPhases = async (
  page: Page,
  lang: Lang,
  phases: Record<string, Phase>,
  timeout = 10_000,
) => {
  for (const [node, phase] of Object.entries(phases)) {
    await expect(
      page.getByTestId(`rollout-node-${node}`).getByRole('gridcell', {
        name: TEXT[lang].phase[phase],
        exact: true,
      }),
    ).toBeVisible({ timeout });
  }
  await expect(rolloutTable(page).locator('tbody tr')).toHaveCount(Object.keys(phases).length);
};

/** The review's table names exactly these nodes, in this order (retried until it renders). */
export const expectReviewNodes = (page: Page, names: string[]) =>
  expect(page.getByTestId('target-nodes').locator('tbody tr td:first-child')).toHaveText(names);

/** Saves install-<step>-<lang>.png once the fonts are loaded. */
export const shoot = async (
  page: Page,
  saveScreenshot: (name: string) => Promise<void>,
  step: string,
  lang: Lang,
) => {
  await settle(page);
  await saveScreenshot(`install-${step}-${lang}`);
};

/**
 * A server of its own for the tests of one describe block: the `scenario` fixture is per worker
 * and per file, and a family of scenarios shares one spec file. Returns the running server.
 */
export const scenarioServer = (scenario: string, timeScale?: number) => {
  let server: RunningServer | undefined;

  test.beforeAll(async () => {
    server = await startServer({ scenario, port: 0, timeScale });
  });

  test.afterAll(async () => {
    await server?.close();
  });

  return () => {
    if (!server) throw new Error(`the ${scenario} server has not started`);
    return server;
  };
};

/** Opens a host path on `server` and waits for the plugin to be loaded (like the `open` fixture). */
export const openOn = async (page: Page, server: RunningServer, hostPath: string) => {
  await page.goto(`${server.url}${hostPath}`);
  await expect(page.getByRole('navigation', { name: /Administrator|管理者/ })).toBeVisible();
};

/** The host's language switch: the page re-renders in Japanese and keeps its state. */
export const toJapanese = async (page: Page) => {
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: '日本語' })
    .click();
};
