/** The KataConfig details page as a user drives it: its tabs, its Actions menu, a save. */
import { expect, type Page } from '@playwright/test';
import { tr, type Lng } from './locales';

export const KATACONFIG_YAML = '/sandboxed-containers/kataconfig?tab=yaml';

/** Opens an item of the page's Actions menu (Edit KataConfig, Uninstall). */
export const pageAction = async (page: Page, item: string, lng: Lng = 'en'): Promise<void> => {
  await page.getByTestId('actions-menu').click();
  await page.getByRole('menuitem', { name: tr(lng, item) }).click();
};

/** Save, then confirm the dialog that names the nodes the change reboots. */
export const saveAndReboot = async (page: Page, lng: Lng = 'en'): Promise<void> => {
  await page.getByTestId('kataconfig-save').click();
  const dialog = page.getByTestId('save-reboot-confirm');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: tr(lng, 'Save and reboot') }).click();
};
