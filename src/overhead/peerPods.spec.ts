import { isPeerPodsRuntimeClass, PEER_POD_NODE_COMPONENTS } from './peerPods';

describe('peer pods on the node', () => {
  it('only the shim runs per pod on the node: no VM memory, QEMU or virtiofsd', () => {
    expect(PEER_POD_NODE_COMPONENTS.map((c) => c.id)).toEqual(['shim']);
  });

  it('kata-remote by name or handler', () => {
    expect(isPeerPodsRuntimeClass('kata-remote')).toBe(true);
    expect(isPeerPodsRuntimeClass('x', 'kata-remote')).toBe(true);
    expect(isPeerPodsRuntimeClass('kata', 'kata')).toBe(false);
  });
});
