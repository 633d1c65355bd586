/** Takes the documentation screenshots of screenshot-manifest.ts (viewport only). */
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { settle } from './fixtures';
import type { Lng } from './locales';
import { DOC_SHOTS_DIR, shotFile, type ShotName, type ShotSize } from './screenshot-manifest';
import { waitForPluginIdle } from './quality';

/** The size of the page's current viewport, as the manifest names it. */
const sizeOf = (page: Page): ShotSize => (page.viewportSize()?.width === 1920 ? 1920 : 1280);

export const takeShot = async (page: Page, name: ShotName, lng: Lng): Promise<void> => {
  await waitForPluginIdle(page);
  await settle(page);
  await page.screenshot({
    path: path.join(DOC_SHOTS_DIR, shotFile(name, lng, sizeOf(page))),
    type: 'png',
  });
};
