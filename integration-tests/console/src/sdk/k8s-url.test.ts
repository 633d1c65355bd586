import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  listURL,
  resourceURL,
  selectorToString,
  watchKey,
  watchURL,
  type WatchQuery,
} from './k8s-url';
import { resolveWatch } from './watch-query';

const NodeModel: K8sModel = {
  kind: 'Node',
  abbr: 'N',
  label: 'Node',
  labelPlural: 'Nodes',
  plural: 'nodes',
  apiVersion: 'v1',
  namespaced: false,
};
const KataConfigModel: K8sModel = {
  kind: 'KataConfig',
  abbr: 'KC',
  label: 'KataConfig',
  labelPlural: 'KataConfigs',
  plural: 'kataconfigs',
  apiVersion: 'v1',
  apiGroup: 'kataconfiguration.openshift.io',
  namespaced: false,
};
const PodModel: K8sModel = { ...NodeModel, kind: 'Pod', plural: 'pods', namespaced: true };

const q = (over: Partial<WatchQuery>): WatchQuery => ({
  model: NodeModel,
  labelSelector: '',
  fieldSelector: '',
  ...over,
});

describe('selectorToString', () => {
  it.each([
    [undefined, ''],
    [
      { matchLabels: { a: 'b', 'node-role.kubernetes.io/worker': '' } },
      'a=b,node-role.kubernetes.io/worker=',
    ],
    [
      { matchExpressions: [{ key: 'k', operator: 'In' as const, values: ['x', 'y'] }] },
      'k in (x,y)',
    ],
    [
      { matchExpressions: [{ key: 'k', operator: 'NotIn' as const, values: ['x'] }] },
      'k notin (x)',
    ],
    [{ matchExpressions: [{ key: 'k', operator: 'Exists' as const }] }, 'k'],
    [{ matchExpressions: [{ key: 'k', operator: 'DoesNotExist' as const }] }, '!k'],
    [
      {
        matchLabels: { a: 'b' },
        matchExpressions: [{ key: 'c', operator: 'NotEquals' as const, values: ['d'] }],
      },
      'a=b,c!=d',
    ],
  ])('%j -> %s', (selector, expected) => {
    expect(selectorToString(selector)).toBe(expected);
  });
});

describe('resourceURL', () => {
  it.each([
    [NodeModel, {}, '/api/kubernetes/api/v1/nodes'],
    [NodeModel, { name: 'w-1' }, '/api/kubernetes/api/v1/nodes/w-1'],
    [NodeModel, { ns: 'ignored', name: 'w-1' }, '/api/kubernetes/api/v1/nodes/w-1'],
    [PodModel, { ns: 'demo', name: 'p' }, '/api/kubernetes/api/v1/namespaces/demo/pods/p'],
    [
      KataConfigModel,
      { name: 'kc', queryParams: { dryRun: 'All' } },
      '/api/kubernetes/apis/kataconfiguration.openshift.io/v1/kataconfigs/kc?dryRun=All',
    ],
    [NodeModel, { name: 'w', path: 'status' }, '/api/kubernetes/api/v1/nodes/w/status'],
  ])('%s %j', (model, opts, expected) => {
    expect(resourceURL(model, opts)).toBe(expected);
  });
});

describe('list and watch URLs', () => {
  it('lists a collection in pages with selectors and watches from the list resourceVersion', () => {
    const query = q({ labelSelector: 'a=b', fieldSelector: 'spec.unschedulable=false' });
    expect(listURL(query, 250)).toBe(
      '/api/kubernetes/api/v1/nodes?labelSelector=a%3Db&fieldSelector=spec.unschedulable%3Dfalse&limit=250',
    );
    expect(listURL(query, 250, 'tok')).toBe(
      '/api/kubernetes/api/v1/nodes?labelSelector=a%3Db&fieldSelector=spec.unschedulable%3Dfalse&limit=250&continue=tok',
    );
    expect(watchURL(query, '42')).toBe(
      '/api/kubernetes/api/v1/nodes?watch=true&resourceVersion=42&labelSelector=a%3Db&fieldSelector=spec.unschedulable%3Dfalse',
    );
  });

  it("uses the resource's own limit as the page size, as the console does", () => {
    expect(listURL(q({ limit: 10 }), 250)).toBe('/api/kubernetes/api/v1/nodes?limit=10');
  });

  it('watches a named object by metadata.name, without a resourceVersion when none is given', () => {
    const query = q({ model: KataConfigModel, name: 'example' });
    expect(watchURL(query, '')).toBe(
      '/api/kubernetes/apis/kataconfiguration.openshift.io/v1/kataconfigs?watch=true&fieldSelector=metadata.name%3Dexample',
    );
  });

  it('gives equal queries the same key and different ones different keys', () => {
    expect(watchKey(q({}))).toBe(watchKey(q({})));
    expect(watchKey(q({ labelSelector: 'a=b' }))).not.toBe(watchKey(q({})));
    expect(watchKey(q({ name: 'x' }))).not.toBe(watchKey(q({})));
  });
});

describe('resolveWatch', () => {
  const lookup = (r: { groupVersionKind?: { kind: string }; kind?: string }) =>
    [NodeModel, KataConfigModel, PodModel].find(
      (m) => m.kind === (r.groupVersionKind?.kind ?? r.kind),
    );

  it('is none for a null resource', () => {
    expect(resolveWatch(null, lookup)).toEqual({ kind: 'none' });
  });

  it('waits for discovery before deciding anything', () => {
    const gvk = { group: 'x.io', version: 'v1', kind: 'Missing' };
    expect(resolveWatch({ groupVersionKind: gvk }, lookup, false)).toEqual({
      kind: 'pending',
      isList: false,
    });
  });

  it('reports a missing model whether optional or not (the console ignores optional)', () => {
    const gvk = { group: 'x.io', version: 'v1', kind: 'Missing' };
    expect(resolveWatch({ groupVersionKind: gvk, optional: true }, lookup)).toEqual({
      kind: 'noModel',
      isList: false,
    });
    expect(resolveWatch({ groupVersionKind: gvk, isList: true }, lookup)).toEqual({
      kind: 'noModel',
      isList: true,
    });
  });

  it('drops the name of a list and the namespace of a cluster-scoped kind', () => {
    const r = resolveWatch(
      {
        groupVersionKind: { version: 'v1', kind: 'Node' },
        isList: true,
        name: 'n',
        namespace: 'x',
      },
      lookup,
    );
    expect(r).toMatchObject({
      kind: 'query',
      isList: true,
      query: { name: undefined, namespace: undefined },
    });
  });

  it('builds the label selector of the resource', () => {
    const r = resolveWatch(
      {
        groupVersionKind: { version: 'v1', kind: 'Pod' },
        namespace: 'demo',
        isList: true,
        selector: { matchLabels: { app: 'x' } },
      },
      lookup,
    );
    expect(r).toMatchObject({ query: { namespace: 'demo', labelSelector: 'app=x' } });
  });
});
