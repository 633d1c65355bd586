/** Which Chromium to launch: CHROMIUM_PATH, else the one inside @sparticuz/chromium. */
import type { LaunchOptions } from '@playwright/test';

const EXTRA_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Flags of @sparticuz/chromium meant for Lambda that conflict with Playwright's own. */
const isUnwanted = (arg: string) => arg.startsWith('--headless') || arg === '--single-process';

export const chromiumLaunchOptions = async (): Promise<LaunchOptions> => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, headless: true, args: EXTRA_ARGS };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return {
    executablePath: await sparticuz.executablePath(),
    headless: true,
    args: [...sparticuz.args.filter((a) => !isUnwanted(a)), ...EXTRA_ARGS],
  };
};
