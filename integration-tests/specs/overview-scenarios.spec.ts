/**
 * The Overview in several clusters: its numbers equal what the API holds (kubectl) and its next
 * action is the one an administrator of that cluster has: install the Operator, install Kata, fix
 * the node the rollout is stuck on, nothing. The eligible count is the Node eligibility page's
 * (same engine, specified there).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { findKubectl } from '../kubectl';
import { startServer, type RunningServer } from '../server/server';
import { expect, test } from './fixtures';
import type { Lng } from './locales';
import { tr } from './locales';
import { expectNoEnglishLeak, waitForPluginIdle } from './quality';

// A cluster per test: its start is part of each test.
test.setTimeout(120_000);
import { bytesText, coresText, kataState, quantity } from './workloads-state';

type Kubectl = (args: string[]) => Promise<string>;
type Open = (hostPath: string) => Promise<void>;

const run = promisify(execFile);

/**
 * Each case needs its own cluster: a server of its scenario for the test (Playwright's worker
 * options cannot change inside one file), with kubectl and page navigation pointed at it.
 */
const onScenario = async (
  scenario: string,
  page: Page,
  body: (open: Open, kubectl: Kubectl) => Promise<void>,
  timeScale?: number,
): Promise<void> => {
  const server: RunningServer = await startServer({ scenario, port: 0, timeScale });
  try {
    const kubectl: Kubectl = async (args) =>
      (
        await run(findKubectl(), [`--server=${server.url}`, ...args], {
          env: { ...process.env, KUBECONFIG: '/dev/null' },
        })
      ).stdout;
    const open: Open = async (hostPath) => {
      await page.goto(`${server.url}${hostPath}`);
      await expect(page.getByRole('navigation', { name: /Administrator|管理者/ })).toBeVisible();
    };
    await body(open, kubectl);
  } finally {
    // Leave the page first: its watches would see the server go away.
    await page.goto('about:blank');
    await server.close();
  }
};
type KataConfig = {
  status?: {
    kataNodes?: {
      nodeCount?: number;
      readyNodeCount?: number;
      installed?: string[];
      failedToInstall?: string[];
    };
  };
};
type RuntimeClass = {
  metadata: { name: string };
  handler: string;
  overhead?: { podFixed?: { memory?: string; cpu?: string } };
};

const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => vars[k] ?? `{{${k}}}`);

/** The KataConfig, or undefined when there is none (or no such kind: the Operator is absent). */
const kataConfig = async (kubectl: Kubectl): Promise<KataConfig | undefined> => {
  try {
    const list = JSON.parse(await kubectl(['get', 'kataconfigs', '-o', 'json'])) as {
      items: KataConfig[];
    };
    return list.items[0];
  } catch {
    return undefined;
  }
};

const eligibleCount = async (page: Page, open: Open): Promise<number> => {
  await open('/sandboxed-containers/nodes?lng=en');
  await waitForPluginIdle(page);
  return Number((await page.getByTestId('summary-eligible-count').innerText()).trim());
};

/** The rollout line's sentence for each state a scenario reaches. */
const ROLLOUT_KEYS: Record<string, string> = {
  installed: 'Installed: Kata is ready on {{ready}} of {{total}} nodes',
  stuck: 'Stuck: Kata is ready on {{ready}} of {{total}} nodes',
};

const count = (n: number, lng: Lng) => new Intl.NumberFormat(lng).format(n);

const expectOverviewEqualsCluster = async (
  page: Page,
  open: (p: string) => Promise<void>,
  kubectl: Kubectl,
  lng: Lng,
) => {
  const eligible = await eligibleCount(page, open);
  const kc = await kataConfig(kubectl);
  const nodes = (JSON.parse(await kubectl(['get', 'nodes', '-o', 'json'])) as { items: unknown[] })
    .items;
  const rcs = (
    JSON.parse(await kubectl(['get', 'runtimeclasses', '-o', 'json'])) as { items: RuntimeClass[] }
  ).items.filter((rc) => /^kata(-|$)/.test(rc.handler));
  const pods = await kataState(kubectl);

  await open(`/sandboxed-containers/overview?lng=${lng}`);
  await waitForPluginIdle(page);
  const kn = kc?.status?.kataNodes ?? {};
  if (kc) {
    // "Installed: Kata is ready on 3 of 3 nodes", "Stuck: ... 0 of 3 nodes"...
    const state = (await page.getByTestId('rollout').getAttribute('data-state')) ?? '';
    const total = kn.nodeCount ?? 0;
    await expect(page.getByTestId('rollout')).toHaveText(
      fill(tr(lng, `${ROLLOUT_KEYS[state] ?? state}_${total === 1 ? 'one' : 'other'}`), {
        ready: count(kn.readyNodeCount ?? 0, lng),
        total: count(total, lng),
      }),
    );
  } else {
    await expect(page.getByTestId('rollout')).toHaveAttribute('data-state', 'none');
  }
  await expect(page.getByTestId('node-counts')).toHaveText(
    fill(tr(lng, 'Eligible: {{eligible}}; Kata installed: {{installed}}; all nodes: {{total}}'), {
      eligible: count(eligible, lng),
      installed: count(kn.installed?.length ?? 0, lng),
      total: count(nodes.length, lng),
    }),
  );
  for (const rc of rcs) {
    const o = rc.overhead?.podFixed;
    await expect(page.getByTestId(`rc-${rc.metadata.name}`)).toHaveText(
      o
        ? fill(tr(lng, '{{name}}: overhead {{memory}}, {{cpu}} CPU per pod'), {
            name: rc.metadata.name,
            memory: bytesText(quantity(o.memory), lng),
            cpu: coresText(quantity(o.cpu), lng),
          })
        : fill(tr(lng, '{{name}}: no overhead'), { name: rc.metadata.name }),
    );
  }
  await expect(page.locator('[data-test^="rc-"]')).toHaveCount(rcs.length);
  await expect(page.getByTestId('kata-pods')).toHaveText(
    fill(tr(lng, '{{pods}} holding node resources; overhead {{memory}}, {{cpu}} CPU'), {
      pods: count(pods.active, lng),
      memory: bytesText(pods.overheadMemory, lng),
      cpu: coresText(pods.overheadCpu, lng),
    }),
  );
  if (lng === 'ja') await expectNoEnglishLeak(page);
};

/** The next action, and what it must name (the node that stops the rollout). */
const expectNextAction = async (page: Page, action: string, names: string[]) => {
  const next = page.getByTestId('next-action');
  await expect(next).toHaveAttribute('data-action', action);
  for (const n of names) await expect(next).toContainText(n);
};

const CASES: {
  scenario: string;
  next: string;
  state: string;
  failed: string[];
  /** What the next action must name (default: the failed nodes). */
  names?: string[];
  /** Wait until the operator lists these nodes as installed. */
  installed?: string[];
  /** The simulator's clock (default: the scenario's). */
  timeScale?: number;
}[] = [
  { scenario: 'mixed', next: 'install', state: 'none', failed: [] },
  { scenario: 'installed', next: 'nothing', state: 'installed', failed: [] },
  { scenario: 'degraded-worker', next: 'fix-rollout', state: 'stuck', failed: ['worker-0'] },
  // The operator still says Installing; the kata-oc pool waits for the cordoned node, and the
  // overview says so as the progress view does.
  {
    scenario: 'stuck-cordoned',
    next: 'fix-rollout',
    state: 'stuck',
    failed: [],
    names: ['worker-intel-2', 'oc adm uncordon worker-intel-2'],
  },
  // Installed by the operator's count, RHEL node included; Kata pods cannot start there, and the
  // overview says so instead of "nothing to do".
  {
    scenario: 'rhel-worker',
    next: 'keep-kata-off',
    state: 'installed',
    failed: [],
    names: ['worker-rhel-0', 'kataConfigPoolSelector'],
    installed: ['worker-0', 'worker-rhel-0'],
    // Two bare-metal nodes one after the other: a few seconds instead of half a minute.
    timeScale: 0.004,
  },
];

for (const c of CASES) {
  test(`overview of ${c.scenario}: numbers from the API in en and ja, next action ${c.next}`, async ({
    page,
    saveScreenshot,
  }) => {
    await onScenario(
      c.scenario,
      page,
      async (open, kubectl) => {
        // degraded-worker: the operator reports the failed node within seconds.
        await expect
          .poll(async () => (await kataConfig(kubectl))?.status?.kataNodes?.failedToInstall ?? [], {
            timeout: 20000,
          })
          .toEqual(c.failed);
        await expect
          .poll(async () => (await kataConfig(kubectl))?.status?.kataNodes?.installed ?? [], {
            timeout: 20000,
          })
          .toEqual(expect.arrayContaining(c.installed ?? []));
        for (const lng of ['en', 'ja'] as const) {
          await expectOverviewEqualsCluster(page, open, kubectl, lng);
          await expect(page.getByTestId('rollout')).toHaveAttribute('data-state', c.state);
          await expectNextAction(page, c.next, c.names ?? c.failed);
          await saveScreenshot(`overview-${c.scenario}-${lng}`);
        }
      },
      c.timeScale,
    );
  });
}

test('overview without the Operator: install it first', async ({ page }) => {
  await onScenario('no-operators', page, async (open) => {
    await open('/sandboxed-containers/overview?lng=en');
    await waitForPluginIdle(page);
    await expectNextAction(page, 'install-operator', []);
    await expect(page.getByTestId('operator')).toHaveText(tr('en', 'Not installed'));
    await expect(page.getByTestId('nfd')).toHaveText(
      tr('en', 'The Node Feature Discovery Operator is not installed'),
    );
  });
});
