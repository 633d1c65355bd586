import { NodeFeatureDiscoveryModel } from '../models';
import type { K8sModel, K8sResourceCommon } from '../models';
import { httpError } from '../shared/test-errors';
import { DEFAULT_NFD_IMAGE, DEFAULT_NFD_NAME, NFD_NAMESPACE } from '../models/constants';
import { buildLegacyNfd } from '../nfd/forms';
import { runPlan } from './executor';
import type { K8sClient } from './executor';
import { buildInstallPlan, defaultAnswers } from './plan';
import type { InstallAnswers } from './plan';

/** The documented nfd.yaml (the legacy form of the NFD step). */
const LEGACY = { name: DEFAULT_NFD_NAME, namespace: NFD_NAMESPACE, image: DEFAULT_NFD_IMAGE };

type Method = 'get' | 'create' | 'patch';

/** An in-memory API server: objects by kind/namespace/name, dry run honoured, injectable faults. */
const fakeCluster = (initial: K8sResourceCommon[] = []) => {
  const store = new Map<string, K8sResourceCommon>();
  const key = (kind: string, name: string, ns?: string) => `${kind}/${ns ?? ''}/${name}`;
  for (const o of initial) {
    store.set(key(o.kind ?? 'Node', o.metadata?.name ?? '', o.metadata?.namespace), o);
  }
  const faults: { method: Method; error: Error; afterWrite?: boolean }[] = [];
  const calls: { method: Method; kind: string; name: string; dryRun: boolean }[] = [];
  const fault = (method: Method) => {
    const i = faults.findIndex((f) => f.method === method);
    return i >= 0 ? faults.splice(i, 1)[0] : undefined;
  };
  const client: K8sClient = {
    get: ({ model, name, ns }: { model: K8sModel; name: string; ns?: string }) => {
      calls.push({ method: 'get', kind: model.kind, name, dryRun: false });
      const f = fault('get');
      if (f) return Promise.reject(f.error);
      const o = store.get(key(model.kind, name, ns));
      return o
        ? Promise.resolve(o)
        : Promise.reject(httpError(404, 'NotFound', `${name} not found`));
    },
    create: ({ model, data, queryParams }) => {
      const name = data.metadata?.name ?? '';
      const dryRun = queryParams?.dryRun === 'All';
      calls.push({ method: 'create', kind: model.kind, name, dryRun });
      const f = fault('create');
      if (f && !f.afterWrite) return Promise.reject(f.error);
      const k = key(model.kind, name, data.metadata?.namespace);
      if (store.has(k)) {
        return Promise.reject(httpError(409, 'AlreadyExists', `${name} already exists`));
      }
      if (!dryRun) store.set(k, { ...data, metadata: { ...data.metadata, uid: k } });
      return f ? Promise.reject(f.error) : Promise.resolve(data);
    },
    patch: ({ model, resource, data, queryParams }) => {
      const name = resource.metadata?.name ?? '';
      const dryRun = queryParams?.dryRun === 'All';
      calls.push({ method: 'patch', kind: model.kind, name, dryRun });
      const f = fault('patch');
      if (f) return Promise.reject(f.error);
      const k = key(model.kind, name);
      const node = store.get(k);
      if (!node) return Promise.reject(httpError(404, 'NotFound', 'gone'));
      const labels = { ...(node.metadata?.labels ?? {}) };
      for (const p of data) {
        const label = p.path.replace('/metadata/labels/', '').replace('~1', '/');
        if (p.path !== '/metadata/labels') labels[label] = String(p.value);
      }
      const next = { ...node, metadata: { ...node.metadata, labels } };
      if (!dryRun) store.set(k, next);
      return Promise.resolve(next);
    },
  };
  return {
    client,
    store,
    calls,
    failNext: (method: Method, error: Error, afterWrite = false) =>
      faults.push({ method, error, afterWrite }),
    count: (kind: string) => [...store.keys()].filter((k) => k.startsWith(`${kind}/`)).length,
    creates: (kind: string) =>
      calls.filter((c) => c.method === 'create' && c.kind === kind && !c.dryRun).length,
  };
};

const node = (name: string, labels: Record<string, string> = {}): K8sResourceCommon => ({
  kind: 'Node',
  metadata: { name, labels },
});

const nodes = [node('w1', { a: 'b' }), node('w2', { a: 'b' })];
const nfdPlan = buildInstallPlan(
  defaultAnswers(),
  { nodes },
  { creates: [{ model: NodeFeatureDiscoveryModel, object: buildLegacyNfd(LEGACY) }] },
);
const manual: InstallAnswers = { ...defaultAnswers(), method: 'manual', manualNodes: ['w1', 'w2'] };
const manualPlan = buildInstallPlan(manual, { nodes }, { creates: [] });

describe('runPlan', () => {
  it('creates the NFD then the KataConfig', async () => {
    const c = fakeCluster(nodes);
    const run = await runPlan(nfdPlan.operations, c.client);
    expect(run).toEqual({
      results: [
        { status: 'succeeded', outcome: 'created' },
        { status: 'succeeded', outcome: 'created' },
      ],
      failedAt: undefined,
    });
    expect(c.calls.filter((x) => x.method === 'create').map((x) => x.kind)).toEqual([
      'NodeFeatureDiscovery',
      'KataConfig',
    ]);
  });

  it('failure then retry leaves exactly one NFD and one KataConfig', async () => {
    const c = fakeCluster(nodes);
    c.failNext('create', httpError(500, 'InternalError', 'etcd timeout'));
    c.failNext('create', httpError(500, 'InternalError', 'etcd timeout'));
    // The NFD create fails on the first run and again on the first retry.
    const first = await runPlan(nfdPlan.operations, c.client);
    expect(first.failedAt).toBe(0);
    expect(first.results[0]).toEqual({
      status: 'failed',
      failure: {
        kind: 'api',
        error: { code: 500, message: 'etcd timeout', reason: 'InternalError', causes: [] },
      },
    });
    expect(first.results[1]).toBeUndefined();
    expect(c.count('KataConfig')).toBe(0);

    const second = await runPlan(nfdPlan.operations, c.client, { from: 0 });
    expect(second.failedAt).toBe(0);

    const onResult = jest.fn();
    const third = await runPlan(nfdPlan.operations, c.client, { from: 0, onResult });
    expect(third.failedAt).toBeUndefined();
    expect(third.results).toEqual([
      { status: 'succeeded', outcome: 'created' },
      { status: 'succeeded', outcome: 'created' },
    ]);
    expect(onResult).toHaveBeenCalledTimes(2);
    expect(c.count('NodeFeatureDiscovery')).toBe(1);
    expect(c.count('KataConfig')).toBe(1);
  });

  it('a create whose answer was lost is adopted on retry, not created again', async () => {
    const c = fakeCluster(nodes);
    c.failNext('create', new Error('network down'), true);
    const first = await runPlan(nfdPlan.operations, c.client);
    expect(first.failedAt).toBe(0);
    expect(c.count('NodeFeatureDiscovery')).toBe(1);
    const retry = await runPlan(nfdPlan.operations, c.client, { from: first.failedAt });
    expect(retry.results).toEqual([
      { status: 'succeeded', outcome: 'adopted' },
      { status: 'succeeded', outcome: 'created' },
    ]);
    expect(c.creates('NodeFeatureDiscovery')).toBe(1);
    expect(c.count('NodeFeatureDiscovery')).toBe(1);
  });

  it('adopts on 409 AlreadyExists when the object matches (created between get and create)', async () => {
    const c = fakeCluster(nodes);
    const nfd = buildLegacyNfd(LEGACY);
    c.store.set('NodeFeatureDiscovery/openshift-nfd/nfd-kata', nfd);
    c.failNext('get', httpError(404, 'NotFound', 'not yet'));
    const run = await runPlan(nfdPlan.operations, c.client);
    expect(run.results[0]).toEqual({ status: 'succeeded', outcome: 'adopted' });
    expect(c.count('NodeFeatureDiscovery')).toBe(1);
  });

  it('stops with a conflict when an existing object differs, and never overwrites it', async () => {
    const existing = buildLegacyNfd({ ...LEGACY, image: 'mine:1' });
    const c = fakeCluster([...nodes, existing]);
    const run = await runPlan(nfdPlan.operations, c.client);
    expect(run).toEqual({
      results: [
        { status: 'failed', failure: { kind: 'conflict', fields: ['spec.operand.image'] } },
        undefined,
      ],
      failedAt: 0,
    });
    expect(c.store.get('NodeFeatureDiscovery/openshift-nfd/nfd-kata')).toBe(existing);
    expect(c.calls.filter((x) => x.method !== 'get')).toEqual([]);
  });

  it('labels chosen nodes, skips a node already labelled, then creates the KataConfig', async () => {
    const c = fakeCluster([
      node('w1', { a: 'b' }),
      node('w2', { 'feature.node.kubernetes.io/runtime.kata': 'true' }),
    ]);
    const run = await runPlan(manualPlan.operations, c.client);
    expect(run.results).toEqual([
      { status: 'succeeded', outcome: 'labelled' },
      { status: 'succeeded', outcome: 'skipped' },
      { status: 'succeeded', outcome: 'created' },
    ]);
    expect(c.store.get('Node//w1')?.metadata?.labels).toEqual({
      a: 'b',
      'feature.node.kubernetes.io/runtime.kata': 'true',
    });
    expect(c.count('NodeFeatureDiscovery')).toBe(0);
  });

  it('a permission error on get stops the run with the API message', async () => {
    const c = fakeCluster(nodes);
    c.failNext('get', httpError(403, 'Forbidden', 'nodes "w1" is forbidden'));
    const run = await runPlan(manualPlan.operations, c.client);
    expect(run.failedAt).toBe(0);
    expect(run.results[0]).toEqual({
      status: 'failed',
      failure: {
        kind: 'api',
        error: { code: 403, reason: 'Forbidden', message: 'nodes "w1" is forbidden', causes: [] },
      },
    });
    expect(c.calls.filter((x) => x.method === 'patch')).toEqual([]);
  });

  it('a deleted node is reported as missing', async () => {
    const c = fakeCluster([node('w2')]);
    const run = await runPlan(manualPlan.operations, c.client);
    expect(run.results[0]).toEqual({ status: 'failed', failure: { kind: 'missing' } });
  });

  it('dry run sends dryRun=All, writes nothing and reports every operation', async () => {
    const c = fakeCluster(nodes);
    c.failNext('create', httpError(422, 'Invalid', 'spec.logLevel: Unsupported value'));
    const run = await runPlan(manualPlan.operations, c.client, { dryRun: true });
    expect(run.failedAt).toBe(2);
    expect(run.results).toEqual([
      { status: 'succeeded', outcome: 'labelled' },
      { status: 'succeeded', outcome: 'labelled' },
      {
        status: 'failed',
        failure: {
          kind: 'api',
          error: {
            code: 422,
            reason: 'Invalid',
            message: 'spec.logLevel: Unsupported value',
            causes: [],
          },
        },
      },
    ]);
    expect(c.calls.filter((x) => x.method !== 'get').every((x) => x.dryRun)).toBe(true);
    expect(c.store.get('Node//w1')?.metadata?.labels).toEqual({ a: 'b' });
    expect(c.count('KataConfig')).toBe(0);
  });

  it('dry run goes on after a failure; a real run stops', async () => {
    const c = fakeCluster([node('w2')]);
    const dry = await runPlan(manualPlan.operations, c.client, { dryRun: true });
    expect(dry.results.map((r) => r?.status)).toEqual(['failed', 'succeeded', 'succeeded']);
    const real = await runPlan(manualPlan.operations, c.client);
    expect(real.results.map((r) => r?.status)).toEqual(['failed', undefined, undefined]);
  });

  it('uses watched data when it has it: no get for a known object', async () => {
    const c = fakeCluster(nodes);
    const nfd = buildLegacyNfd(LEGACY);
    const lookup = jest.fn(({ model }: { model: K8sModel }) =>
      model.kind === 'NodeFeatureDiscovery' ? { found: nfd } : { found: undefined },
    );
    const run = await runPlan(nfdPlan.operations, c.client, { lookup });
    expect(run.results).toEqual([
      { status: 'succeeded', outcome: 'adopted' },
      { status: 'succeeded', outcome: 'created' },
    ]);
    expect(c.calls.map((x) => `${x.method} ${x.kind}`)).toEqual(['create KataConfig']);
  });

  it('a stale watch (says absent, exists) ends in AlreadyExists, a get, and adoption', async () => {
    const nfd = buildLegacyNfd(LEGACY);
    const c = fakeCluster([...nodes, nfd]);
    const run = await runPlan(nfdPlan.operations, c.client, {
      lookup: () => ({ found: undefined }),
    });
    expect(run.results[0]).toEqual({ status: 'succeeded', outcome: 'adopted' });
    expect(c.count('NodeFeatureDiscovery')).toBe(1);
    expect(c.calls.map((x) => `${x.method} ${x.kind}`)).toEqual([
      'create NodeFeatureDiscovery',
      'get NodeFeatureDiscovery',
      'create KataConfig',
    ]);
  });
});
