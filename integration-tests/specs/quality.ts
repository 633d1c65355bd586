/**
 * Reusable quality checks for page specs:
 * - `expectNoEnglishLeak(page, { allow })`: in Japanese mode, no visible text or user-visible
 *   attribute of the plugin's area contains untranslated English (heuristic and allowlist in
 *   ../quality/english-leak.ts).
 * - `expectAccessible(page)`: axe-core finds no serious or critical violation in the plugin's
 *   content region.
 * - `setLanguage(page, lng)`: switches the host's language with its masthead switch (no reload).
 * - `waitForPluginIdle(page)`: waits until the content region shows no spinner or skeleton.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { englishRuns, type AllowEntry } from '../quality/english-leak';
import type { Lng } from './locales';

export type { AllowEntry, Lng };

/**
 * The plugin's area: the host's page content region, the plugin's nav entry, and PatternFly
 * portals (modals, popovers, menus) which render as children of <body> beside the host's #root.
 */
export const PLUGIN_AREA = [
  'main',
  '[data-test="nav-sandboxed-containers"]',
  'body > :not(#root):not(script):not(style):not(link)',
] as const;

/**
 * Inside the area but not checked: code (YAML in the CodeEditor, code blocks), text the page
 * marks as another language (`lang="en"` on an API message: WCAG 3.1.2, language of parts), and
 * what the host itself renders there (the Node page's title, its tabs other than the plugin's).
 */
export const NOT_CHECKED = [
  // Below <html>, which stays lang="en" in the console whatever the language.
  'body [lang]:not([lang|="ja"])',
  '[data-test="code-editor"]',
  'textarea',
  'pre',
  'code',
  'kbd',
  '[data-test="node-name"]',
  '[data-test="node-tabs"] [role="tab"][aria-selected="false"]',
] as const;

/** Attributes a user sees (tooltips, placeholders) or hears (screen readers). */
const USER_VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'] as const;

/** A string the user sees, and where (for the failure message). */
export type VisibleText = { text: string; where: string };

/**
 * Visible text of the plugin's area, one entry per block element (the text nodes of its inline
 * content joined), plus user-visible attributes and the document title.
 */
export const collectVisibleText = (page: Page): Promise<VisibleText[]> =>
  page.evaluate(
    ({ area, skip, attributes }) => {
      const skipSelector = skip.join(', ');
      const roots = area.flatMap((sel) => Array.from(document.querySelectorAll(sel)));
      const isChecked = (el: Element): boolean =>
        el.closest(skipSelector) === null &&
        el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      const whereIs = (el: Element): string => {
        const tagged = el.closest('[data-test]');
        const tag = el.tagName.toLowerCase();
        const testId = tagged?.getAttribute('data-test');
        return testId ? `[data-test="${testId}"] ${tag}` : tag;
      };
      // Text nodes grouped by their nearest block ancestor, so "<b>Not</b> eligible" reads whole.
      const blockOf = (el: Element): Element => {
        let current = el;
        while (current.parentElement) {
          const display = getComputedStyle(current).display;
          if (!display.startsWith('inline') && display !== 'contents') break;
          current = current.parentElement;
        }
        return current;
      };
      const blocks = new Map<Element, string[]>();
      const out: { text: string; where: string }[] = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = node.textContent?.trim() ?? '';
          if (!parent || !text || !isChecked(parent)) continue;
          const block = blockOf(parent);
          blocks.set(block, [...(blocks.get(block) ?? []), text]);
        }
        for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
          if (!isChecked(el)) continue;
          for (const attr of attributes) {
            const value = el.getAttribute(attr)?.trim();
            if (value) out.push({ text: value, where: `${whereIs(el)} @${attr}` });
          }
        }
      }
      for (const [block, texts] of blocks)
        out.push({ text: texts.join(' '), where: whereIs(block) });
      out.push({ text: document.title, where: 'document.title' });
      return out;
    },
    { area: [...PLUGIN_AREA], skip: [...NOT_CHECKED], attributes: [...USER_VISIBLE_ATTRIBUTES] },
  );

export type LeakOptions = {
  /** Extra tokens or patterns that may stay in English on this page (see GLOBAL_ALLOW). */
  allow?: AllowEntry[];
};

/**
 * Fails, listing each offending string and where it is, when the page (in Japanese) shows
 * untranslated English in the plugin's area.
 */
export const expectNoEnglishLeak = async (page: Page, options: LeakOptions = {}): Promise<void> => {
  // The console's <html> stays lang="en": the plugin marks its own content.
  await expect(
    page.locator('main [lang="ja"]').first(),
    'the plugin says it is Japanese',
  ).toBeAttached();
  const texts = await collectVisibleText(page);
  const leaks = texts.flatMap(({ text, where }) =>
    englishRuns(text, options.allow).map((run) => `"${run}" in ${where}: ${text}`),
  );
  expect([...new Set(leaks)], 'untranslated English in Japanese mode').toEqual([]);
};

/** A violation known and reported to its owner, skipped only for elements inside `within`. */
export type KnownViolation = { rule: string; within: string; why: string };

export type AccessibilityOptions = {
  /** Violations to skip (rule id + container selector, with the reason); KNOWN_VIOLATIONS. */
  known?: readonly KnownViolation[];
};

/**
 * PatternFly Tabs used as navigation without TabContent: the selected tab's aria-controls names
 * a panel id that does not exist.
 * - The host's Node tabs are the test console's, not the plugin's (the real console renders its
 *   own horizontal nav).
 */
export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
  { rule: 'aria-valid-attr-value', within: '[data-test="node-tabs"]', why: 'host Node tabs' },
  // The console's CodeEditor, not the plugin's: Monaco's PatternFly light theme colours some
  // YAML tokens below 4.5:1.
  { rule: 'color-contrast', within: '.monaco-editor', why: "the console's CodeEditor (Monaco)" },
];

const REPORTED_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the plugin's content region (and any open dialog, popover or menu) and fails
 * with rule id, impact, target and help of every serious or critical violation.
 */
export const expectAccessible = async (
  page: Page,
  options: AccessibilityOptions = {},
): Promise<void> => {
  let builder = new AxeBuilder({ page }).include('main');
  for (const portal of ['[role="dialog"]', '[role="tooltip"]', '[role="menu"]']) {
    if ((await page.locator(portal).count()) > 0) builder = builder.include(portal);
  }
  const results = await builder.analyze();
  const isKnown = async (rule: string, target: string): Promise<boolean> => {
    for (const known of options.known ?? KNOWN_VIOLATIONS) {
      if (known.rule !== rule) continue;
      const inside = await page
        .locator(target)
        .first()
        .evaluate((el, within) => el.closest(within) !== null, known.within);
      if (inside) return true;
    }
    return false;
  };
  const violations: string[] = [];
  for (const v of results.violations) {
    if (!REPORTED_IMPACTS.has(v.impact ?? '')) continue;
    for (const n of v.nodes) {
      const target = n.target.map(String).join(' ');
      if (await isKnown(v.id, target)) continue;
      violations.push(
        `${v.id} (${v.impact ?? ''}) at ${target}: ${v.help} [${n.failureSummary ?? ''}]`,
      );
    }
  }
  expect(violations, 'serious or critical accessibility violations').toEqual([]);
};

const LANGUAGE_NAMES: Record<Lng, string> = { en: 'English', ja: '日本語' };

/** Switches the language with the host's masthead switch; the page re-renders in place. */
export const setLanguage = async (page: Page, lng: Lng): Promise<void> => {
  await page
    .getByTestId('language-switch')
    .getByRole('button', { name: LANGUAGE_NAMES[lng], exact: true })
    .click();
  await expect(page.locator(`main [lang="${lng}"]`).first()).toBeAttached();
};

/**
 * Waits until the content region shows no spinner (an indeterminate progressbar: no
 * aria-valuenow, unlike a Progress bar), skeleton or busy element.
 */
export const waitForPluginIdle = async (page: Page): Promise<void> => {
  await expect(
    page
      .locator('main')
      .locator('[role="progressbar"]:not([aria-valuenow]), [aria-busy="true"], .pf-v6-c-skeleton'),
  ).toHaveCount(0);
};
