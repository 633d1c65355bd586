import { ALL_NAMESPACES_KEY, namespaceOfPath, pathForNamespace } from './namespace-url';

describe('namespaceOfPath (console getNamespace)', () => {
  it.each([
    ['/k8s/ns/team-a/deployments', 'team-a'],
    ['/k8s/ns/team-a/deployments/web', 'team-a'],
    ['/k8s/all-namespaces/deployments', ALL_NAMESPACES_KEY],
    ['/k8s/cluster/namespaces/team-b', 'team-b'],
    ['/k8s/cluster/nodes/worker-0', undefined],
    ['/sandboxed-containers/workloads', undefined],
  ])('%s → %s', (path, ns) => {
    expect(namespaceOfPath(path)).toBe(ns);
  });
});

describe('pathForNamespace (console formatNamespaceRoute)', () => {
  it('switches the namespace of a list and drops the object of a details page', () => {
    expect(pathForNamespace('b', '/k8s/ns/a/deployments')).toBe('/k8s/ns/b/deployments');
    expect(pathForNamespace('b', '/k8s/ns/a/deployments/web')).toBe('/k8s/ns/b/deployments');
    expect(pathForNamespace(ALL_NAMESPACES_KEY, '/k8s/ns/a/pods')).toBe('/k8s/all-namespaces/pods');
    expect(pathForNamespace('a', '/k8s/all-namespaces/pods')).toBe('/k8s/ns/a/pods');
  });

  it('keeps a path without a namespace', () => {
    expect(pathForNamespace('b', '/sandboxed-containers/workloads')).toBe(
      '/sandboxed-containers/workloads',
    );
  });
});
