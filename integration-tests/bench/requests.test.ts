import type { RequestLogEntry } from '../cluster';
import { requestsByKind, targetOf, withoutPages } from './requests';

describe('targetOf', () => {
  it.each([
    ['/api/v1/nodes', { resource: 'nodes' }],
    ['/api/v1/nodes/worker-0', { resource: 'nodes', name: 'worker-0' }],
    ['/api/v1/nodes/worker-0/status', { resource: 'nodes', name: 'worker-0' }],
    ['/api/v1/namespaces', { resource: 'namespaces' }],
    ['/api/v1/namespaces/default', { resource: 'namespaces', name: 'default' }],
    ['/api/v1/namespaces/default/pods', { resource: 'pods' }],
    ['/api/v1/namespaces/default/pods/p', { resource: 'pods', name: 'p' }],
    ['/apis/kataconfiguration.openshift.io/v1/kataconfigs', { resource: 'kataconfigs' }],
    ['/api/v1', undefined],
    ['/apis/node.k8s.io/v1', undefined],
    ['/apis', undefined],
    ['/version', undefined],
  ])('%s', (apiPath, expected) => {
    expect(targetOf(apiPath)).toEqual(expected);
  });
});

const entry = (path: string, query = '', watch = false, method = 'GET'): RequestLogEntry => ({
  method,
  path,
  query,
  watch,
  status: 200,
  time: 0,
});

describe('requestsByKind', () => {
  it('counts lists, watches, gets and name-selected requests per resource', () => {
    expect(
      requestsByKind([
        entry('/api'),
        entry('/api/v1'),
        entry('/api/v1/nodes', 'limit=500'),
        entry('/api/v1/nodes', 'watch=true&resourceVersion=12', true),
        entry('/api/v1/nodes/worker-0'),
        entry('/api/v1/nodes/worker-0', '', false, 'PATCH'),
        entry('/apis/config.openshift.io/v1/infrastructures', 'fieldSelector=metadata.name%3Dc'),
        entry(
          '/apis/config.openshift.io/v1/infrastructures',
          'watch=true&fieldSelector=metadata.name%3Dc',
          true,
        ),
        entry('/apis/kataconfiguration.openshift.io/v1/kataconfigs'),
        entry('/apis/kataconfiguration.openshift.io/v1/kataconfigs'),
      ]),
    ).toEqual({
      infrastructures: 'list (named) 1, watch (named) 1',
      kataconfigs: 'list 2',
      nodes: 'get 1, list 1, watch 1',
    });
  });

  it('counts the further pages of a list apart from the list', () => {
    const byKind = requestsByKind([
      entry('/api/v1/nodes', 'limit=250'),
      entry('/api/v1/nodes', 'limit=250&continue=abc'),
      entry('/api/v1/nodes', 'continue=def&limit=250'),
      entry('/api/v1/nodes', 'watch=true&resourceVersion=12', true),
    ]);
    expect(byKind).toEqual({ nodes: 'list 1, next page 2, watch 1' });
    expect(withoutPages(byKind)).toEqual({ nodes: 'list 1, watch 1' });
  });
});
