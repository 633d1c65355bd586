/**
 * KataConfig page: uninstall (typed confirmation), the progress while a kata pod blocks it, then
 * the empty state once the operator removed the runtime from every node. The simulator runs a
 * node's update (cordon, drain, reboot, uncordon: about 9 minutes on bare metal) in about 3 s
 * (timeScale 0.005), long enough to see the node-by-node phase.
 */
import { startServer, type RunningServer } from '../server/server';
import { expect, settle, test as base } from './fixtures';
import { pageAction } from './kataconfig-page';
import { REPORTED_LEAKS } from './i18n-suite';
import { tr } from './locales';
import { expectAccessible, expectNoEnglishLeak } from './quality';

const test = base.extend<object, { server: RunningServer }>({
  server: [
    async ({ scenario }, use) => {
      const server = await startServer({ scenario, port: 0, timeScale: 0.005 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

// The host scrolls an inner container, so fullPage cannot grow the shot: a tall viewport does.
test.use({
  serverKey: 'kataconfig-uninstall',
  scenario: 'installed',
  viewport: { width: 1280, height: 2400 },
});

const NAME = 'example-kataconfig';
const KATA_ROLE = 'node-role.kubernetes.io/kata-oc';

type Named = { metadata: { name: string; labels?: Record<string, string> } };

const kataNodes = (server: RunningServer): string[] =>
  (server.cluster.list('v1', 'Node') as Named[])
    .filter((n) => n.metadata.labels && KATA_ROLE in n.metadata.labels)
    .map((n) => n.metadata.name);

test('uninstall: confirm by name, follow the progress, end with no KataConfig (in Japanese)', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  const started = kataNodes(server);
  expect(started.length, 'the scenario starts installed').toBeGreaterThan(0);
  await open('/sandboxed-containers/kataconfig?lng=ja');
  await pageAction(page, 'Uninstall', 'ja');

  const modal = page.getByRole('dialog', { name: tr('ja', 'Uninstall the Kata runtime?') });
  await expect(modal).toBeVisible();
  // The plan says what the cluster will do: the kata-oc nodes reboot, the kata RuntimeClass goes,
  // and the pods that use Kata (the operator waits for them) are named.
  const rebooting = modal.getByTestId('uninstall-reboot-nodes');
  for (const node of kataNodes(server)) await expect(rebooting).toContainText(node);
  await expect(modal.getByTestId('uninstall-runtimeclasses')).toContainText('kata');
  const kataPods = (
    server.cluster.list('v1', 'Pod') as (Named & { spec?: { runtimeClassName?: string } })[]
  ).filter((p) => p.spec?.runtimeClassName === 'kata');
  expect(kataPods.length, 'the scenario runs a kata pod').toBeGreaterThan(0);
  for (const pod of kataPods) {
    await expect(modal.getByTestId('uninstall-kata-pods')).toContainText(pod.metadata.name);
  }
  const confirm = modal.getByTestId('uninstall-confirm');
  await expect(confirm).toBeDisabled();
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await expectAccessible(page);
  await saveScreenshot('kataconfig-uninstall-plan-ja');
  await modal.getByRole('textbox').fill(`${NAME}x`);
  await expect(confirm).toBeDisabled();
  await modal.getByRole('textbox').fill(NAME);
  await confirm.click();
  await expect(modal).toHaveCount(0);

  // The kata pod blocks the uninstallation: the page says so while the KataConfig still exists.
  await expect(page.getByTestId('uninstall-progress')).toContainText(
    tr('ja', 'Uninstalling: the KataConfig is being deleted'),
  );
  await expect(
    page.getByText(tr('ja', 'Uninstallation is blocked by pods that use the Kata runtime')),
  ).toBeVisible();
  await expect(page.getByTestId('kataconfig-editor')).toHaveCount(0);
  await page.getByTestId('actions-menu').click();
  await expect(
    page.getByRole('menuitem', { name: new RegExp(`^${tr('ja', 'Uninstall')}`) }),
  ).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await settle(page);
  await saveScreenshot('kataconfig-uninstall-blocked-ja');

  const res = await fetch(
    `${server.url}/api/kubernetes/api/v1/namespaces/sandboxed-apps/pods/sandboxed-nginx`,
    { method: 'DELETE' },
  );
  expect(res.status).toBe(200);

  // Unblocked: the operator removes the runtime node by node, and the page follows it.
  // (Not exact: PatternFly prefixes alert titles with a screen-reader-only severity.)
  await expect(page.getByText(tr('ja', 'Uninstalling the Kata runtime'))).toBeVisible();
  await saveScreenshot('kataconfig-uninstall-ja');
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await expectAccessible(page);

  // The Nodes tab follows the way back node by node: every node of the Kata pool when the
  // deletion started is listed, and the bar counts the nodes that are back.
  await page.getByRole('tab', { name: tr('ja', 'Nodes'), exact: true }).click();
  const status = page.getByTestId('uninstall-status');
  await expect(status).toBeVisible();
  const perNode = status.getByTestId('rollout-nodes');
  await expect(perNode).toHaveAttribute('aria-label', tr('ja', 'Uninstallation per node'));
  for (const node of started) await expect(perNode).toContainText(node);
  await expect(status.getByTestId('uninstall-bar')).toContainText(
    new RegExp(`${started.length} 個のノードのうち \\d+ 個から Kata が削除されました`),
  );
  await settle(page);
  await saveScreenshot('kataconfig-uninstall-nodes-ja');

  // The operator waits for the worker pool to take the nodes back (one at a time), then goes;
  // the page ends on a clear "uninstalled", then offers to install again.
  const uninstalled = page.getByTestId('uninstalled');
  await expect(uninstalled).toBeVisible({ timeout: 30_000 });
  await expect(uninstalled).toContainText(tr('ja', 'Kata is uninstalled'));
  const empty = page.getByTestId('kataconfig-empty');
  await expect(empty).toBeVisible();
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await saveScreenshot('kataconfig-uninstalled-ja');
  await expect(empty.getByRole('heading', { name: tr('ja', 'No KataConfig') })).toBeVisible();
  await expect(
    empty.getByRole('link', { name: tr('ja', 'Install OpenShift sandboxed containers') }),
  ).toHaveAttribute('href', /\/sandboxed-containers\/install$/);

  expect(server.cluster.list('kataconfiguration.openshift.io/v1', 'KataConfig')).toEqual([]);
  expect(kataNodes(server), 'no node keeps the kata-oc role').toEqual([]);
  // The RuntimeClass goes with the KataConfig (garbage collection of its owner reference).
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
});
