import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { DEFAULT_CRD_DIR } from './cluster';
import type { Running } from './testing';
import { names, readWatch, startCluster, waitFor } from './testing';

const KC = '/apis/kataconfiguration.openshift.io/v1/kataconfigs';
const NFD = '/apis/nfd.openshift.io/v1/namespaces/openshift-nfd/nodefeaturediscoveries';
// No controller writes NodeFeatureRules, so their resourceVersion only changes through the test.
const NFR = '/apis/nfd.k8s-sigs.io/v1alpha1/namespaces/openshift-nfd/nodefeaturerules';

let sim: Running;

beforeEach(async () => {
  sim = await startCluster({ scenario: 'mixed', timeScale: 0.01 });
});

afterEach(async () => {
  await sim.close();
});

describe('discovery', () => {
  it('serves /api, /apis with CRD groups, group versions and /version', async () => {
    expect((await sim.call('GET', '/api')).body).toMatchObject({
      kind: 'APIVersions',
      versions: ['v1'],
    });
    const core = await sim.call('GET', '/api/v1');
    const coreNames = (core.body.resources as { name: string }[]).map((r) => r.name);
    expect(coreNames).toEqual(
      expect.arrayContaining(['nodes', 'nodes/status', 'namespaces', 'pods']),
    );
    const groups = (await sim.call('GET', '/apis')).body.groups as {
      name: string;
    }[];
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'kataconfiguration.openshift.io',
        'nfd.openshift.io',
        'nfd.k8s-sigs.io',
        'node.k8s.io',
        'config.openshift.io',
        'authorization.k8s.io',
        'apiextensions.k8s.io',
      ]),
    );
    const kc = await sim.call('GET', '/apis/kataconfiguration.openshift.io/v1');
    expect(kc.body.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'kataconfigs',
          kind: 'KataConfig',
          namespaced: false,
        }),
        expect.objectContaining({ name: 'kataconfigs/status' }),
      ]),
    );
    expect((await sim.call('GET', '/version')).body).toMatchObject({
      major: '1',
    });
    const crds = await sim.call('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions');
    expect(names(crds.body.items)).toEqual([
      'kataconfigs.kataconfiguration.openshift.io',
      'machineconfigpools.machineconfiguration.openshift.io',
      'machineconfigs.machineconfiguration.openshift.io',
      'nodefeaturediscoveries.nfd.openshift.io',
      'nodefeaturerules.nfd.k8s-sigs.io',
    ]);
    const infra = await sim.call('GET', '/apis/config.openshift.io/v1/infrastructures/cluster');
    expect(infra.body).toMatchObject({ status: { platform: 'BareMetal' } });
  });

  it('hides absent operators', async () => {
    const other = await startCluster({ scenario: 'no-operators' });
    try {
      const groups = (await other.call('GET', '/apis')).body.groups as {
        name: string;
      }[];
      expect(groups.map((g) => g.name)).not.toContain('kataconfiguration.openshift.io');
      expect((await other.call('GET', KC)).status).toBe(404);
      expect((await other.call('GET', '/apis/nfd.openshift.io/v1')).status).toBe(404);
      // Installing the operator at run time: its CRD brings the kind into discovery.
      const crd = load(
        fs.readFileSync(
          path.join(DEFAULT_CRD_DIR, 'kataconfigs.kataconfiguration.openshift.io.yaml'),
          'utf8',
        ),
      ) as object;
      expect((await other.call('POST', '/sim/apply', crd)).status).toBe(200);
      const after = (await other.call('GET', '/apis')).body.groups as { name: string }[];
      expect(after.map((g) => g.name)).toContain('kataconfiguration.openshift.io');
      expect((await other.call('GET', KC)).status).toBe(200);
      await other.call(
        'DELETE',
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/kataconfigs.kataconfiguration.openshift.io',
      );
      expect((await other.call('GET', KC)).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('kubectl support', () => {
  it('serves an OpenAPI v3 index and group documents that declare fieldValidation on PATCH', async () => {
    const index = await sim.call('GET', '/openapi/v3');
    const paths = index.body.paths as Record<string, { serverRelativeURL: string }>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['api/v1', 'apis/kataconfiguration.openshift.io/v1']),
    );
    const doc = await sim.call(
      'GET',
      paths['apis/kataconfiguration.openshift.io/v1'].serverRelativeURL,
    );
    const item = (doc.body.paths as Record<string, { patch: { parameters: { name: string }[] } }>)[
      '/apis/kataconfiguration.openshift.io/v1/kataconfigs/{name}'
    ];
    expect(item.patch.parameters.map((p) => p.name)).toContain('fieldValidation');
  });

  it('answers Accept: as=Table with server-side columns, for lists and watch events', async () => {
    const r = await fetch(
      `${sim.url}/api/v1/nodes?labelSelector=kubernetes.io/hostname%3Dworker-notready-0`,
      {
        headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
      },
    );
    const table = (await r.json()) as {
      kind: string;
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[] }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual([
      'Name',
      'Status',
      'Roles',
      'Age',
      'Version',
    ]);
    expect(table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2]])).toEqual([
      ['worker-notready-0', 'NotReady', 'worker'],
    ]);
    const kc = await fetch(`${sim.url}/apis/kataconfiguration.openshift.io/v1/kataconfigs`, {
      headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
    });
    const kcTable = (await kc.json()) as { columnDefinitions: { name: string }[] };
    expect(kcTable.columnDefinitions.map((c) => c.name)).toEqual([
      'Name',
      'InProgress',
      'Completed',
      'Total',
      'Age',
    ]);
    const events = await readWatch(
      `${sim.url}/api/v1/nodes?watch=true&fieldSelector=metadata.name%3Dmaster-0`,
      1,
      3000,
      { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
    );
    expect(events[0]).toMatchObject({
      type: 'ADDED',
      object: {
        kind: 'Table',
        rows: [
          { cells: ['master-0', 'Ready', 'control-plane,master', expect.any(String), 'v1.31.6'] },
        ],
      },
    });
  });
});

describe('list with selectors', () => {
  const list = async (q: string): Promise<string[]> =>
    names((await sim.call('GET', `/api/v1/nodes?${q}`)).body.items);

  it.each([
    ['labelSelector=node-role.kubernetes.io/master', ['master-0', 'master-1', 'master-2']],
    ['labelSelector=node.openshift.io/os_id%3Drhel', ['worker-rhel-0']],
    ['labelSelector=node.openshift.io/os_id%3D%3Drhel', ['worker-rhel-0']],
    [
      'labelSelector=node-role.kubernetes.io/worker,node.openshift.io/os_id!%3Drhcos',
      ['worker-rhel-0'],
    ],
    [
      'labelSelector=kubernetes.io/hostname%20in%20(master-0,worker-amd-1)',
      ['master-0', 'worker-amd-1'],
    ],
    ['labelSelector=!node-role.kubernetes.io/worker', ['master-0', 'master-1', 'master-2']],
    [
      'labelSelector=node-role.kubernetes.io/master,kubernetes.io/hostname%20notin%20(master-0)',
      ['master-1', 'master-2'],
    ],
    ['fieldSelector=metadata.name%3Dworker-amd-0', ['worker-amd-0']],
  ])('%s', async (q, expected) => {
    expect(await list(q)).toEqual(expected);
  });

  it('rejects a bad selector and a field the kind does not support', async () => {
    expect((await sim.call('GET', '/api/v1/nodes?labelSelector=a%20in%20b')).status).toBe(400);
    const r = await sim.call('GET', '/api/v1/nodes?fieldSelector=spec.nodeName%3Dx');
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('field label not supported: spec.nodeName');
  });

  it('selects nodes by spec.unschedulable and pods by spec.nodeName (kubectl drain)', async () => {
    expect(await list('fieldSelector=spec.unschedulable%3Dtrue')).toEqual(['worker-cordoned-0']);
    for (const [name, node] of [
      ['p1', 'worker-amd-0'],
      ['p2', 'worker-amd-1'],
    ]) {
      await sim.call('POST', '/api/v1/namespaces/default/pods', {
        metadata: { name },
        spec: { nodeName: node, containers: [{ name: 'c', image: 'registry.example/app:1' }] },
      });
    }
    const pods = await sim.call(
      'GET',
      '/api/v1/pods?fieldSelector=spec.nodeName%3Dworker-amd-0,status.phase!%3DSucceeded',
    );
    expect(names(pods.body.items)).toEqual(['p1']);
  });

  it('paginates with limit and continue', async () => {
    const first = await sim.call('GET', '/api/v1/nodes?limit=4');
    const meta = first.body.metadata as {
      continue: string;
      remainingItemCount: number;
    };
    expect((first.body.items as unknown[]).length).toBe(4);
    expect(meta.remainingItemCount).toBe(7);
    const rest = await sim.call(
      'GET',
      `/api/v1/nodes?limit=100&continue=${encodeURIComponent(meta.continue)}`,
    );
    expect([...names(first.body.items), ...names(rest.body.items)]).toHaveLength(11);
  });
});

describe('create, update, patch, delete', () => {
  const kc = (
    name: string,
    spec: Record<string, unknown> = { checkNodeEligibility: false },
  ): object => ({
    apiVersion: 'kataconfiguration.openshift.io/v1',
    kind: 'KataConfig',
    metadata: { name },
    spec,
  });

  it('creates with metadata managed like the API server and refuses a duplicate name', async () => {
    const ns = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'demo' },
    };
    const created = await sim.call('POST', '/api/v1/namespaces', ns);
    expect(created.status).toBe(201);
    const meta = created.body.metadata as Record<string, unknown>;
    expect(meta.uid).toEqual(expect.any(String));
    expect(meta.creationTimestamp).toEqual(expect.any(String));
    expect(Number(meta.resourceVersion)).toBeGreaterThan(0);
    const again = await sim.call('POST', '/api/v1/namespaces', ns);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      reason: 'AlreadyExists',
      message: 'namespaces "demo" already exists',
    });
  });

  it('supports generateName and dryRun=All (validated, not stored)', async () => {
    const dry = await sim.call('POST', `${KC}?dryRun=All`, kc('dry'));
    expect(dry.status).toBe(201);
    expect(dry.body).toMatchObject({
      spec: {
        checkNodeEligibility: false,
        logLevel: 'info',
        enablePeerPods: false,
      },
    });
    expect(sim.cluster.list('kataconfiguration.openshift.io/v1', 'KataConfig')).toHaveLength(0);
    const badDry = await sim.call(
      'POST',
      `${KC}?dryRun=All`,
      kc('dry', { checkNodeEligibility: 'yes' }),
    );
    expect(badDry.status).toBe(422);
    const gen = await sim.call('POST', '/api/v1/namespaces', {
      metadata: { generateName: 'tmp-' },
    });
    expect((gen.body.metadata as { name: string }).name).toMatch(/^tmp-[a-z0-9]{5}$/);
  });

  it('answers 404 for an unknown namespace and an unknown object', async () => {
    const r = await sim.call(
      'POST',
      '/apis/nfd.openshift.io/v1/namespaces/nope/nodefeaturediscoveries',
      {
        metadata: { name: 'x' },
        spec: {},
      },
    );
    expect(r.status).toBe(404);
    expect(r.body.message).toBe('namespaces "nope" not found');
    const g = await sim.call('GET', `${KC}/missing`);
    expect(g.body).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'kataconfigs.kataconfiguration.openshift.io "missing" not found',
    });
    expect(
      (
        await sim.call('PUT', '/api/v1/nodes/ghost', {
          metadata: { name: 'ghost' },
        })
      ).status,
    ).toBe(404);
  });

  it('rejects an update with a stale resourceVersion (409) and bumps generation on spec change', async () => {
    const created = (await sim.call('POST', NFR, { metadata: { name: 'n1' }, spec: { rules: [] } }))
      .body;
    const meta = created.metadata as {
      resourceVersion: string;
      generation: number;
    };
    expect(meta.generation).toBe(1);
    const upd = await sim.call('PUT', `${NFR}/n1`, {
      ...created,
      spec: { rules: [{ name: 'a', labels: { a: 'true' }, matchFeatures: [] }] },
    });
    expect(upd.status).toBe(200);
    expect((upd.body.metadata as { generation: number }).generation).toBe(2);
    const stale = await sim.call('PUT', `${NFR}/n1`, {
      ...created,
      spec: { rules: [] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'Conflict' });
    expect(String(stale.body.message)).toContain('the object has been modified');
    const labelOnly = await sim.call(
      'PATCH',
      `${NFR}/n1`,
      { metadata: { labels: { a: 'b' } } },
      'application/merge-patch+json',
    );
    expect((labelOnly.body.metadata as { generation: number }).generation).toBe(2);
  });

  it('applies merge, strategic-merge and JSON patches including test', async () => {
    const merge = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      { metadata: { labels: { x: 'y' } }, spec: { unschedulable: true } },
      'application/merge-patch+json',
    );
    expect(merge.status).toBe(200);
    expect(merge.body).toMatchObject({
      metadata: { labels: { x: 'y' } },
      spec: { unschedulable: true },
    });
    const smp = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      { metadata: { labels: { x: null } } },
      'application/strategic-merge-patch+json',
    );
    expect((smp.body.metadata as { labels: Record<string, string> }).labels).not.toHaveProperty(
      'x',
    );
    const jp = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      [
        { op: 'test', path: '/spec/unschedulable', value: true },
        { op: 'add', path: '/metadata/labels/example.com~1zone', value: 'z1' },
        { op: 'remove', path: '/spec/unschedulable' },
      ],
      'application/json-patch+json',
    );
    expect(jp.status).toBe(200);
    expect(jp.body).toMatchObject({
      metadata: { labels: { 'example.com/zone': 'z1' } },
    });
    expect(jp.body.spec).not.toHaveProperty('unschedulable');
    const failed = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      [{ op: 'test', path: '/spec/unschedulable', value: true }],
      'application/json-patch+json',
    );
    expect(failed.status).toBe(422);
    const stale = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      { metadata: { resourceVersion: '1' } },
      'application/merge-patch+json',
    );
    expect(stale.status).toBe(409);
  });

  it('keeps status out of the main resource and spec out of /status', async () => {
    await sim.call('POST', NFD, {
      metadata: { name: 'n2' },
      spec: { instance: 'a' },
    });
    const main = await sim.call(
      'PATCH',
      `${NFD}/n2`,
      { status: { conditions: [] }, spec: { instance: 'b' } },
      'application/merge-patch+json',
    );
    expect(main.body).toMatchObject({ spec: { instance: 'b' } });
    const st = await sim.call(
      'PATCH',
      `${NFD}/n2/status`,
      { spec: { instance: 'c' }, status: { conditions: [] } },
      'application/merge-patch+json',
    );
    expect(st.body).toMatchObject({
      spec: { instance: 'b' },
      status: { conditions: [] },
    });
  });

  it('deletes, returning a Status for custom resources and the object for built-ins', async () => {
    await sim.call('POST', NFR, { metadata: { name: 'n3' }, spec: { rules: [] } });
    const del = await sim.call('DELETE', `${NFR}/n3`);
    expect(del.body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'n3', kind: 'nodefeaturerules' },
    });
    expect((await sim.call('GET', `${NFR}/n3`)).status).toBe(404);
    const node = await sim.call('DELETE', '/api/v1/nodes/worker-nokvm-0');
    expect(node.body).toMatchObject({
      kind: 'Node',
      metadata: { name: 'worker-nokvm-0' },
    });
    expect((await sim.call('DELETE', '/api/v1/nodes/worker-nokvm-0')).status).toBe(404);
  });
});

describe('dry run and collections', () => {
  it('does not store PATCH or DELETE with dryRun=All', async () => {
    const p = await sim.call(
      'PATCH',
      '/api/v1/nodes/master-0?dryRun=All',
      { metadata: { labels: { dry: 'run' } } },
      'application/merge-patch+json',
    );
    expect(p.body).toMatchObject({ metadata: { labels: { dry: 'run' } } });
    const node = sim.cluster.get('v1', 'Node', 'master-0') as {
      metadata: { labels: Record<string, string> };
    };
    expect(node.metadata.labels).not.toHaveProperty('dry');
    expect((await sim.call('DELETE', '/api/v1/nodes/master-0?dryRun=All')).status).toBe(200);
    expect(sim.cluster.get('v1', 'Node', 'master-0')).toBeDefined();
  });

  it('deleting a namespace deletes its objects', async () => {
    await sim.call('POST', '/api/v1/namespaces', { metadata: { name: 'gone' } });
    await sim.call('POST', '/api/v1/namespaces/gone/pods', {
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'registry.example/app:1' }] },
    });
    expect((await sim.call('DELETE', '/api/v1/namespaces/gone')).status).toBe(200);
    // The pod is bound to a node: it terminates gracefully, then the kubelet removes it.
    await waitFor(() => sim.cluster.list('v1', 'Pod').length === 0);
    expect((await sim.call('GET', '/api/v1/namespaces/gone/pods/p')).status).toBe(404);
  });

  it('deletes a collection by label selector', async () => {
    for (const name of ['a', 'b', 'c']) {
      await sim.call('POST', '/api/v1/namespaces/default/pods', {
        metadata: { name, labels: { app: name === 'c' ? 'other' : 'x' } },
        spec: { containers: [{ name: 'c', image: 'registry.example/app:1' }] },
      });
    }
    const r = await sim.call('DELETE', '/api/v1/namespaces/default/pods?labelSelector=app%3Dx');
    expect(r.status).toBe(200);
    await waitFor(() => sim.cluster.list('v1', 'Pod').length === 1);
    expect(
      (sim.cluster.list('v1', 'Pod') as { metadata: { name: string } }[]).map(
        (p) => p.metadata.name,
      ),
    ).toEqual(['c']);
  });
});

describe('validation', () => {
  it('answers 422 with the API server Status body for a wrongly typed field', async () => {
    const r = await sim.call('POST', KC, {
      apiVersion: 'kataconfiguration.openshift.io/v1',
      kind: 'KataConfig',
      metadata: { name: 'x' },
      spec: { checkNodeEligibility: 'string' },
    });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'KataConfig.kataconfiguration.openshift.io "x" is invalid: spec.checkNodeEligibility: Invalid value: "string": spec.checkNodeEligibility in body must be of type boolean: "string"',
      reason: 'Invalid',
      details: {
        name: 'x',
        group: 'kataconfiguration.openshift.io',
        kind: 'KataConfig',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message:
              'Invalid value: "string": spec.checkNodeEligibility in body must be of type boolean: "string"',
            field: 'spec.checkNodeEligibility',
          },
        ],
      },
      code: 422,
    });
  });

  it('prunes unknown fields (with a warning) and applies defaults', async () => {
    const r = await sim.call('POST', KC, {
      metadata: { name: 'p' },
      spec: { checkNodeEligibility: true, bogus: 1 },
      extra: 'x',
    });
    expect(r.status).toBe(201);
    expect(r.body).not.toHaveProperty('extra');
    expect(r.body.spec).toEqual({
      checkNodeEligibility: true,
      enablePeerPods: false,
      logLevel: 'info',
    });
    expect(r.headers.get('warning')).toContain('unknown field \\"spec.bogus\\"');
    const strict = await sim.call('POST', `${NFD}?fieldValidation=Strict`, {
      metadata: { name: 's' },
      spec: { nope: 1 },
    });
    expect(strict.status).toBe(400);
    expect(String(strict.body.message)).toContain('unknown field "spec.nope"');
  });

  it('validates metadata.name and labels on every kind', async () => {
    const r = await sim.call('POST', '/api/v1/namespaces', {
      metadata: { name: 'Bad_Name' },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      reason: 'Invalid',
      details: { causes: [{ field: 'metadata.name' }] },
    });
    const l = await sim.call(
      'PATCH',
      '/api/v1/nodes/master-0',
      { metadata: { labels: { 'bad key!': 'v' } } },
      'application/merge-patch+json',
    );
    expect(l.status).toBe(422);
    const v = await sim.call(
      'PATCH',
      '/api/v1/nodes/master-0',
      { metadata: { labels: { ok: 'bad value!' } } },
      'application/merge-patch+json',
    );
    expect(v.status).toBe(422);
  });

  it('requires metadata.resourceVersion when replacing a custom resource', async () => {
    await sim.call('POST', NFD, { metadata: { name: 'r' }, spec: {} });
    const r = await sim.call('PUT', `${NFD}/r`, {
      metadata: { name: 'r' },
      spec: {},
    });
    expect(r.status).toBe(422);
    expect(String(r.body.message)).toContain('must be specified for an update');
  });
});

describe('authorization', () => {
  const review = async (verb: string, resource = 'nodes', group = ''): Promise<boolean> => {
    const r = await sim.call('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, resource, group } },
    });
    expect(r.status).toBe(201);
    return (r.body.status as { allowed: boolean }).allowed;
  };

  it('read-only: reads allowed, mutations 403, SSAR agrees', async () => {
    sim.cluster.setUser('read-only');
    expect((await sim.call('GET', '/api/v1/nodes')).status).toBe(200);
    const r = await sim.call(
      'PATCH',
      '/api/v1/nodes/worker-amd-0',
      { metadata: { labels: { a: 'b' } } },
      'application/merge-patch+json',
    );
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      reason: 'Forbidden',
      message:
        'nodes "worker-amd-0" is forbidden: User "reader" cannot patch resource "nodes" in API group "" at the cluster scope',
    });
    const c = await sim.call('POST', KC, {
      metadata: { name: 'x' },
      spec: { checkNodeEligibility: false },
    });
    expect(c.body.message).toBe(
      'kataconfigs.kataconfiguration.openshift.io is forbidden: User "reader" cannot create resource "kataconfigs" in API group "kataconfiguration.openshift.io" at the cluster scope',
    );
    expect(await review('list')).toBe(true);
    expect(await review('create', 'kataconfigs', 'kataconfiguration.openshift.io')).toBe(false);
    expect(await review('patch')).toBe(false);
  });

  it('read-only scenario starts as the reader; /sim/user switches modes', async () => {
    const ro = await startCluster({ scenario: 'read-only' });
    try {
      expect((await ro.call('DELETE', '/api/v1/nodes/master-0')).status).toBe(403);
      await ro.call('POST', '/sim/user', { mode: 'admin' });
      expect((await ro.call('DELETE', '/api/v1/nodes/master-0')).status).toBe(200);
    } finally {
      await ro.close();
    }
  });

  it('no-access: everything 403 except discovery and SSAR', async () => {
    sim.cluster.setUser('no-access');
    expect((await sim.call('GET', '/api/v1/nodes')).status).toBe(403);
    expect((await sim.call('GET', '/api/v1/nodes?watch=true')).status).toBe(403);
    expect((await sim.call('GET', '/apis')).status).toBe(200);
    expect((await sim.call('GET', '/api/v1')).status).toBe(200);
    expect(await review('get')).toBe(false);
  });
});

describe('faults and request log', () => {
  it('injects a status for matching requests, a limited number of times', async () => {
    sim.cluster.setFaults([{ method: 'GET', path: '^/api/v1/nodes$', status: 503, times: 1 }]);
    const r = await sim.call('GET', '/api/v1/nodes');
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ kind: 'Status', code: 503 });
    expect((await sim.call('GET', '/api/v1/nodes')).status).toBe(200);
    expect((await sim.call('GET', '/api/v1/namespaces')).status).toBe(200);
  });

  it('adds latency and is switchable over HTTP', async () => {
    const set = await sim.call('POST', '/sim/faults', [{ path: 'namespaces', latencyMs: 300 }]);
    expect(set.status).toBe(200);
    expect((await sim.call('GET', '/sim/faults')).body).toMatchObject({
      faults: [{ path: 'namespaces', latencyMs: 300 }],
    });
    const t = Date.now();
    await sim.call('GET', '/api/v1/namespaces');
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    await sim.call('DELETE', '/sim/faults');
    expect((await sim.call('GET', '/sim/faults')).body).toEqual({ faults: [] });
  });

  it('logs every API request with method, path, query, watch flag and status', async () => {
    sim.cluster.clearRequestLog();
    await sim.call('GET', '/api/v1/nodes?labelSelector=a');
    await sim.call('GET', `${KC}/nope`);
    await sim.call('GET', '/sim/requests');
    const log = (await sim.call('GET', '/sim/requests')).body as unknown as {
      method: string;
      path: string;
      query: string;
      watch: boolean;
      status: number;
    }[];
    expect(
      log.map(({ method, path, query, watch, status }) => ({
        method,
        path,
        query,
        watch,
        status,
      })),
    ).toEqual([
      {
        method: 'GET',
        path: '/api/v1/nodes',
        query: 'labelSelector=a',
        watch: false,
        status: 200,
      },
      {
        method: 'GET',
        path: `${KC}/nope`,
        query: '',
        watch: false,
        status: 404,
      },
    ]);
    await sim.call('DELETE', '/sim/requests');
    expect(sim.cluster.requestLog()).toEqual([]);
  });

  it('merges node status through /sim/nodes/<name>/status and applies objects through /sim/apply', async () => {
    const r = await sim.call('POST', '/sim/nodes/worker-amd-0/status', {
      conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady' }],
    });
    expect(r.status).toBe(200);
    const node = sim.cluster.get('v1', 'Node', 'worker-amd-0') as {
      status: { conditions: { type: string; status: string }[] };
    };
    expect(node.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('False');
    expect(node.status.conditions).toHaveLength(4);
    const applied = await sim.call('POST', '/sim/apply', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'applied' },
    });
    expect(applied.status).toBe(200);
    expect(sim.cluster.get('v1', 'Namespace', 'applied')).toBeDefined();
  });
});
