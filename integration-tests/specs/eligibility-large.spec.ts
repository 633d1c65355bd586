/**
 * Node eligibility with 5,003 nodes (`large`: 3 masters + 5,000 generated workers, see
 * generateNodes in integration-tests/cluster/scenario.ts): the page renders, scrolls and filters
 * while the DOM holds a bounded number of rows.
 */
import type { Page } from '@playwright/test';
import { expect, settle, test } from './fixtures';
import { NODES_PATH, expectRow, expectTableLoaded, rowOf, rows } from './eligibility-page';

test.use({ serverKey: 'eligibility-large', scenario: 'large' });

const TOTAL = 5003;
/** Row height the table's windowing uses (ROW_HEIGHT in src/eligibility/EligibilityTable.tsx). */
const ROW_HEIGHT = 72;
const MAX_TR = 100;

/** Sorted by name (numeric): master-0..2, then worker-0000..worker-4999. */
const nameAt = (index: number): string =>
  index < 3 ? `master-${String(index)}` : `worker-${String(index - 3).padStart(4, '0')}`;

const expectBoundedDom = async (page: Page, where: string): Promise<void> => {
  const count = await page.locator('tr').count();
  expect(count, `<tr> elements ${where}`).toBeLessThanOrEqual(MAX_TR);
};

test('5,000 nodes: renders, scrolls and filters with a bounded DOM', async ({
  page,
  open,
  saveScreenshot,
}) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await expect(page.getByTestId('shown-count')).toHaveText('Nodes shown: 5,003 of 5,003');
  await expect(rowOf(page, 'master-0')).toBeInViewport();
  await expectBoundedDom(page, 'at the top');
  await settle(page);
  await saveScreenshot('nodes-large-en');

  // The table scrolls with the page (the console's #content-scrollable), no box of its own.
  const scroller = page.locator('#content-scrollable');
  const table = page.getByTestId('eligibility-scroll');
  expect(await table.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
  const tableTop = await scroller.evaluate(
    (el, t) => t.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop,
    await table.elementHandle(),
  );
  const scrollTo = (top: number) =>
    scroller.evaluate((el, y) => {
      el.scrollTop = y;
    }, top);

  // The middle: the row at that position is rendered and really in view.
  const middle = Math.floor(TOTAL / 2);
  await scrollTo(tableTop + middle * ROW_HEIGHT);
  await expect(rowOf(page, nameAt(middle + 2))).toBeInViewport();
  await expect(rowOf(page, nameAt(middle + 5))).toBeInViewport();
  await expect(rowOf(page, 'master-0')).toHaveCount(0);
  await expectBoundedDom(page, 'in the middle');

  // The end.
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(rowOf(page, nameAt(TOTAL - 1))).toBeInViewport();
  await expect(rowOf(page, nameAt(TOTAL - 5))).toBeInViewport();
  await expect(page.getByTestId('spacer-bottom')).toHaveCount(0);
  await expectBoundedDom(page, 'at the end');

  // Filter by name: worker-4329 (i % 10 === 9) is a RHEL worker.
  await page.getByLabel('Filter by node name').pressSequentially('worker-4329');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId('shown-count')).toHaveText('Nodes shown: 1 of 5,003');
  await expectRow(page, 'en', {
    name: 'worker-4329',
    verdict: 'not-eligible',
    reason: 'RHEL nodes are not supported',
  });
  await expect(rowOf(page, 'worker-4329')).toBeInViewport();
  await expectBoundedDom(page, 'filtered');

  // A prefix matching 1,000 nodes stays windowed too.
  await page.getByLabel('Filter by node name').fill('worker-1');
  await expect(page.getByTestId('shown-count')).toHaveText('Nodes shown: 1,000 of 5,003');
  await expect(rowOf(page, 'worker-1000')).toBeVisible();
  await expectBoundedDom(page, 'filtered to 1,000');
});

test('while the pages of 250 arrive the page says so, then counts every node', async ({
  page,
  open,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { partial: string[] };
    w.partial = [];
    new MutationObserver(() => {
      const note = document.querySelector('[data-test="nodes-still-loading"]');
      if (note?.textContent && !w.partial.includes(note.textContent))
        w.partial.push(note.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await open(`${NODES_PATH}?lng=en`);
  await expect(page.getByTestId('shown-count')).toHaveText('Nodes shown: 5,003 of 5,003');
  await expect(page.getByTestId('nodes-still-loading')).toHaveCount(0);
  const partial = await page.evaluate(() => (window as unknown as { partial: string[] }).partial);
  // The console reports `loaded` with the first page: the partial count was named, not hidden.
  expect(partial[0]).toMatch(/Loading more nodes: [\d,]+ so far$/);
});
