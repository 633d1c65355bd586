/**
 * Which OS a node runs, as the Kata checks need it: RHCOS, RHEL, something else, or not reported.
 * The `node.openshift.io/os_id` label first (the Machine Config Daemon's node label, from the
 * node's /etc/os-release ID), else the kubelet's `status.nodeInfo.osImage`. Shared by the
 * eligibility engine's os check and the rollout's caveat for nodes where Kata cannot run
 * (OSC docs › Prerequisites: RHEL compute machines are not supported). Pure.
 */
export type NodeOs = 'rhcos' | 'rhel' | 'other' | 'unreported';

/** True when the answer comes from the os_id label (else from osImage, when one is reported). */
export const osFromLabel = (osId: string | undefined): boolean =>
  osId === 'rhcos' || osId === 'rhel';

export const nodeOs = (osId: string | undefined, osImage: string | undefined): NodeOs => {
  if (osFromLabel(osId)) return osId === 'rhcos' ? 'rhcos' : 'rhel';
  if (osImage === undefined || osImage.trim() === '') return 'unreported';
  const lower = osImage.toLowerCase();
  if (lower.includes('red hat enterprise linux coreos') || lower.includes('rhcos')) return 'rhcos';
  return lower.includes('red hat enterprise linux') ? 'rhel' : 'other';
};
