/**
 * Helpers of the eligibility specs (eligibility*.spec.ts): rows of the Node eligibility table by
 * node name, the verdict words users see, and the expected verdict + reason of each node.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { tr, type Lng } from './locales';

export const NODES_PATH = '/sandboxed-containers/nodes';
export const KATA_LABEL = 'feature.node.kubernetes.io/runtime.kata';
export const LANGUAGES: Lng[] = ['en', 'ja'];

export type Verdict = 'eligible' | 'not-eligible' | 'unknown';

/** The verdict words, spelled out (not read from the locales) so a bad translation fails. */
export const VERDICT_TEXT: Record<Lng, Record<Verdict, string>> = {
  en: { eligible: 'Eligible', 'not-eligible': 'Not eligible', unknown: 'Unknown' },
  ja: { eligible: '適格', 'not-eligible': '不適格', unknown: '不明' },
};

/** The translation of an English key with i18next-style `{{name}}` interpolation. */
export const trf = (lng: Lng, key: string, values: Record<string, string> = {}): string =>
  tr(lng, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => values[name] ?? '');

/** Expected row: verdict and the reason column (English key + values; '' for no reason). */
export type RowExpectation = {
  name: string;
  verdict: Verdict;
  reason: string;
  values?: Record<string, string>;
};

export const rows = (page: Page): Locator => page.getByTestId('eligibility-row');

/** The table row of a node (by its name link). */
export const rowOf = (page: Page, name: string): Locator =>
  rows(page).filter({ has: page.getByRole('link', { name, exact: true }) });

/** Waits until the table shows rows (the page has loaded its nodes). */
export const expectTableLoaded = async (page: Page): Promise<void> => {
  await expect(page.getByTestId('eligibility-table')).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
};

export const expectRow = async (page: Page, lng: Lng, e: RowExpectation): Promise<void> => {
  const row = rowOf(page, e.name);
  await expect(row, e.name).toHaveCount(1);
  await expect(row.getByTestId('verdict'), `${e.name} verdict`).toHaveText(
    VERDICT_TEXT[lng][e.verdict],
  );
  const reason = e.reason === '' ? '' : trf(lng, e.reason, e.values);
  await expect(row.getByTestId('reason'), `${e.name} reason`).toHaveText(reason);
};

/** Every node of the scenario has a row, with exactly the expected verdict and reason. */
export const expectRows = async (
  page: Page,
  lng: Lng,
  expected: readonly RowExpectation[],
): Promise<void> => {
  await expect(rows(page)).toHaveCount(expected.length);
  for (const e of expected) await expectRow(page, lng, e);
};

export type SummaryCard = 'eligible' | 'not-eligible' | 'unknown' | 'kata-installed';

/** A summary card shows exactly this count (its text is the title, then the number). */
export const expectSummaryCount = async (
  page: Page,
  card: SummaryCard,
  count: number,
): Promise<void> => {
  await expect(page.getByTestId(`summary-${card}`)).toHaveText(
    new RegExp(`(^|\\D)${String(count)}$`),
  );
};

/** The "Checks" button of a row, whose accessible name names the node. */
export const checksButton = (page: Page, lng: Lng, name: string): Locator =>
  page.getByRole('button', { name: trf(lng, 'Show checks for {{name}}', { name }), exact: true });

export const checksPanel = (page: Page): Locator => page.getByTestId('checks-panel');

/** One check of an open check list (panel or Node tab). */
export const checkItem = (scope: Locator, id: string): Locator => scope.getByTestId(`check-${id}`);

/** Marks the document, so a spec can tell that no navigation or reload happened since. */
export const markDocument = async (page: Page): Promise<void> => {
  await page.evaluate(() => {
    (window as unknown as { sccMarker?: string }).sccMarker = 'same-document';
  });
};

export const documentMarker = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => (window as unknown as { sccMarker?: string }).sccMarker);
