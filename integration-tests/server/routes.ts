/** Pure request routing of the one-port server. */

export const PLUGIN_NAME = 'sandboxed-containers-console-plugin';
export const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;
export const K8S_PREFIX = '/api/kubernetes';

/**
 * The console's Content-Security-Policy (openshift/console pkg/utils/utils.go
 * `BuildCSPDirectives`, on-cluster, no plugin additions), ENFORCED here where console 4.22 sends
 * it as Content-Security-Policy-Report-Only (pkg/server/server.go `indexHandler`) and reports
 * violations (console-app/src/hooks/useCSPViolationDetector.tsx): what the console would report,
 * the host refuses, so a spec sees it. Differences, all stricter: no `console.redhat.com`
 * (unreachable here), no `'unsafe-eval'` (the project allows no eval), no nonce (the host has no
 * inline script). There is no worker-src, so workers fall back to script-src 'self' (Monaco's
 * workers are files of the host, never blob: URLs). 'self' covers same-origin ws: in CSP 3.
 */
export const CSP = [
  "base-uri 'self'",
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The console's i18n endpoint (pkg/server/server.go `localesEndpoint`). */
export const LOCALES_PATH = '/locales/resource.json';

export type Route =
  | { kind: 'cluster'; url: string }
  | { kind: 'locales'; lng: string; ns: string }
  | { kind: 'badRequest'; message: string }
  | { kind: 'plugin'; file: string }
  | { kind: 'static'; file: string }
  | { kind: 'app' }
  | { kind: 'notFound' };

const RAW_API = [
  /^\/api(\/|$|\?)/,
  /^\/apis(\/|$|\?)/,
  /^\/version(\/|$|\?)/,
  /^\/openapi\//,
  /^\/sim(\/|$|\?)/,
];

/**
 * pkg/plugins/handlers.go `HandleI18nResources`: 400 without `lng` or `ns`; a `plugin__<name>`
 * namespace is the plugin's `locales/<lng>/<ns>.json`; an unknown plugin is a 404. (The console's
 * own namespaces come from its public dir; the host bundles its strings, so they are 404 here.)
 */
const localesRoute = (q: URLSearchParams, url: string): Route => {
  const lng = q.get('lng') ?? '';
  const ns = q.get('ns') ?? '';
  if (!lng || !ns) {
    return {
      kind: 'badRequest',
      message: `GET request "${url}" is missing 'lng' or 'ns' query parameter`,
    };
  }
  if (ns !== `plugin__${PLUGIN_NAME}` || !/^[A-Za-z-]+$/.test(lng)) return { kind: 'notFound' };
  return { kind: 'locales', lng, ns };
};

/** Where a request goes. `url` is the path + query as the cluster must see it. */
export const routeRequest = (method: string, url: string): Route => {
  const pathname = url.split('?')[0] ?? '/';
  if (pathname === K8S_PREFIX || pathname.startsWith(`${K8S_PREFIX}/`)) {
    const rest = url.slice(K8S_PREFIX.length);
    return { kind: 'cluster', url: rest.startsWith('/') ? rest : `/${rest}` };
  }
  if (pathname === LOCALES_PATH && (method === 'GET' || method === 'HEAD')) {
    return localesRoute(new URLSearchParams(url.split('?')[1] ?? ''), url);
  }
  if (pathname.startsWith(PLUGIN_PREFIX)) {
    return { kind: 'plugin', file: pathname.slice(PLUGIN_PREFIX.length) };
  }
  if (pathname.startsWith('/api/plugins/')) return { kind: 'notFound' };
  if (pathname.startsWith('/static/'))
    return { kind: 'static', file: pathname.slice('/static/'.length) };
  if (RAW_API.some((re) => re.test(pathname))) return { kind: 'cluster', url };
  if (method === 'GET' || method === 'HEAD') return { kind: 'app' };
  return { kind: 'notFound' };
};
