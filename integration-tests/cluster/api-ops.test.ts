/** The API server behaviour the operators and kubectl rely on: deletion options, eviction, impersonation, built-in validation and admission, scale, watch-list. */
import type { Running } from './testing';
import { readWatch, startCluster, waitFor } from './testing';

let sim: Running;

beforeEach(async () => {
  sim = await startCluster({ scenario: 'baremetal', timeScale: 0.001 });
});

afterEach(async () => {
  await sim.close();
});

const PODS = '/api/v1/namespaces/default/pods';
const container = { name: 'c', image: 'registry.example/app:1' };

const call = async (
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> => {
  const r = await fetch(`${sim.url}${p}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
};

/** A one-replica Deployment `web` in `default`. */
const createWeb = () =>
  call('POST', '/apis/apps/v1/namespaces/default/deployments', {
    metadata: { name: 'web' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container] } },
    },
  });

describe('DeleteOptions', () => {
  it('dryRun in the body (kubectl delete --dry-run=server) deletes nothing', async () => {
    const r = await call('DELETE', '/api/v1/nodes/worker-amd-0', {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      dryRun: ['All'],
    });
    expect(r.status).toBe(200);
    expect(sim.cluster.get('v1', 'Node', 'worker-amd-0')).toBeDefined();
  });

  it('a stale uid precondition is a 409 Conflict', async () => {
    const r = await call('DELETE', '/api/v1/nodes/worker-amd-0', {
      preconditions: { uid: 'nope' },
    });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('Precondition failed: UID in precondition: nope');
  });

  it('a pod bound to a node terminates gracefully (stuck on a NotReady node); gracePeriodSeconds=0 removes it', async () => {
    await call('POST', '/sim/nodes/worker-amd-0/status', {
      conditions: [{ type: 'Ready', status: 'Unknown' }],
    });
    await call('POST', PODS, {
      metadata: { name: 'p' },
      spec: { nodeName: 'worker-amd-0', containers: [container] },
    });
    const del = await call('DELETE', `${PODS}/p`);
    expect(del.body).toMatchObject({ metadata: { deletionGracePeriodSeconds: 30 } });
    expect((await call('GET', `${PODS}/p`)).status).toBe(200);
    await call('DELETE', `${PODS}/p`, { gracePeriodSeconds: 0 });
    expect((await call('GET', `${PODS}/p`)).status).toBe(404);
  });

  it('propagationPolicy Orphan keeps the dependents', async () => {
    await createWeb();
    await waitFor(() => sim.cluster.list('apps/v1', 'ReplicaSet').length === 1);
    await call('DELETE', '/apis/apps/v1/namespaces/default/deployments/web', {
      propagationPolicy: 'Orphan',
    });
    expect(sim.cluster.list('apps/v1', 'Deployment')).toEqual([]);
    expect(sim.cluster.list('apps/v1', 'ReplicaSet')).toHaveLength(1);
    expect(sim.cluster.list('apps/v1', 'ReplicaSet')[0]).not.toHaveProperty(
      'metadata.ownerReferences',
    );
  });
});

describe('Eviction API and PodDisruptionBudgets', () => {
  it('429 while the budget allows no disruption, 201 once it does', async () => {
    for (const name of ['a', 'b']) {
      await call('POST', PODS, {
        metadata: { name, labels: { app: 'db' } },
        spec: { nodeName: 'worker-intel-0', containers: [container] },
      });
    }
    await call('POST', '/apis/policy/v1/namespaces/default/poddisruptionbudgets', {
      metadata: { name: 'db' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'db' } } },
    });
    await waitFor(() =>
      (
        sim.cluster.list('policy/v1', 'PodDisruptionBudget') as {
          status?: { currentHealthy?: number };
        }[]
      ).some((p) => p.status?.currentHealthy === 2),
    );
    const eviction = {
      apiVersion: 'policy/v1',
      kind: 'Eviction',
      metadata: { name: 'a', namespace: 'default' },
    };
    const refused = await call('POST', `${PODS}/a/eviction`, eviction);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      details: {
        causes: [
          {
            reason: 'DisruptionBudget',
            message: 'The disruption budget db needs 2 healthy pods and has 2 currently',
          },
        ],
      },
    });
    await call(
      'PATCH',
      '/apis/policy/v1/namespaces/default/poddisruptionbudgets/db',
      { spec: { minAvailable: 1 } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    await waitFor(() =>
      (
        sim.cluster.list('policy/v1', 'PodDisruptionBudget') as {
          status?: { disruptionsAllowed?: number };
        }[]
      ).some((p) => p.status?.disruptionsAllowed === 1),
    );
    const ok = await call('POST', `${PODS}/a/eviction`, eviction);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'Status', status: 'Success' });
    const again = await call('POST', `${PODS}/b/eviction`, {
      ...eviction,
      metadata: { name: 'b' },
    });
    expect(again.status).toBe(429);
  });
});

describe('Impersonate-User', () => {
  it('maps the scenario users; only the admin may impersonate', async () => {
    const asReader = { 'Impersonate-User': 'reader' };
    const r = await call('POST', '/api/v1/namespaces', { metadata: { name: 'x' } }, asReader);
    expect(r.status).toBe(403);
    expect(r.body.message).toBe(
      'namespaces is forbidden: User "reader" cannot create resource "namespaces" in API group "" at the cluster scope',
    );
    expect((await call('GET', '/api/v1/nodes', undefined, asReader)).status).toBe(200);
    const stranger = await call('GET', '/api/v1/nodes', undefined, { 'Impersonate-User': 'alice' });
    expect(stranger.status).toBe(403);
    sim.cluster.setUser('read-only');
    const denied = await call('GET', '/api/v1/nodes', undefined, {
      'Impersonate-User': 'kube:admin',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe(
      'users "kube:admin" is forbidden: User "reader" cannot impersonate resource "users" in API group "" at the cluster scope',
    );
  });
});

describe('built-in validation and RuntimeClass admission', () => {
  it('refuses a pod without containers or with a bad quantity (422 with causes)', async () => {
    const r = await call('POST', PODS, {
      metadata: { name: 'bad' },
      spec: { containers: [{ name: 'c', image: 'i', resources: { requests: { cpu: 'lots' } } }] },
    });
    expect(r.status).toBe(422);
    expect(r.body.message).toContain(
      'spec.containers[0].resources.requests[cpu]: Invalid value: "lots"',
    );
    const empty = await call('POST', PODS, { metadata: { name: 'e' }, spec: { containers: [] } });
    expect(empty.body.message).toBe('Pod "e" is invalid: spec.containers: Required value');
  });

  it('refuses a RuntimeClass with a bad handler, and a pod naming an unknown class', async () => {
    const rc = await call('POST', '/apis/node.k8s.io/v1/runtimeclasses', {
      metadata: { name: 'x' },
      handler: 'Not_A_Label',
    });
    expect(rc.status).toBe(422);
    const pod = await call('POST', PODS, {
      metadata: { name: 'k' },
      spec: { runtimeClassName: 'nosuch', containers: [container] },
    });
    expect(pod.status).toBe(403);
    expect(pod.body.message).toBe(
      'pods "k" is forbidden: pod rejected: RuntimeClass "nosuch" not found',
    );
  });

  it("sets the class's overhead and merges its scheduling into the pod", async () => {
    await call('POST', '/apis/node.k8s.io/v1/runtimeclasses', {
      metadata: { name: 'kata' },
      handler: 'kata',
      overhead: { podFixed: { cpu: '250m', memory: '350Mi' } },
      scheduling: { nodeSelector: { 'node-role.kubernetes.io/kata-oc': '' } },
    });
    const r = await call('POST', PODS, {
      metadata: { name: 'k' },
      spec: { runtimeClassName: 'kata', containers: [container] },
    });
    expect(r.status).toBe(201);
    expect(r.body.spec).toMatchObject({
      overhead: { cpu: '250m', memory: '350Mi' },
      nodeSelector: { 'node-role.kubernetes.io/kata-oc': '' },
    });
    // No kata-oc node: the scheduler says why.
    await waitFor(() =>
      JSON.stringify(sim.cluster.get('v1', 'Pod', 'k', 'default')).includes(
        "didn't match Pod's node affinity/selector",
      ),
    );
  });
});

describe('scale subresource', () => {
  it('reads and sets the replicas of a Deployment', async () => {
    await createWeb();
    const s = await call('GET', '/apis/apps/v1/namespaces/default/deployments/web/scale');
    expect(s.body).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 1 },
    });
    await call(
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/web/scale',
      { spec: { replicas: 3 } },
      { 'Content-Type': 'application/merge-patch+json' },
    );
    await waitFor(() => sim.cluster.list('v1', 'Pod').length === 3);
  });
});

describe('watch-list', () => {
  it('sends the current objects then the initial-events-end bookmark', async () => {
    const count = sim.cluster.list('v1', 'Namespace').length + 1;
    const events = await readWatch(
      `${sim.url}/api/v1/namespaces?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true`,
      count,
    );
    expect(events).toHaveLength(count);
    const bookmark = events.findIndex((e) => e.type === 'BOOKMARK');
    expect(bookmark).toBeGreaterThan(0);
    expect(events.slice(0, bookmark).every((e) => e.type === 'ADDED')).toBe(true);
    expect(events[bookmark].object).toMatchObject({
      kind: 'Namespace',
      metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } },
    });
  });

  it('refuses sendInitialEvents without NotOlderThan and bookmarks', async () => {
    const r = await call('GET', '/api/v1/namespaces?watch=true&sendInitialEvents=true');
    expect(r.status).toBe(422);
    expect(r.body.message).toContain(
      'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
    );
  });
});

describe('discovery for the groups a controller-runtime client touches', () => {
  it.each([
    [
      '/apis/machineconfiguration.openshift.io/v1',
      ['machineconfigs', 'machineconfigpools', 'containerruntimeconfigs'],
    ],
    ['/apis/security.openshift.io/v1', ['securitycontextconstraints']],
    ['/apis/config.openshift.io/v1', ['infrastructures']],
    ['/apis/apps/v1', ['deployments', 'replicasets', 'daemonsets', 'deployments/scale']],
    ['/apis/policy/v1', ['poddisruptionbudgets']],
    ['/api/v1', ['pods/eviction', 'configmaps', 'events']],
  ])('%s', async (p, expected) => {
    const r = await call('GET', p);
    const names = (r.body.resources as { name: string }[]).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(expected));
  });
});
