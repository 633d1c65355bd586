import { ownerKey, ownerOf } from './owner';
import { pod } from './fixtures';

describe('ownerOf', () => {
  it('names the Deployment of a ReplicaSet pod from the pod-template-hash', () => {
    const p = pod('web-5d9f8c7b6-x2k4q', {
      owner: { kind: 'ReplicaSet', name: 'web-5d9f8c7b6' },
      hash: '5d9f8c7b6',
    });
    expect(ownerOf(p)).toEqual({ kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' });
  });

  it('keeps a ReplicaSet that the hash does not explain (not made by a Deployment)', () => {
    const p = pod('rs-abc', { owner: { kind: 'ReplicaSet', name: 'standalone' }, hash: '123' });
    expect(ownerOf(p)?.kind).toBe('ReplicaSet');
    expect(ownerOf(pod('rs-abc', { owner: { kind: 'ReplicaSet', name: 'solo' } }))?.name).toBe(
      'solo',
    );
  });

  it('returns StatefulSet, DaemonSet and Job owners as they are', () => {
    expect(ownerOf(pod('db-0', { owner: { kind: 'StatefulSet', name: 'db' } }))).toEqual({
      kind: 'StatefulSet',
      name: 'db',
      apiVersion: 'apps/v1',
    });
    expect(
      ownerOf(pod('report-x', { owner: { kind: 'Job', name: 'report', apiVersion: 'batch/v1' } })),
    ).toEqual({ kind: 'Job', name: 'report', apiVersion: 'batch/v1' });
  });

  it('ignores owner references that are not the controller', () => {
    const p = pod('bare');
    p.metadata = {
      ...p.metadata,
      ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'cm', uid: 'u' }],
    };
    expect(ownerOf(p)).toBeUndefined();
  });
});

describe('ownerKey', () => {
  it('groups pods of one workload and keeps bare pods apart', () => {
    const owner = { kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' };
    expect(ownerKey('a', owner, 'web-1')).toBe(ownerKey('a', owner, 'web-2'));
    expect(ownerKey('a', owner, 'x')).not.toBe(ownerKey('b', owner, 'x'));
    expect(ownerKey('a', undefined, 'p1')).not.toBe(ownerKey('a', undefined, 'p2'));
  });
});
