/**
 * WRITE fault matrix for the KataConfig page: 403/409/422/500/503 on the save (PUT) and on the
 * delete (uninstall). One page load per write; each case asserts the message, that the typed
 * input is kept, and after lifting the fault and retrying, what the simulator holds.
 */
import { expect, test } from './fixtures';
import { KATACONFIG_YAML, pageAction, saveAndReboot } from './kataconfig-page';

test.use({
  serverKey: 'faults-kataconfig',
  scenario: 'installed',
  allowedErrors: ['Failed to load resource'],
});

const KC_PATH = '^/apis/kataconfiguration\\.openshift\\.io/v1/kataconfigs/example-kataconfig$';
const STATUSES = [403, 409, 422, 500, 503];

type KataConfigList = {
  items: {
    metadata: { name: string; deletionTimestamp?: string };
    spec?: { kataConfigPoolSelector?: { matchLabels?: Record<string, string> } };
  }[];
};
const kataConfigs = async (url: string) => {
  const res = await fetch(
    `${url}/api/kubernetes/apis/kataconfiguration.openshift.io/v1/kataconfigs`,
  );
  return ((await res.json()) as KataConfigList).items;
};

test('KataConfig save: write faults keep the form; the retry saves once', async ({
  page,
  open,
  sim,
  server,
}) => {
  await open(KATACONFIG_YAML);
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByLabel('Label key, row 1').fill('faults.example/zone');
  await page.getByLabel('Label value, row 1').fill('a');
  // 409 last: a conflict opens the conflict panel, which the retry goes through.
  for (const status of STATUSES.filter((s) => s !== 409)) {
    await sim.setFaults([{ method: 'PUT', path: KC_PATH, status, times: 1 }]);
    await saveAndReboot(page);
    const error = page.getByTestId('save-error');
    await expect(error).toContainText('Could not save the KataConfig');
    await expect(error).toContainText(`simulated fault: ${String(status)} for PUT`);
    await expect(page.getByLabel('Label key, row 1')).toHaveValue('faults.example/zone');
    await expect(page.getByLabel('Label value, row 1')).toHaveValue('a');
  }
  await sim.setFaults([{ method: 'PUT', path: KC_PATH, status: 409, times: 1 }]);
  await saveAndReboot(page);
  await expect(page.getByTestId('conflict-panel')).toContainText(
    'Conflict: the KataConfig changed while you were editing it',
  );
  await expect(page.getByLabel('Label key, row 1')).toHaveValue('faults.example/zone');
  await sim.clearFaults();
  await page.getByTestId('conflict-reapply').click();
  await expect(page.getByTestId('saved')).toBeVisible();
  const items = await kataConfigs(server.url);
  expect(items.map((k) => k.metadata.name)).toEqual(['example-kataconfig']);
  expect(items[0]?.spec?.kataConfigPoolSelector?.matchLabels).toEqual({
    'faults.example/zone': 'a',
  });
  await expect(page.getByTestId('page-crash')).toHaveCount(0);
});

test('KataConfig delete: write faults keep the confirmation; the retry deletes', async ({
  page,
  open,
  sim,
  server,
}) => {
  await open('/sandboxed-containers/kataconfig');
  await pageAction(page, 'Uninstall');
  const modal = page.getByTestId('uninstall-modal');
  await modal.getByTestId('uninstall-confirm-input').fill('example-kataconfig');
  for (const status of STATUSES) {
    await sim.setFaults([{ method: 'DELETE', path: KC_PATH, status, times: 1 }]);
    await modal.getByTestId('uninstall-confirm').click();
    await expect(modal).toContainText('Could not delete the KataConfig');
    await expect(modal).toContainText(`simulated fault: ${String(status)} for DELETE`);
    await expect(modal.getByTestId('uninstall-confirm-input')).toHaveValue('example-kataconfig');
  }
  await sim.clearFaults();
  await modal.getByTestId('uninstall-confirm').click();
  await expect(page.getByTestId('uninstall-modal')).toHaveCount(0);
  // Deleted (or being deleted, while the operator's finalizer runs): no new object appeared.
  await expect
    .poll(async () =>
      (await kataConfigs(server.url)).filter((k) => k.metadata.deletionTimestamp === undefined),
    )
    .toEqual([]);
});
