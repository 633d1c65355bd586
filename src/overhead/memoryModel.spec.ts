import {
  DEFAULT_VM_MEMORY_BYTES,
  DOCUMENTED_DEFAULT_OVERHEAD,
  ESTIMATED_POD_OVERHEAD_BYTES,
  ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES,
  FILE_BUFFER_CACHE_BYTES,
  GUEST_KERNEL_BYTES,
  HOST_PROCESSES_BYTES,
  MEMORY_MODEL,
  OPERATOR_DEFAULT_OVERHEAD,
  QEMU_GUEST_KERNEL_EXAMPLE_BYTES,
  podMemoryBreakdown,
} from './memoryModel';
import { parseQuantity } from './quantity';

const Mi = 1024 ** 2;

describe('MEMORY_MODEL (the documented default memory sizes)', () => {
  it('gives each component the bytes of the quantity it documents, "~" meaning approximate', () => {
    for (const c of MEMORY_MODEL) {
      expect(c.bytes).toBe(parseQuantity(c.documented.replace(/^~/, '')));
      expect(c.approximate).toBe(c.documented.startsWith('~'));
    }
  });

  it.each<[string, number, number]>([
    ['default VM memory', DEFAULT_VM_MEMORY_BYTES, 2048 * Mi],
    ['guest kernel', GUEST_KERNEL_BYTES, 110 * Mi],
    ['file buffer cache', FILE_BUFFER_CACHE_BYTES, 300 * Mi],
    ['host processes (QEMU 30 + virtiofsd 10 + shim 20)', HOST_PROCESSES_BYTES, 60 * Mi],
    ['estimated overhead (host processes + guest kernel)', ESTIMATED_POD_OVERHEAD_BYTES, 170 * Mi],
    [
      'with the file buffer cache counted once',
      ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES,
      470 * Mi,
    ],
    [
      'the documented example (QEMU + guest kernel data)',
      QEMU_GUEST_KERNEL_EXAMPLE_BYTES,
      350 * Mi,
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('models both overhead references', () => {
    expect(DOCUMENTED_DEFAULT_OVERHEAD).toEqual({ memory: '500Mi', cpu: '500m' });
    expect(OPERATOR_DEFAULT_OVERHEAD).toEqual({ memory: '350Mi', cpu: '250m' });
  });
});

describe('podMemoryBreakdown', () => {
  it('lists the container request, guest kernel and host processes', () => {
    expect(podMemoryBreakdown(1024 * Mi, false)).toEqual([
      { id: 'containerRequest', bytes: 1024 * Mi, where: 'guest' },
      { id: 'guestKernel', bytes: 110 * Mi, where: 'guest' },
      { id: 'qemu', bytes: 30 * Mi, where: 'host' },
      { id: 'virtiofsd', bytes: 10 * Mi, where: 'host' },
      { id: 'shim', bytes: 20 * Mi, where: 'host' },
    ]);
  });

  it('adds the file buffer cache once, and omits a zero request', () => {
    const segments = podMemoryBreakdown(0, true);
    expect(segments.map((s) => s.id)).toEqual([
      'guestKernel',
      'qemu',
      'virtiofsd',
      'shim',
      'fileBufferCache',
    ]);
    expect(segments.filter((s) => s.id === 'fileBufferCache')).toHaveLength(1);
    expect(segments.reduce((s, x) => s + x.bytes, 0)).toBe(470 * Mi);
  });
});
