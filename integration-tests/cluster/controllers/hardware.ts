/** Simulated node hardware (kept out of the Node object) and pure checks on it. */
export type Hardware = {
  cpuFlags: string[];
  kernelModules: string[];
  /** A virtual machine without working nested virtualization. */
  virtual: boolean;
  /** Kata install fails on this node (a string gives the Degraded reason). */
  kataFails: boolean | string;
};

/** Why kata cannot be installed on a node, or undefined when it can. */
export const kataFailure = (hw: Hardware): string | undefined => {
  if (typeof hw.kataFails === 'string') return hw.kataFails;
  if (hw.kataFails) return 'failed to start the kata runtime on the node';
  if (hw.virtual) {
    return 'nested virtualization is not supported: the node is a virtual machine and /dev/kvm is not usable';
  }
  const flags = hw.cpuFlags.map((f) => f.toUpperCase());
  if (!flags.includes('VMX') && !flags.includes('SVM')) {
    return 'the CPU does not expose hardware virtualization extensions (VMX/SVM)';
  }
  if (!hw.kernelModules.includes('kvm')) return 'the kvm kernel module is not loaded';
  return undefined;
};
