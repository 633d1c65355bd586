/** Takes the documentation screenshots of screenshot-manifest.ts (1280x800, viewport only). */
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { settle } from './fixtures';
import type { Lng } from './locales';
import { DOC_SHOTS_DIR, shotFile, type ShotName } from './screenshot-manifest';
import { waitForPluginIdle } from './quality';

export const DOC_VIEWPORT = { width: 1280, height: 800 };

export const takeShot = async (page: Page, name: ShotName, lng: Lng): Promise<void> => {
  await waitForPluginIdle(page);
  await settle(page);
  // animations: 'disabled' ends CSS transitions (a button just enabled is still fading in).
  await page.screenshot({
    path: path.join(DOC_SHOTS_DIR, shotFile(name, lng)),
    type: 'png',
    animations: 'disabled',
  });
};
