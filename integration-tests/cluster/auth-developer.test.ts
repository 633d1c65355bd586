/** The `developer` user: RBAC as a RoleBinding to `admin` in the scenario's developerNamespaces. */
import type { Running } from './testing';
import { startCluster } from './testing';

let sim: Running;

beforeEach(async () => {
  sim = await startCluster({ scenario: 'workloads', timeScale: 0.001 });
  await sim.call('POST', '/sim/user', { mode: 'developer' });
});

afterEach(async () => {
  await sim.close();
});

const review = async (verb: string, resource: string, namespace?: string) => {
  const r = await sim.call('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: { verb, resource, group: '', ...(namespace ? { namespace } : {}) },
    },
  });
  return (r.body.status as { allowed: boolean }).allowed;
};

describe('developer (admin of team-a only)', () => {
  it('lists and changes pods in team-a, nowhere else', async () => {
    expect((await sim.call('GET', '/api/v1/namespaces/team-a/pods')).status).toBe(200);
    const other = await sim.call('GET', '/api/v1/namespaces/team-b/pods');
    expect(other.status).toBe(403);
    expect(other.body.message).toBe(
      'pods is forbidden: User "developer" cannot list resource "pods" in API group "" in the namespace "team-b"',
    );
    expect((await sim.call('GET', '/api/v1/pods')).status).toBe(403);
    expect((await sim.call('GET', '/api/v1/nodes')).status).toBe(403);
    expect((await sim.call('GET', '/api/v1/namespaces')).status).toBe(403);
  });

  it('SelfSubjectAccessReview agrees', async () => {
    expect(await review('list', 'pods', 'team-a')).toBe(true);
    expect(await review('patch', 'deployments', 'team-a')).toBe(true);
    expect(await review('list', 'pods', 'team-b')).toBe(false);
    expect(await review('list', 'pods')).toBe(false);
    expect(await review('list', 'namespaces')).toBe(false);
  });
});
