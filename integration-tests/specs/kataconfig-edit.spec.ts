/**
 * KataConfig page on an installed cluster: form <-> YAML round trip and save, validation that
 * refuses invalid values before any request, and the English/Japanese screenshots.
 */
import type { RunningServer } from '../server/server';
import { expect, settle, test } from './fixtures';
import { expectEditorValue } from './code-editor';
import { REPORTED_LEAKS } from './i18n-suite';
import { pageAction, saveAndReboot } from './kataconfig-page';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';

// The host scrolls an inner container, so fullPage cannot grow the shot: a tall viewport does.
test.use({
  serverKey: 'kataconfig-edit',
  scenario: 'installed',
  viewport: { width: 1280, height: 2400 },
});

const API_VERSION = 'kataconfiguration.openshift.io/v1';
const NAME = 'example-kataconfig';
const PAGE = '/sandboxed-containers/kataconfig';

type KataConfigSpec = {
  logLevel?: string;
  enablePeerPods?: boolean;
  kataConfigPoolSelector?: {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string; values?: string[] }[];
  };
};

const specOf = (server: RunningServer): KataConfigSpec =>
  (server.cluster.get(API_VERSION, 'KataConfig', NAME) as { spec?: KataConfigSpec } | undefined)
    ?.spec ?? {};

const kataConfigWrites = (server: RunningServer) =>
  server.cluster
    .requestLog()
    .filter((r) => r.path.includes('kataconfigs') && ['PUT', 'PATCH', 'POST'].includes(r.method));

test('an edit in the form survives a YAML round trip and is saved to the cluster', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  await open(`${PAGE}?lng=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sandboxed containers' })).toBeVisible();
  // A console details page: Details / Nodes / YAML, the details first.
  const tabs = page.getByTestId('kataconfig-tabs');
  await expect(tabs.getByRole('tab')).toHaveText(['Details', 'Nodes', 'YAML']);
  await expect(page.getByTestId('kataconfig-details')).toBeVisible();
  await settle(page);
  await saveScreenshot('kataconfig-en');
  await tabs.getByRole('tab', { name: 'Nodes' }).click();
  await expect(page.getByRole('grid', { name: 'Rollout per node' })).toBeVisible();
  await expect(page).toHaveURL(/tab=nodes/);
  // The Actions menu's Edit opens the editor.
  await pageAction(page, 'Edit KataConfig');
  await expect(page).toHaveURL(/tab=yaml/);
  const editor = page.getByTestId('kataconfig-editor');
  await expect(editor).toBeVisible();

  await page.getByLabel('Log level').selectOption('debug');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByRole('textbox', { name: 'Label key, row 1' }).fill('kubernetes.io/os');
  await page.getByRole('textbox', { name: 'Label value, row 1' }).fill('linux');

  await page.getByRole('button', { name: 'YAML view' }).click();
  await expectEditorValue(page, /logLevel: debug/);
  await expectEditorValue(page, /kubernetes\.io\/os: linux/);

  await page.getByRole('button', { name: 'Form view' }).click();
  await expect(page.getByLabel('Log level')).toHaveValue('debug');
  await expect(page.getByRole('textbox', { name: 'Label key, row 1' })).toHaveValue(
    'kubernetes.io/os',
  );
  await expect(page.getByRole('textbox', { name: 'Label value, row 1' })).toHaveValue('linux');

  expect(specOf(server).logLevel, 'nothing saved yet').not.toBe('debug');
  // Not checking eligibility any more gives Kata to the workers without the label: Save asks
  // first, naming the nodes that reboot; Cancel sends nothing.
  await page.getByRole('checkbox', { name: 'Check node eligibility' }).uncheck();
  await page.getByTestId('kataconfig-save').click();
  const confirm = page.getByTestId('save-reboot-confirm');
  await expect(confirm).toContainText(/Save and reboot \d+ nodes?\?/);
  await settle(page);
  await saveScreenshot('kataconfig-save-reboot-en');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(specOf(server).logLevel, 'cancelled: nothing saved').not.toBe('debug');
  await saveAndReboot(page);
  await expect(page.getByTestId('saved')).toBeVisible();
  await expect
    .poll(() => specOf(server))
    .toMatchObject({
      logLevel: 'debug',
      checkNodeEligibility: false,
      kataConfigPoolSelector: { matchLabels: { 'kubernetes.io/os': 'linux' } },
    });
  expect(kataConfigWrites(server).map((r) => r.method)).toContain('PUT');
});

test('invalid values are refused before any request is sent', async ({ page, open, server }) => {
  await open(`${PAGE}?tab=yaml&lng=en`);
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  const before = specOf(server);
  server.cluster.clearRequestLog();

  await page.getByRole('button', { name: 'Add label' }).click();
  const labelRows = page.getByTestId('kataconfig-label-row');
  const row = labelRows.nth((await labelRows.count()) - 1);
  await row.getByRole('textbox', { name: /^Label key, row/ }).fill('-bad/key');
  await row.getByRole('textbox', { name: /^Label value, row/ }).fill('x');
  await page.getByRole('button', { name: 'Add expression' }).click();
  await page.getByRole('textbox', { name: 'Expression key, row 1' }).fill('zone');
  await expect(page.getByRole('combobox', { name: 'Operator, row 1' })).toHaveValue('In');

  const prefixMessage = 'The prefix before "/" must be a DNS subdomain';
  const valuesMessage = 'In and NotIn need at least one value.';
  // Field-level errors appear while typing.
  await expect(row.getByText(prefixMessage)).toBeVisible();
  await expect(
    page.getByTestId('kataconfig-expression-row').getByText(valuesMessage),
  ).toBeVisible();

  await page.getByTestId('kataconfig-save').click();
  const blocked = page.getByTestId('save-blocked');
  await expect(blocked).toBeVisible();
  await expect(blocked).toContainText('Nothing was saved: fix these problems first');
  await expect(blocked).toContainText(
    `spec.kataConfigPoolSelector.matchLabels["-bad/key"]: ${prefixMessage}`,
  );
  await expect(blocked).toContainText(
    `spec.kataConfigPoolSelector.matchExpressions[0].values: ${valuesMessage}`,
  );
  await expect(page.getByTestId('saved')).toHaveCount(0);

  expect(kataConfigWrites(server), 'no write reached the API server').toEqual([]);
  expect(specOf(server)).toEqual(before);
});

test('details, form and YAML view in Japanese: translated and accessible', async ({
  page,
  open,
  saveScreenshot,
}) => {
  await open(`${PAGE}?lng=ja`);
  await expect(page.getByTestId('kataconfig-details')).toBeVisible();
  await waitForPluginIdle(page);
  await settle(page);
  await saveScreenshot('kataconfig-ja');
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await expectAccessible(page);

  await page.getByTestId('actions-menu').click();
  await expect(page.getByRole('menuitem', { name: 'KataConfig の編集' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'アンインストール' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('kataconfig-tabs').getByRole('tab', { name: 'YAML' }).click();
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await expectAccessible(page);

  await page.getByRole('button', { name: 'YAML ビュー' }).click();
  await expectEditorValue(page, /name: example-kataconfig/);
  await settle(page);
  await saveScreenshot('kataconfig-yaml-ja');
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await expectAccessible(page);
});

test('ticking "Enable peer pods" on bare metal warns before anything is saved (en, ja)', async ({
  page,
  open,
  server,
  saveScreenshot,
}) => {
  await open(`${PAGE}?tab=yaml&lng=en`);
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  await expect(page.getByTestId('peer-pods-warning')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Enable peer pods' }).check();
  // The operator has no peer-pods provider for bare metal (getCloudProviderFromInfra): the
  // kata-remote RuntimeClass it would create could not start a pod VM.
  const warning = page.getByTestId('peer-pods-warning');
  await expect(warning).toContainText('Peer pods are not configured yet');
  await expect(warning).toContainText(
    'The Operator runs peer pods on AWS, Azure and libvirt only, not on this platform (Bare metal).',
  );
  await settle(page);
  await saveScreenshot('kataconfig-peer-pods-warning-en');
  expect(specOf(server).enablePeerPods, 'a warning, nothing saved').not.toBe(true);

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(warning).toContainText('ピア Pod はまだ設定されていません');
  await expect(warning).toContainText(
    'Operator がピア Pod を実行できるのは AWS、Azure、libvirt のみで、このプラットフォーム (ベアメタル) では実行できません。',
  );
  await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  await settle(page);
  await saveScreenshot('kataconfig-peer-pods-warning-ja');

  // Cleared again, the warning goes: it is about the box, not the cluster's KataConfig.
  await page.getByRole('checkbox', { name: 'ピア Pod を有効にする' }).uncheck();
  await expect(warning).toHaveCount(0);
});
