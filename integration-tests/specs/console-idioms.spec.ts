/**
 * The pages behave as console pages do, in both languages at 1280 px: the eligibility table keeps
 * readable names and reasons with the checks panel open, one tab stop per row (Enter opens,
 * Escape gives focus back), the empty states offer only what the user can do.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr, type Lng } from './locales';

const NODES = '/sandboxed-containers/nodes';

/** Cells whose text is cut: wider (or taller) content than the box shows. */
const cutCells = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) =>
      els
        .filter(
          (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        )
        .map((el) => el.textContent),
    );

test.use({ serverKey: 'console-idioms', scenario: 'mixed' });

for (const lng of ['en', 'ja'] as Lng[]) {
  test(`names and reasons stay readable with the checks panel open (${lng})`, async ({
    page,
    open,
    saveScreenshot,
  }) => {
    await open(`${NODES}?lng=${lng}`);
    const rows = page.getByTestId('eligibility-row');
    await expect(rows.first()).toBeVisible();
    // The reason wraps instead of being cut, in Japanese too.
    expect(await cutCells(page, '[data-test="reason"] > span')).toEqual([]);
    await rows
      .nth(3)
      .getByRole('button', { name: /checks|チェック/i })
      .click();
    await expect(page.getByTestId('checks-panel')).toBeVisible();
    // The table keeps its name and reason columns; every name is whole.
    const headers = page.getByTestId('eligibility-table').locator('thead th');
    await expect(headers).toContainText([
      tr(lng, 'Name'),
      tr(lng, 'Eligibility'),
      tr(lng, 'Reason'),
    ]);
    expect(await cutCells(page, '[data-test="eligibility-row"] td:first-child a')).toEqual([]);
    expect(await cutCells(page, '[data-test="reason"] > span')).toEqual([]);
    await saveScreenshot(`nodes-checks-${lng}`);
  });
}

test('one tab stop per row: Enter opens the checks, Escape gives focus back', async ({
  page,
  open,
}) => {
  await open(`${NODES}?lng=en`);
  const rows = page.getByTestId('eligibility-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().focus();
  await page.keyboard.press('Tab');
  // The next tab stop is the second row, not a link or button inside the first.
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByRole('heading', { level: 2 }).locator('[tabindex="-1"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(rows.nth(2)).toBeFocused();
});

test('the filters are PatternFly selects; no match offers to clear them', async ({
  page,
  open,
}) => {
  await open(`${NODES}?lng=en`);
  await expect(page.locator('select')).toHaveCount(0);
  await page.getByRole('button', { name: 'Filter by role' }).click();
  await page.getByRole('option', { name: 'Control plane' }).click();
  await page.getByRole('textbox', { name: 'Filter by node name' }).fill('worker');
  await expect(page.getByTestId('no-match')).toBeVisible();
  await page.getByTestId('clear-filters').click();
  await expect(page.getByTestId('eligibility-row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filter by role' })).toHaveText('All roles');
});
