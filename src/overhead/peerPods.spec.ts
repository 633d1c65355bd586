import { isPeerPodsRuntimeClass, PEER_POD_NODE_COMPONENTS, peerPodsPerNode } from './peerPods';

const Mi = 1024 ** 2;

describe('peer pods on the node', () => {
  it('only the shim runs per pod on the node: no VM memory, QEMU or virtiofsd', () => {
    expect(PEER_POD_NODE_COMPONENTS.map((c) => c.id)).toEqual(['shim']);
  });

  it('pods per node: the per-node limit unless the charged overhead runs out first', () => {
    expect(peerPodsPerNode(64 * 1024 * Mi, 350 * Mi)).toEqual({ fit: 10, limitedBy: 'limit' });
    expect(peerPodsPerNode(1000 * Mi, 350 * Mi)).toEqual({ fit: 2, limitedBy: 'memory' });
    expect(peerPodsPerNode(100 * Mi, 350 * Mi)).toEqual({ fit: 0, limitedBy: 'memory' });
    expect(peerPodsPerNode(undefined, 350 * Mi)).toBeUndefined();
    expect(peerPodsPerNode(1000 * Mi, 0, 4)).toEqual({ fit: 4, limitedBy: 'limit' });
  });

  it('kata-remote by name or handler', () => {
    expect(isPeerPodsRuntimeClass('kata-remote')).toBe(true);
    expect(isPeerPodsRuntimeClass('x', 'kata-remote')).toBe(true);
    expect(isPeerPodsRuntimeClass('kata', 'kata')).toBe(false);
  });
});
