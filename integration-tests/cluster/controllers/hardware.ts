/** Simulated node hardware and software, kept out of the Node object (what nfd-worker and the MCD see). */
export type Hardware = {
  cpuFlags: string[];
  kernelModules: string[];
  /** A virtual machine: kata installs, but its pods cannot start (no usable /dev/kvm). */
  virtual: boolean;
  /**
   * The Machine Config Daemon fails to apply an OS change that adds extensions on this node
   * (e.g. the extensions image cannot be pulled): the node goes Degraded with this reason.
   */
  mcdFailure?: string;
};
