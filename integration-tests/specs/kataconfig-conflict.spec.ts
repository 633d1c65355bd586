/**
 * KataConfig page: a concurrent spec change makes the save hit 409; the conflict panel shows what
 * changed, and re-applying keeps both changes.
 */
import type { RunningServer } from '../server/server';
import { expect, settle, test } from './fixtures';

// The host scrolls an inner container, so fullPage cannot grow the shot: a tall viewport does.
test.use({
  serverKey: 'kataconfig-conflict',
  scenario: 'installed',
  viewport: { width: 1280, height: 2400 },
  // The browser logs the expected 409 response of the stale save.
  allowedErrors: ['the server responded with a status of 409 (Conflict)'],
});

const API_VERSION = 'kataconfiguration.openshift.io/v1';
const NAME = 'example-kataconfig';

type KataConfig = {
  metadata: { resourceVersion?: string };
  spec?: { logLevel?: string; enablePeerPods?: boolean };
};

const current = (server: RunningServer): KataConfig => {
  const obj = server.cluster.get(API_VERSION, 'KataConfig', NAME) as KataConfig | undefined;
  if (!obj) throw new Error(`KataConfig ${NAME} is missing`);
  return obj;
};

test('a concurrent change gives a conflict; re-applying keeps both changes', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  await open('/sandboxed-containers/kataconfig?tab=yaml&lng=en');
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  const loaded = current(server);
  const peerPods = page.getByRole('checkbox', { name: 'Enable peer pods' });
  await expect(peerPods).not.toBeChecked();
  await peerPods.check();

  // Someone else changes another spec field after the page loaded the object.
  const theirs = server.cluster.apply({
    ...loaded,
    spec: { ...loaded.spec, logLevel: 'debug' },
  }) as KataConfig;
  expect(theirs.metadata.resourceVersion).not.toBe(loaded.metadata.resourceVersion);

  server.cluster.clearRequestLog();
  await page.getByTestId('kataconfig-save').click();
  const panel = page.getByTestId('conflict-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Conflict: the KataConfig changed while you were editing it');
  const changes = panel.getByLabel('Changes made by others');
  const row = changes.getByRole('row').filter({ hasText: 'spec.logLevel' });
  await expect(row).toContainText('info');
  await expect(row).toContainText('debug');
  expect(
    server.cluster
      .requestLog()
      .filter((r) => r.method === 'PUT' && r.path.includes('kataconfigs'))
      .map((r) => r.status),
  ).toEqual([409]);
  expect(current(server).spec?.enablePeerPods ?? false, 'my change is not saved yet').toBe(false);
  await settle(page);
  await saveScreenshot('kataconfig-conflict-en');

  await panel.getByRole('button', { name: 'Re-apply my changes to the latest version' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  await expect(page.getByTestId('conflict-panel')).toHaveCount(0);
  await expect
    .poll(() => current(server).spec)
    .toMatchObject({ logLevel: 'debug', enablePeerPods: true });
});
