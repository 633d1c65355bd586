/**
 * WRITE fault matrix for the RuntimeClass overhead patch: 403/409/422/500/503 on the PATCH, one
 * dialog for all cases. Each case asserts the message (the API's text), that the typed values are
 * still there, and, after lifting the fault and retrying, that the simulator holds exactly one
 * RuntimeClass `kata` with the typed overhead.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr, type Lng } from './locales';
import { expectNoEnglishLeak } from './quality';

test.use({
  serverKey: 'faults-write',
  scenario: 'installed',
  allowedErrors: ['Failed to load resource'],
});

const RC_PATH = '^/apis/node\\.k8s\\.io/v1/runtimeclasses/kata$';
const WRITE_STATUSES = [403, 409, 422, 500, 503];

const openEditor = async (page: Page, lng: Lng) => {
  await expect(page.getByTestId('edit-overhead-button')).toBeEnabled();
  await page.getByTestId('edit-overhead-button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(tr(lng, 'Memory')).fill('400Mi');
  await dialog.getByLabel(tr(lng, 'CPU')).fill('300m');
  await dialog.getByTestId('edit-overhead-confirm').check();
  return dialog;
};

/** The dialog explains the failure: a conflict as a concurrent change, others with the API's text. */
const expectFailure = async (dialog: Locator, lng: Lng, status: number) => {
  if (status === 409) {
    await expect(dialog.getByTestId('edit-overhead-stale')).toBeVisible();
    return;
  }
  const alert = dialog.getByTestId('edit-overhead-error');
  await expect(alert).toContainText(tr(lng, 'The pod overhead could not be saved'));
  await expect(alert).toContainText(`simulated fault: ${String(status)} for PATCH`);
};

const runtimeClasses = async (url: string) => {
  const res = await fetch(`${url}/api/kubernetes/apis/node.k8s.io/v1/runtimeclasses`);
  const list = (await res.json()) as {
    items: { metadata: { name: string }; overhead?: { podFixed?: Record<string, string> } }[];
  };
  return list.items;
};

for (const lng of ['en', 'ja'] as const) {
  // Every status in English; one in Japanese, to check the message is translated.
  const statuses = lng === 'en' ? WRITE_STATUSES : [500];
  // The Japanese error state is Japanese too; only the API server's own message stays English.
  const checkLanguage = lng === 'ja' ? expectNoEnglishLeak : () => Promise.resolve();

  test(`RuntimeClass overhead patch: ${statuses.join('/')} (${lng})`, async ({
    page,
    open,
    sim,
    server,
  }) => {
    await sim.clearFaults();
    await open(`/sandboxed-containers/runtimeclasses?lng=${lng}`);
    const dialog = await openEditor(page, lng);
    for (const status of statuses) {
      await sim.setFaults([{ method: 'PATCH', path: RC_PATH, status, times: 1 }]);
      await dialog.getByRole('button', { name: tr(lng, 'Save'), exact: true }).click();
      await expectFailure(dialog, lng, status);
      await checkLanguage(page);
      // Nothing the user typed is lost.
      await expect(dialog.getByLabel(tr(lng, 'Memory'))).toHaveValue('400Mi');
      await expect(dialog.getByLabel(tr(lng, 'CPU'))).toHaveValue('300m');
    }
    await sim.clearFaults();
    await dialog.getByRole('button', { name: tr(lng, 'Save'), exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const kata = (await runtimeClasses(server.url)).filter((rc) => rc.metadata.name === 'kata');
    expect(kata).toHaveLength(1);
    expect(kata[0]?.overhead?.podFixed).toEqual({ memory: '400Mi', cpu: '300m' });
    await expect(page.getByTestId('page-crash')).toHaveCount(0);
  });
}
