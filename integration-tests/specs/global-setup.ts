import { chromiumLaunchOptions } from './chromium';

/**
 * Runs once before the workers start. @sparticuz/chromium unpacks its browser into /tmp on first
 * use; two workers doing that at once made one of them spawn a half-written binary
 * (`spawn ETXTBSY`). Unpacking it here, once, leaves the workers a finished file.
 */
export default async function globalSetup(): Promise<void> {
  await chromiumLaunchOptions();
}
