/** Pure request routing of the one-port server. */

export const PLUGIN_NAME = 'sandboxed-containers-console-plugin';
export const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;
export const K8S_PREFIX = '/api/kubernetes';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
].join('; ');

export type Route =
  | { kind: 'cluster'; url: string }
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

/** Where a request goes. `url` is the path + query as the cluster must see it. */
export const routeRequest = (method: string, url: string): Route => {
  const pathname = url.split('?')[0] ?? '/';
  if (pathname === K8S_PREFIX || pathname.startsWith(`${K8S_PREFIX}/`)) {
    const rest = url.slice(K8S_PREFIX.length);
    return { kind: 'cluster', url: rest.startsWith('/') ? rest : `/${rest}` };
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
