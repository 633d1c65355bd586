/**
 * Kata workloads against the `workloads` scenario: the Overview's numbers and the Workloads in Kata
 * list equal what the API holds (read with kubectl), the list follows pods as they come and go, the
 * namespace bar narrows it, and the Node tab lists the node's Kata pods. In English and Japanese.
 */
import type { Page } from '@playwright/test';
import { expect, settle, test } from './fixtures';
import { tr, type Lng } from './locales';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';
import { amountsText, bytesText, coresText, kataState, type KataState } from './workloads-state';

test.use({ serverKey: 'workloads', scenario: 'workloads' });

const OVERVIEW = '/sandboxed-containers/overview';
const WORKLOADS = '/sandboxed-containers/workloads';
/** Workers with VMX/SVM and the kvm modules on bare metal: worker-0, -1, -2 (the scenario's). */
const ELIGIBLE = 3;

const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => vars[k] ?? `{{${k}}}`);
const count = (n: number, lng: Lng) => new Intl.NumberFormat(lng).format(n);

type KataConfigStatus = {
  kataNodes?: { nodeCount?: number; readyNodeCount?: number; installed?: string[] };
};

/** Opens every group of the workloads table and returns the pods it lists, as "namespace/name". */
const listedPods = async (page: Page): Promise<string[]> => {
  const toggles = page.locator('[data-test="workloads-table"] button[id^="scc-workload-"]');
  for (let i = 0; i < (await toggles.count()); i += 1) {
    const t = toggles.nth(i);
    if ((await t.getAttribute('aria-expanded')) !== 'true') await t.click();
  }
  const ids = await page
    .locator('[data-test="kata-pods"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-test') ?? ''));
  return ids.map((id) => id.replace(/^pod-/, '')).sort();
};

/** In Japanese, nothing of the plugin's area is left in English. */
const expectTranslated = async (page: Page, lng: Lng) => {
  if (lng === 'ja') await expectNoEnglishLeak(page);
};

const expectedIds = (state: KataState) => state.pods.map((p) => `${p.namespace}-${p.name}`).sort();

for (const lng of ['en', 'ja'] as const) {
  test(`overview numbers equal the cluster (${lng})`, async ({
    page,
    open,
    kubectl,
    saveScreenshot,
  }) => {
    const state = await kataState(kubectl);
    const kc = JSON.parse(
      await kubectl(['get', 'kataconfig', 'example-kataconfig', '-o', 'json']),
    ) as {
      status: KataConfigStatus;
    };
    const nodes = JSON.parse(await kubectl(['get', 'nodes', '-o', 'json'])) as { items: unknown[] };
    const labelled = JSON.parse(
      await kubectl([
        'get',
        'nodes',
        '-l',
        'feature.node.kubernetes.io/runtime.kata=true',
        '-o',
        'json',
      ]),
    ) as { items: unknown[] };
    const rc = JSON.parse(await kubectl(['get', 'runtimeclass', 'kata', '-o', 'json'])) as {
      overhead: { podFixed: { memory: string; cpu: string } };
    };
    const kn = kc.status.kataNodes ?? {};

    await open(`${OVERVIEW}?lng=${lng}`);
    await waitForPluginIdle(page);
    const card = page.getByTestId('kata-card');
    await expect(card.getByTestId('rollout')).toHaveText(
      fill(tr(lng, 'Installed: Kata is ready on {{ready}} of {{total}} nodes_other'), {
        ready: count(kn.readyNodeCount ?? 0, lng),
        total: count(kn.nodeCount ?? 0, lng),
      }),
    );
    await expect(card.getByTestId('node-counts')).toHaveText(
      fill(tr(lng, 'Eligible: {{eligible}}; Kata installed: {{installed}}; all nodes: {{total}}'), {
        eligible: count(ELIGIBLE, lng),
        installed: count(kn.installed?.length ?? 0, lng),
        total: count(nodes.items.length, lng),
      }),
    );
    await expect(card.getByTestId('rc-kata')).toHaveText(
      fill(tr(lng, '{{name}}: overhead {{memory}}, {{cpu}} CPU per pod'), {
        name: 'kata',
        memory: bytesText(
          Number(/^(\d+)Mi$/.exec(rc.overhead.podFixed.memory)?.[1] ?? NaN) * 1024 ** 2,
          lng,
        ),
        cpu: coresText(Number(/^(\d+)m$/.exec(rc.overhead.podFixed.cpu)?.[1] ?? NaN) / 1000, lng),
      }),
    );
    await expect(card.getByTestId('kata-pods')).toHaveText(
      fill(tr(lng, '{{pods}} holding node resources; overhead {{memory}}, {{cpu}} CPU'), {
        pods: count(state.active, lng),
        memory: bytesText(state.overheadMemory, lng),
        cpu: coresText(state.overheadCpu, lng),
      }),
    );
    await expect(page.getByTestId('nfd-labelled')).toHaveText(
      fill(tr(lng, '{{formatted}} nodes labelled {{label}}=true_other'), {
        formatted: count(labelled.items.length, lng),
        label: 'feature.node.kubernetes.io/runtime.kata',
      }),
    );
    await expect(page.getByTestId('next-action')).toHaveAttribute('data-action', 'nothing');
    await settle(page);
    await saveScreenshot(`overview-${lng}`);
    await expectTranslated(page, lng);
    await expectAccessible(page);

    // Every number links to the page that explains it.
    await card.getByTestId('kata-pods').click();
    await expect(page).toHaveURL(new RegExp(WORKLOADS));
  });

  test(`the workloads list equals the Kata pods (${lng})`, async ({
    page,
    open,
    kubectl,
    saveScreenshot,
  }) => {
    const state = await kataState(kubectl);
    await open(`${WORKLOADS}?lng=${lng}`);
    await waitForPluginIdle(page);
    await expect(page.getByTestId('summary-pods')).toHaveText(count(state.pods.length, lng));
    await expect(page.getByTestId('summary-active')).toHaveText(count(state.active, lng));
    await expect(page.getByTestId('summary-overhead')).toHaveText(
      amountsText(state.overheadMemory, state.overheadCpu, lng, tr(lng, '{{memory}}, {{cpu}} CPU')),
    );
    expect(await listedPods(page)).toEqual(expectedIds(state));
    await settle(page);
    await saveScreenshot(`workloads-${lng}`);
    await expectTranslated(page, lng);
    await expectAccessible(page);
  });
}

test('the list follows Kata pods as they come and go', async ({ page, open, kubectl }) => {
  await open(`${WORKLOADS}?lng=en`);
  await waitForPluginIdle(page);
  const before = await kataState(kubectl);
  await kubectl([
    'run',
    'sandboxed-shell',
    '-n',
    'team-b',
    '--image=registry.access.redhat.com/ubi9/ubi-minimal',
    '--overrides={"spec":{"runtimeClassName":"kata"}}',
  ]);
  // A runc pod does not count.
  await kubectl([
    'run',
    'plain-shell',
    '-n',
    'team-b',
    '--image=registry.access.redhat.com/ubi9/ubi-minimal',
  ]);
  const during = await kataState(kubectl);
  expect(during.pods).toHaveLength(before.pods.length + 1);
  await expect(page.getByTestId('summary-pods')).toHaveText(String(during.pods.length));
  expect(await listedPods(page)).toEqual(expectedIds(during));

  await kubectl(['delete', 'pod', 'sandboxed-shell', '-n', 'team-b', '--wait=false']);
  await kubectl(['delete', 'pod', 'plain-shell', '-n', 'team-b', '--wait=false']);
  await expect(page.getByTestId('summary-pods')).toHaveText(String(before.pods.length));
  await expect(page.getByTestId('pod-team-b-sandboxed-shell')).toHaveCount(0);
});

test('the namespace bar and the filters narrow the list', async ({ page, open, kubectl }) => {
  await open(`${WORKLOADS}?lng=en`);
  await waitForPluginIdle(page);
  await page.getByTestId('namespace-toggle').click();
  await page.getByTestId('namespace-team-a').click();
  await waitForPluginIdle(page);
  const teamA = await kataState(kubectl, ['-n', 'team-a']);
  await expect(page.getByTestId('summary-pods')).toHaveText(String(teamA.pods.length));
  expect(await listedPods(page)).toEqual(expectedIds(teamA));

  await page.getByTestId('namespace-toggle').click();
  await page.getByTestId('namespace-all').click();
  await page
    .getByRole('textbox', { name: 'Filter by pod, workload, namespace or node' })
    .fill('db-0');
  expect(await listedPods(page)).toEqual(['team-b-db-0']);
  await page.getByTestId('phase-filter').selectOption('Succeeded');
  await expect(page.getByTestId('workloads-table').locator('tbody')).toHaveCount(0);
});

for (const lng of ['en', 'ja'] as const) {
  test(`the Node tab lists the node's Kata pods (${lng})`, async ({
    page,
    open,
    kubectl,
    saveScreenshot,
  }) => {
    const state = await kataState(kubectl, ['-A', '--field-selector', 'spec.nodeName=worker-0']);
    await open(`/k8s/cluster/nodes/worker-0/sandboxed-containers?lng=${lng}`);
    await waitForPluginIdle(page);
    const section = page.getByTestId('node-kata-pods');
    const ids = await section
      .locator('[data-test="kata-pods"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => (r.getAttribute('data-test') ?? '').replace(/^pod-/, '')),
      );
    expect(ids.sort()).toEqual(expectedIds(state));
    await expect(section.getByTestId('summary-overhead')).toHaveText(
      amountsText(state.overheadMemory, state.overheadCpu, lng, tr(lng, '{{memory}}, {{cpu}} CPU')),
    );
    await settle(page);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(`node-kata-pods-${lng}`);
    await expectTranslated(page, lng);
  });
}

test.describe('a user with pods in one namespace only', () => {
  // The browser logs the 403s of what this user may not list (RuntimeClasses, namespaces...).
  test.use({ allowedErrors: ['status of 403 (Forbidden)'] });

  test('a user who may list pods only in team-a sees theirs, and is offered no other scope', async ({
    page,
    open,
    kubectl,
    sim,
  }) => {
    const teamA = await kataState(kubectl, ['-n', 'team-a']);
    await sim.setUser('developer');
    try {
      // First visit: all namespaces, which this user may not list (SelfSubjectAccessReview).
      await open(`${WORKLOADS}?lng=en`);
      await expect(page.getByTestId('no-permission')).toBeVisible();
      await page.getByTestId('namespace-toggle').click();
      await expect(page.getByTestId('namespace-all')).toHaveCount(0);
      await page.keyboard.press('Escape');
      // With team-a chosen (the console keeps the tab's last namespace), the list is theirs.
      await page.evaluate(() => {
        sessionStorage.setItem('bridge/last-namespace-name', 'team-a');
      });
      await open(`${WORKLOADS}?lng=en`);
      await waitForPluginIdle(page);
      await expect(page.getByTestId('summary-pods')).toHaveText(String(teamA.pods.length));
      expect(await listedPods(page)).toEqual(expectedIds(teamA));
    } finally {
      await sim.setUser('admin');
    }
  });
});
