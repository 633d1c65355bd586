/** Discovery: /version, /api, /apis, group and group-version documents, OpenAPI, health. */
import type { ServerResponse } from 'node:http';
import { openApiV2Doc, openApiV3Doc, openApiV3Index } from '../openapi';
import type { Registry } from '../resources';
import { pathNotFound, send } from './http';

const VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.6',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-20T00:00:00Z',
  goVersion: 'go1.22.9',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** Answers a discovery GET; returns false when `p` is not a discovery path. */
export const serveDiscovery = (reg: Registry, p: string, res: ServerResponse): boolean => {
  let body: object | undefined;
  if (p === '/version') body = VERSION;
  else if (p === '/api') body = reg.apiVersions();
  else if (p === '/apis') body = reg.apiGroupList();
  else if (p === '/healthz' || p === '/readyz' || p === '/livez') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return true;
  } else if (p === '/openapi/v2') body = openApiV2Doc(reg);
  else if (p === '/openapi/v3') body = openApiV3Index(reg);
  else if (p.startsWith('/openapi/v3/')) {
    body = openApiV3Doc(reg, p.slice('/openapi/v3/'.length));
    if (!body) throw pathNotFound();
  } else {
    const core = /^\/api\/([^/]+)$/.exec(p);
    const grp = /^\/apis\/([^/]+)$/.exec(p);
    const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(p);
    if (core) body = reg.resourceList('', core[1]);
    else if (grp) body = reg.apiGroup(grp[1]);
    else if (gv) body = reg.resourceList(gv[1], gv[2]);
    else return false;
    if (!body) throw pathNotFound();
  }
  send(res, 200, body);
  return true;
};
