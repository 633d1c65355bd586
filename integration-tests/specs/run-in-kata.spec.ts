/**
 * Run in Kata on a Deployment (`workloads` scenario, Deployment team-a/shop with 2 replicas, no
 * memory limit): the console host's Actions menu shows the plugin's action; the dialog shows the
 * impact computed from what the API holds, dry-runs, saves; the Deployment's new pods carry the
 * class and its overhead; undo removes the field again. A read-only user sees the list but no
 * action. In English and Japanese.
 */
import type { Page } from '@playwright/test';
import { expect, settle, test } from './fixtures';
import { tr, type Lng } from './locales';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';
import { bytesText, coresText, quantity } from './workloads-state';

test.use({ serverKey: 'run-in-kata', scenario: 'workloads' });

const DEPLOYMENT = '/k8s/ns/team-a/deployments/shop';

const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => vars[k] ?? `{{${k}}}`);

type Pod = {
  metadata: { name: string; deletionTimestamp?: string };
  spec: { runtimeClassName?: string; nodeName?: string; overhead?: Record<string, string> };
  status?: { phase?: string };
};
type Kubectl = (args: string[]) => Promise<string>;

const shopPods = async (kubectl: Kubectl): Promise<Pod[]> =>
  (
    JSON.parse(await kubectl(['get', 'pods', '-n', 'team-a', '-l', 'app=shop', '-o', 'json'])) as {
      items: Pod[];
    }
  ).items.filter((p) => !p.metadata.deletionTimestamp);

/** A field of the Deployment team-a/shop as the API holds it. */
const shopField = async (kubectl: Kubectl, path: string): Promise<string> =>
  kubectl(['get', 'deployment', 'shop', '-n', 'team-a', '-o', `jsonpath={${path}}`]);

const templateClass = (kubectl: Kubectl) =>
  shopField(kubectl, '.spec.template.spec.runtimeClassName');

const openActions = async (page: Page, lng: Lng) => {
  await page.getByTestId('actions-menu-button').click();
  await page.getByRole('menuitem', { name: new RegExp(tr(lng, 'Run in Kata')) }).click();
};

const expectTranslated = async (page: Page, lng: Lng) => {
  if (lng === 'ja') await expectNoEnglishLeak(page);
};

for (const lng of ['en', 'ja'] as const) {
  test(`Run in Kata shows the impact, dry-runs, saves, and undo removes it (${lng})`, async ({
    page,
    open,
    kubectl,
    saveScreenshot,
  }) => {
    const rc = JSON.parse(await kubectl(['get', 'runtimeclass', 'kata', '-o', 'json'])) as {
      overhead: { podFixed: { memory: string; cpu: string } };
      scheduling: { nodeSelector: Record<string, string> };
    };
    const memory = quantity(rc.overhead.podFixed.memory);
    const cpu = quantity(rc.overhead.podFixed.cpu);
    const selector = Object.entries(rc.scheduling.nodeSelector)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const kataNodes = (
      JSON.parse(await kubectl(['get', 'nodes', '-l', selector, '-o', 'json'])) as {
        items: { metadata: { name: string } }[];
      }
    ).items
      .map((n) => n.metadata.name)
      .sort();
    const replicas = Number(await shopField(kubectl, '.spec.replicas'));

    await open(`${DEPLOYMENT}?lng=${lng}`);
    await openActions(page, lng);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('impact-replicas')).toHaveText(String(replicas));
    await expect(dialog.getByTestId('impact-overhead-total')).toHaveText(
      fill(
        tr(
          lng,
          '{{pods}} × overhead = {{memory}} of memory and {{cpu}} CPU more charged by the scheduler',
        ),
        {
          pods: String(replicas),
          memory: bytesText(memory * replicas, lng),
          cpu: coresText(cpu * replicas, lng),
        },
      ),
    );
    // The container has no memory limit: the memory model's warning names it.
    await expect(dialog.locator('[data-note="no-limit"]')).toContainText('shop');
    await expect(dialog.getByTestId('flow-status')).toHaveAttribute('data-step', 'checked');
    await expect(dialog.getByTestId('flow-status')).toContainText(bytesText(memory, lng));
    // The dry run stored nothing.
    expect(await templateClass(kubectl)).toBe('');
    await settle(page);
    await saveScreenshot(`run-in-kata-${lng}`);
    await expectTranslated(page, lng);
    await expectAccessible(page);
    await dialog.getByTestId('impact-nodes-toggle').getByRole('button').click();
    const listed = await dialog
      .getByTestId('impact-nodes')
      .locator('tbody tr td:first-child')
      .allInnerTexts();
    expect(listed.map((s) => s.trim()).sort()).toEqual(kataNodes);

    await dialog.getByTestId('save').click();
    await expect(dialog.getByTestId('flow-status')).toHaveAttribute('data-step', 'saved');
    expect(await templateClass(kubectl)).toBe('kata');
    // The controller replaces the pods; the new ones carry the class and its overhead, on Kata nodes.
    await expect
      .poll(
        async () =>
          (await shopPods(kubectl)).map((p) => [
            p.spec.runtimeClassName,
            p.spec.overhead?.memory,
            p.spec.overhead?.cpu,
            kataNodes.includes(p.spec.nodeName ?? ''),
          ]),
        { timeout: 30000 },
      )
      .toEqual(
        Array.from({ length: replicas }, () => [
          'kata',
          rc.overhead.podFixed.memory,
          rc.overhead.podFixed.cpu,
          true,
        ]),
      );

    await dialog.getByTestId('undo').click();
    await expect(dialog.getByTestId('flow-status')).toHaveAttribute('data-step', 'undone');
    expect(await templateClass(kubectl)).toBe('');
    await expect
      .poll(async () => (await shopPods(kubectl)).map((p) => p.spec.runtimeClassName ?? 'none'), {
        timeout: 30000,
      })
      .toEqual(Array.from({ length: replicas }, () => 'none'));
    await dialog.getByTestId('close').click();
    await expect(dialog).toHaveCount(0);
  });
}

test('a read-only user sees the Kata workloads but no action', async ({ page, open, sim }) => {
  await sim.setUser('read-only');
  try {
    await open('/sandboxed-containers/workloads?lng=en');
    await waitForPluginIdle(page);
    await expect(page.getByTestId('summary-pods')).not.toHaveText('0');
    await open(`${DEPLOYMENT}?lng=en`);
    await expect(page.getByTestId('page-heading')).toContainText('shop');
    await expect(page.getByTestId('workload-pods')).toBeVisible();
    // The console hides an Actions dropdown with no action; the plugin offers none to this user.
    await expect(page.getByRole('menuitem', { name: 'Run in Kata' })).toHaveCount(0);
    await expect(page.getByTestId('actions-menu-button')).toHaveCount(0);
  } finally {
    await sim.setUser('admin');
  }
});
