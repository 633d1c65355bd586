/**
 * Content Security Policy: the host sends a strict CSP (no 'unsafe-eval', no inline scripts) and
 * no page of the plugin triggers a `securitypolicyviolation` event.
 */
import { expect, test } from './fixtures';

test.use({ serverKey: 'faults-csp', scenario: 'installed' });

/** Each page and what it shows once its data has loaded. */
const PAGES: [string, string][] = [
  ['/sandboxed-containers/nodes', 'eligibility-table'],
  ['/sandboxed-containers/install', 'install-wizard'],
  ['/sandboxed-containers/kataconfig', 'kataconfig-details'],
  ['/sandboxed-containers/runtimeclasses', 'runtimeclass-row-kata'],
  ['/k8s/cluster/nodes/worker-0/sandboxed-containers', 'node-eligibility-tab'],
];

test('the host and the plugin assets carry the strict CSP', async ({ server }) => {
  for (const p of [
    '/',
    '/sandboxed-containers/nodes',
    '/api/plugins/sandboxed-containers-console-plugin/plugin-manifest.json',
  ]) {
    const res = await fetch(`${server.url}${p}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src'), p).toEqual(["'self'"]);
    expect(csp, p).not.toContain('unsafe-eval');
    expect(directives.get('default-src'), p).toEqual(["'self'"]);
  }
  const html = await (await fetch(`${server.url}/`)).text();
  // No inline script: every <script> has a src.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !/\bsrc=/.test(s))).toEqual([]);
});

test('no securitypolicyviolation on any page', async ({ page, open }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const [p, ready] of PAGES) {
    await open(p);
    // The page has rendered its data before the violations are read.
    await expect(page.getByTestId(ready), p).toBeVisible();
    await expect(page.getByTestId('page-crash')).toHaveCount(0);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations, p).toEqual([]);
  }
});
