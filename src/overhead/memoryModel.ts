/**
 * The Kata memory model of OSC docs › Resource requirements (docs/REFERENCES.md), as data. Pure: no React.
 *
 * Each pod is a VM run by a QEMU process that hosts kata-agent; `containerd-shim-kata-v2` and
 * `virtiofsd` run beside it on the host. The values are the documented defaults ("~" = about).
 */

const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

type MemoryComponentId =
  'vmDefault' | 'guestKernel' | 'qemu' | 'virtiofsd' | 'shim' | 'fileBufferCache';

export type MemoryComponent = {
  id: MemoryComponentId;
  /** Bytes, as documented. */
  bytes: number;
  /** The documented quantity, e.g. "~110Mi". */
  documented: string;
  /** The value is an approximation ("~") in the documentation. */
  approximate: boolean;
  /** Inside the VM (guest) or a host process outside the VM. */
  where: 'guest' | 'host';
};

/** The documented "Default memory sizes" table, in its order. */
export const MEMORY_MODEL: readonly MemoryComponent[] = [
  { id: 'vmDefault', bytes: 2 * Gi, documented: '2Gi', approximate: false, where: 'guest' },
  { id: 'guestKernel', bytes: 110 * Mi, documented: '~110Mi', approximate: true, where: 'guest' },
  { id: 'qemu', bytes: 30 * Mi, documented: '~30Mi', approximate: true, where: 'host' },
  { id: 'virtiofsd', bytes: 10 * Mi, documented: '~10Mi', approximate: true, where: 'host' },
  { id: 'shim', bytes: 20 * Mi, documented: '~20Mi', approximate: true, where: 'host' },
  {
    // After `dnf install` on Fedora. It appears in the guest (file buffer cache), in virtiofsd and
    // in QEMU, but it is the same memory mapped three times: count it once.
    id: 'fileBufferCache',
    bytes: 300 * Mi,
    documented: '~300Mi',
    approximate: true,
    where: 'guest',
  },
];

const bytesOf = (id: MemoryComponentId): number =>
  MEMORY_MODEL.find((c) => c.id === id)?.bytes ?? 0;

/** Memory every VM gets by default, before any hot-plug (2Gi). */
export const DEFAULT_VM_MEMORY_BYTES = bytesOf('vmDefault');
/** Guest Linux kernel at boot (~110Mi). */
export const GUEST_KERNEL_BYTES = bytesOf('guestKernel');
/** File buffer cache after `dnf install` on Fedora (~300Mi), counted once. */
export const FILE_BUFFER_CACHE_BYTES = bytesOf('fileBufferCache');

/** The per-pod host processes outside the VM: QEMU (without VM memory), virtiofsd, the shim. */
const HOST_PROCESS_COMPONENTS: readonly MemoryComponentId[] = ['qemu', 'virtiofsd', 'shim'];

/** Estimated memory of the host processes outside the VM, per pod: 30 + 10 + 20 = ~60Mi. */
export const HOST_PROCESSES_BYTES = HOST_PROCESS_COMPONENTS.reduce((s, id) => s + bytesOf(id), 0);

/**
 * Estimated memory a pod uses beyond its containers' own memory: the host processes plus the
 * guest kernel at boot (~170Mi). This is what `overhead.podFixed.memory` is meant to cover.
 */
export const ESTIMATED_POD_OVERHEAD_BYTES = HOST_PROCESSES_BYTES + GUEST_KERNEL_BYTES;

/** The same with the file buffer cache of heavy file I/O, counted once (~470Mi). */
export const ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES =
  ESTIMATED_POD_OVERHEAD_BYTES + FILE_BUFFER_CACHE_BYTES;

/**
 * The documentation's example for changing the overhead: "when the container's settings consume more than
 * 350Mi of memory in the QEMU process and guest kernel data".
 */
export const QEMU_GUEST_KERNEL_EXAMPLE_BYTES = 350 * Mi;

export type Overhead = { memory: string; cpu: string };

/** `overhead.podFixed` the documentation shows for `kata` (and the only values Red Hat supports). */
export const DOCUMENTED_DEFAULT_OVERHEAD: Overhead = { memory: '500Mi', cpu: '500m' };

/**
 * `overhead.podFixed` the current operator code creates for `kata` and `kata-remote`
 * (sandboxed-containers-operator, controllers/openshift_controller.go).
 */
export const OPERATOR_DEFAULT_OVERHEAD: Overhead = { memory: '350Mi', cpu: '250m' };

export type BreakdownSegment = {
  id: MemoryComponentId | 'containerRequest';
  bytes: number;
  where: 'guest' | 'host';
};

/**
 * The memory one pod is expected to use on the node, as segments for a chart: the containers'
 * requested memory (hot-plugged into the VM), the guest kernel, the host processes and, when
 * `withFileCache`, the file buffer cache counted once. The VM's default 2Gi is not a segment: it
 * is a ceiling the guest may use, not memory taken from the node up front.
 */
export const podMemoryBreakdown = (
  containerRequestBytes: number,
  withFileCache: boolean,
): BreakdownSegment[] => {
  const ids: MemoryComponentId[] = ['guestKernel', ...HOST_PROCESS_COMPONENTS];
  if (withFileCache) ids.push('fileBufferCache');
  const model = ids.flatMap((id) => MEMORY_MODEL.filter((c) => c.id === id));
  const segments: BreakdownSegment[] = model.map((c) => ({
    id: c.id,
    bytes: c.bytes,
    where: c.where,
  }));
  if (containerRequestBytes > 0) {
    segments.unshift({ id: 'containerRequest', bytes: containerRequestBytes, where: 'guest' });
  }
  return segments;
};
