import { defineConfig } from '@playwright/test';

/**
 * Chromium comes from CHROMIUM_PATH or @sparticuz/chromium (see integration-tests/specs/fixtures.ts,
 * which also starts one server per spec file with its own scenario).
 */
export default defineConfig({
  testDir: 'integration-tests/specs',
  testMatch: '**/*.spec.ts',
  globalSetup: './integration-tests/specs/global-setup.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'en-US',
    timezoneId: 'UTC',
    // The plugin and the console use data-test attributes.
    testIdAttribute: 'data-test',
  },
});
