/** The NFD custom rule that labels Kata-capable nodes (nfd.yaml of OSC docs › Checking node eligibility). */

/**
 * `workerConfig.configData` exactly as the documented nfd.yaml holds it: CPU ID SSE4 + VMX with the
 * kvm and kvm_intel modules, or SSE4 + SVM with kvm and kvm_amd.
 */
export const KATA_NFD_CONFIG_DATA = [
  'sources:',
  '   custom:',
  '     - name: "feature.node.kubernetes.io/runtime.kata"',
  '       matchOn:',
  '         - cpuId: ["SSE4", "VMX"]',
  '           loadedKMod: ["kvm", "kvm_intel"]',
  '         - cpuId: ["SSE4", "SVM"]',
  '           loadedKMod: ["kvm", "kvm_amd"]',
  '',
].join('\n');
