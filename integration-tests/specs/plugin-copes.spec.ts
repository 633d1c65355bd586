/**
 * The plugin copes with what the real console does and the host now imitates
 * (integration-tests/console/FIDELITY.md): slow discovery (useFlag undefined), the lazy
 * CodeEditor, the console's '' for "no error".
 */
import { delayEditorChunk } from './code-editor';
import { expect, test } from './fixtures';

test.use({ serverKey: 'plugin-copes', scenario: 'installed' });

test('KataConfig page with slow discovery: a skeleton, never "Operator is not installed"', async ({
  page,
  open,
  sim,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { sawMissing: boolean };
    w.sawMissing = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-test="operator-missing"]')) w.sawMissing = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await sim.setFaults([{ path: '^/apis$', latencyMs: 6000, times: 1 }]);
  await open('/sandboxed-containers/kataconfig');
  await expect(page.getByTestId('loading')).toBeVisible();
  await expect(page.getByTestId('kataconfig-details')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { sawMissing: boolean }).sawMissing)).toBe(
    false,
  );
});

test("the YAML view loads Monaco inside the plugin's own Suspense, the page stays", async ({
  page,
  open,
}) => {
  await delayEditorChunk(page, 1500);
  await open('/sandboxed-containers/kataconfig?tab=yaml');
  await expect(page.getByTestId('kataconfig-editor')).toBeVisible();
  await page.getByRole('button', { name: 'YAML view' }).click();
  await expect(page.getByText('Loading the editor')).toBeAttached();
  // The console's app-level spinner never replaces the page.
  await expect(page.locator('[data-test="loading-box"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Sandboxed containers' })).toBeVisible();
  await expect(page.getByTestId('code-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-test="loading-box"]')).toHaveCount(0);
  // A definite height: Monaco shows the object, not one collapsed line.
  const box = await page.locator('.monaco-editor').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(300);
});

test('RuntimeClasses with a healthy watch show no error (the console reports none as "")', async ({
  page,
  open,
}) => {
  await open('/sandboxed-containers/runtimeclasses');
  await expect(page.getByTestId('runtimeclass-row-kata')).toBeVisible();
  await expect(page.getByText('RuntimeClasses could not be loaded')).toHaveCount(0);
});
