/**
 * The console's CodeEditor is Monaco: its text is not a form value. Specs read and write it
 * through `window.monaco`, which the console sets for its own e2e tests (BasicCodeEditor.tsx).
 */
import { expect, type Page } from '@playwright/test';

type MonacoWindow = {
  monaco?: {
    editor: { getModels: () => { getValue: () => string; setValue: (v: string) => void }[] };
  };
};

/** The mounted editor (the wrapper says "code-editor" once Monaco has mounted). */
export const codeEditor = (page: Page) => page.getByTestId('code-editor');

export const editorValue = (page: Page): Promise<string> =>
  page.evaluate(
    () => (window as unknown as MonacoWindow).monaco?.editor.getModels()[0]?.getValue() ?? '',
  );

/** Waits for the editor, then polls its text against `re`. */
export const expectEditorValue = async (page: Page, re: RegExp): Promise<void> => {
  await expect(codeEditor(page)).toBeVisible();
  await expect.poll(() => editorValue(page)).toMatch(re);
};

/** Replaces the text as typing would (Monaco fires onChange). */
export const setEditorValue = async (page: Page, text: string): Promise<void> => {
  await expect(codeEditor(page)).toBeVisible();
  await page.evaluate((v) => {
    (window as unknown as MonacoWindow).monaco?.editor.getModels()[0]?.setValue(v);
  }, text);
};

/** Holds Monaco's lazy chunk back `ms`, so the suspended state before it can be seen. */
export const delayEditorChunk = async (page: Page, ms: number): Promise<void> => {
  await page.route(/\/static\/chunks\/code-editor-.*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
};
