/**
 * Whether the cluster's platform can run Kata at all, decided before any step of the wizard.
 * OpenShift sandboxed containers runs Kata on RHCOS workers on on-premise bare metal and on AWS
 * bare-metal instances; nested virtualization and other clouds' instances are not supported
 * ("OpenShift sandboxed containers" › "Prerequisites"). Peer pods run the pod VM outside the node,
 * where the operator can create it: AWS, Azure and libvirt (openshift_controller.go /
 * image_generator.go newImageGenerator). Pure.
 */
import type { NodeKind } from '../models';
import type { EligibilityContext } from '../eligibility/types';
import { explainCheck, isWorker } from '../eligibility/evaluate';

export type PlatformGate =
  | { kind: 'supported' }
  /** The platform type is not reported (or unknown to us): the per-node checks decide. */
  | { kind: 'unknown'; platform?: string }
  | {
      kind: 'unsupported';
      platform: string;
      reason: 'nested-virtualization' | 'cloud-not-supported' | 'aws-no-metal';
      /** The operator can run peer pods here instead. */
      peerPods: boolean;
    }
  /** AWS with some `.metal` workers: only those can run Kata. */
  | { kind: 'partly'; platform: string; metal: string[]; other: string[]; peerPods: boolean };

/** Infrastructure `status.platformStatus.type` values. */
const NESTED = new Set(['vsphere', 'openstack', 'kubevirt', 'ovirt', 'nutanix']);
const OTHER_CLOUDS = new Set([
  'gcp',
  'azure',
  'ibmcloud',
  'alibabacloud',
  'powervs',
  'equinixmetal',
]);
const BARE_METAL = new Set(['baremetal', 'none']);
/** Providers the operator creates peer-pod VM images for (`None` is its libvirt provider). */
const PEER_POD_PROVIDERS = new Set(['aws', 'azure', 'none']);

/** The workers' platform check (only asked on AWS, where it tells `.metal` instances apart). */
const workerPlatformChecks = (nodes: readonly NodeKind[], ctx: EligibilityContext) =>
  nodes.filter(isWorker).map((n) => ({
    name: n.metadata?.name ?? '',
    check: explainCheck(n, ctx, 'platform'),
  }));

export const platformGate = (
  platform: string | undefined,
  nodes: readonly NodeKind[],
  ctx: EligibilityContext,
): PlatformGate => {
  if (platform === undefined || platform === '') return { kind: 'unknown' };
  const p = platform.toLowerCase();
  const peerPods = PEER_POD_PROVIDERS.has(p);
  if (BARE_METAL.has(p)) return { kind: 'supported' };
  if (NESTED.has(p))
    return { kind: 'unsupported', platform, reason: 'nested-virtualization', peerPods };
  if (OTHER_CLOUDS.has(p))
    return { kind: 'unsupported', platform, reason: 'cloud-not-supported', peerPods };
  if (p === 'aws') {
    const workers = workerPlatformChecks(nodes, ctx);
    const metal = workers
      .filter((w) => w.check.status === 'pass')
      .map((w) => w.name)
      .sort();
    const other = workers
      .filter((w) => w.check.status !== 'pass')
      .map((w) => w.name)
      .sort();
    if (metal.length === 0)
      return { kind: 'unsupported', platform, reason: 'aws-no-metal', peerPods };
    if (other.length === 0) return { kind: 'supported' };
    return { kind: 'partly', platform, metal, other, peerPods };
  }
  return { kind: 'unknown', platform };
};
