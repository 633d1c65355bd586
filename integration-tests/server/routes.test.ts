import { routeRequest } from './routes';

describe('routeRequest', () => {
  it.each([
    [
      'GET',
      '/api/kubernetes/api/v1/nodes?watch=true',
      { kind: 'cluster', url: '/api/v1/nodes?watch=true' },
    ],
    [
      'POST',
      '/api/kubernetes/apis/x.io/v1/things',
      { kind: 'cluster', url: '/apis/x.io/v1/things' },
    ],
    ['GET', '/api/v1/nodes', { kind: 'cluster', url: '/api/v1/nodes' }],
    ['GET', '/api', { kind: 'cluster', url: '/api' }],
    ['GET', '/apis?timeout=32s', { kind: 'cluster', url: '/apis?timeout=32s' }],
    ['GET', '/version', { kind: 'cluster', url: '/version' }],
    ['GET', '/openapi/v2', { kind: 'cluster', url: '/openapi/v2' }],
    ['POST', '/sim/faults', { kind: 'cluster', url: '/sim/faults' }],
    [
      'GET',
      '/api/plugins/sandboxed-containers-console-plugin/plugin-manifest.json',
      { kind: 'plugin', file: 'plugin-manifest.json' },
    ],
    ['GET', '/api/plugins/other-plugin/plugin-manifest.json', { kind: 'notFound' }],
    ['GET', '/static/host.js', { kind: 'static', file: 'host.js' }],
    ['GET', '/sandboxed-containers/nodes', { kind: 'app' }],
    ['GET', '/k8s/cluster/nodes/w-1/sandboxed-containers', { kind: 'app' }],
    ['GET', '/apiary', { kind: 'app' }],
    ['POST', '/sandboxed-containers/nodes', { kind: 'notFound' }],
    [
      'GET',
      '/locales/resource.json?lng=ja&ns=plugin__sandboxed-containers-console-plugin',
      { kind: 'locales', lng: 'ja', ns: 'plugin__sandboxed-containers-console-plugin' },
    ],
    ['GET', '/locales/resource.json?lng=ja&ns=plugin__other', { kind: 'notFound' }],
    ['GET', '/locales/resource.json?lng=ja&ns=public', { kind: 'notFound' }],
    [
      'GET',
      '/locales/resource.json?lng=../../x&ns=plugin__sandboxed-containers-console-plugin',
      { kind: 'notFound' },
    ],
    [
      'GET',
      '/locales/resource.json?ns=plugin__sandboxed-containers-console-plugin',
      {
        kind: 'badRequest',
        message:
          "GET request \"/locales/resource.json?ns=plugin__sandboxed-containers-console-plugin\" is missing 'lng' or 'ns' query parameter",
      },
    ],
  ])('%s %s', (method, url, expected) => {
    expect(routeRequest(method, url)).toEqual(expected);
  });
});
