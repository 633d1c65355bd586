/**
 * Shared Playwright fixtures: Chromium from chromium.ts, one server per spec file (its own
 * scenario, free port), simulator helpers, kubectl, and a guard that fails a test on any page
 * error or console.error unless the test allows it.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { test as base, expect, type Page } from '@playwright/test';
import type { FaultRule, RequestLogEntry, UserMode } from '../cluster';
import { findKubectl } from '../kubectl';
import { startServer, type RunningServer } from '../server/server';
import { chromiumLaunchOptions } from './chromium';

const run = promisify(execFile);
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

export type { FaultRule, RequestLogEntry, UserMode };

/** The simulator's admin API (/sim/*), over HTTP like a tester would use it. */
export type Sim = {
  call: (method: string, simPath: string, body?: unknown) => Promise<unknown>;
  setFaults: (faults: FaultRule[]) => Promise<unknown>;
  clearFaults: () => Promise<unknown>;
  setUser: (mode: UserMode) => Promise<unknown>;
  requests: () => Promise<RequestLogEntry[]>;
  clearRequests: () => Promise<unknown>;
};

type WorkerFixtures = {
  scenario: string;
  /** The simulator's time scale (1 = a node takes 3 s to install); smaller is faster. */
  timeScale: number | undefined;
  /**
   * Playwright reuses a worker (and so its server) for the next spec file with the same worker
   * options: a file that needs a fresh cluster sets its own key (e.g. its file name).
   */
  serverKey: string;
  server: RunningServer;
};

type TestFixtures = {
  sim: Sim;
  /** Runs kubectl (KUBECTL or PATH) against the server; skips nothing, throws how to get kubectl when absent. */
  kubectl: (args: string[]) => Promise<string>;
  /** Messages (substrings or patterns) of console errors / page errors a test expects. */
  allowedErrors: (string | RegExp)[];
  /** Saves test-results/screenshots/<name>.png. */
  saveScreenshot: (name: string) => Promise<void>;
  /** Goes to a host path and waits for the plugin to be loaded. */
  open: (hostPath: string) => Promise<void>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  scenario: ['mixed', { scope: 'worker', option: true }],
  timeScale: [undefined, { scope: 'worker', option: true }],
  serverKey: ['', { scope: 'worker', option: true }],
  launchOptions: [
    async ({}, use) => {
      await use(await chromiumLaunchOptions());
    },
    { scope: 'worker' },
  ],
  server: [
    async ({ scenario, timeScale }, use) => {
      const server = await startServer({ scenario, port: 0, timeScale });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  sim: async ({ server }, use) => {
    const call = async (method: string, simPath: string, body?: unknown) => {
      const res = await fetch(`${server.url}/sim/${simPath.replace(/^\//, '')}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`/sim/${simPath}: HTTP ${String(res.status)} ${text}`);
      return text ? (JSON.parse(text) as unknown) : undefined;
    };
    await use({
      call,
      setFaults: (faults) => call('POST', 'faults', faults),
      clearFaults: () => call('DELETE', 'faults'),
      setUser: (mode) => call('POST', 'user', { mode }),
      requests: async () => (await call('GET', 'requests')) as RequestLogEntry[],
      clearRequests: () => call('DELETE', 'requests'),
    });
  },
  kubectl: async ({ server }, use) => {
    await use(async (args) => {
      const { stdout } = await run(findKubectl(), [`--server=${server.url}`, ...args], {
        env: { ...process.env, KUBECONFIG: '/dev/null' },
      });
      return stdout;
    });
  },
  allowedErrors: [[], { option: true }],
  page: async ({ page, allowedErrors }, use) => {
    const errors: string[] = [];
    const allowed = (text: string) =>
      allowedErrors.some((a) => (typeof a === 'string' ? text.includes(a) : a.test(text)));
    page.on('pageerror', (err) => {
      if (!allowed(err.message)) errors.push(`pageerror: ${err.message}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !allowed(msg.text()))
        errors.push(`console.error: ${msg.text()}`);
    });
    await use(page);
    expect(errors, 'page errors and console errors').toEqual([]);
  },
  saveScreenshot: async ({ page }, use) => {
    await use(async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    });
  },
  open: async ({ page }, use) => {
    await use(async (hostPath) => {
      await page.goto(hostPath);
      await expect(page.getByRole('navigation', { name: /Administrator|管理者/ })).toBeVisible();
    });
  },
});

export { expect };

/** Waits until the web fonts (Red Hat, Noto Sans JP) are loaded, for stable screenshots. */
export const settle = async (page: Page): Promise<void> => {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};
