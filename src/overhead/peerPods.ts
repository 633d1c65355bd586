/**
 * What a peer pod (RuntimeClass `kata-remote`) costs its node. The pod's VM runs outside the node,
 * in the cloud provider, so no VM memory, guest kernel, QEMU or virtiofsd is on the node: only the
 * `containerd-shim-kata-v2` per pod and the cloud-api-adaptor DaemonSet pod (one per node, with its
 * own requests). The operator's peer-pods webhook moves the containers' resource requests off the
 * pod and asks for one `kata.peerpods.io/vm` instead, which each node offers as many times as the
 * PeerPodConfig's limit (ppwebhook.go POD_VM_EXTENDED_RESOURCE; openshift_controller.go
 * DEFAULT_PEER_PODS "10"). So the scheduler charges a peer pod its RuntimeClass overhead, and a node
 * takes at most that many. Pure.
 */
import { MEMORY_MODEL } from './memoryModel';

const PEER_PODS_RUNTIME_CLASS = 'kata-remote';
/** PeerPodConfig `spec.limit` the operator creates: peer pods per node. */
export const DEFAULT_PEER_PODS_PER_NODE = 10;

/** Per pod on the node: the shim only (as documented for Kata, ~20Mi). */
export const PEER_POD_NODE_COMPONENTS = MEMORY_MODEL.filter((c) => c.id === 'shim');

export const isPeerPodsRuntimeClass = (name: string | undefined, handler?: string): boolean =>
  name === PEER_PODS_RUNTIME_CLASS || handler === PEER_PODS_RUNTIME_CLASS;
