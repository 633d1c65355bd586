/**
 * Test helper: nodes and pools as the MachineConfig operator leaves them at each step of a rollout
 * (annotations of pkg/daemon/constants, the drain controller's cordon taint, the reboot's NotReady).
 */
import type { KataConfigKind, NodeKind } from '../models';
import type { MachineConfigPoolKind } from '../models/cluster';

export const OLD = 'rendered-worker-1';
export const NEW = 'rendered-kata-oc-2';
const T0 = '2026-11-28T10:00:00Z';

type Step =
  | 'waiting'
  | 'picked'
  | 'draining'
  | 'drained'
  | 'rebooting'
  | 'uncordoning'
  | 'updated'
  | 'failed';

type Opts = {
  step?: Step;
  ready?: 'True' | 'False' | 'Unknown';
  cordoned?: boolean;
  labels?: Record<string, string>;
  reason?: string;
  cordonedAt?: string;
  readySince?: string;
  pool?: 'kata-oc' | 'master';
  /** The OS as the node reports it (os_id label and osImage); none by default. */
  os?: 'rhcos' | 'rhel';
};

const OS_IMAGE = {
  rhcos: 'Red Hat Enterprise Linux CoreOS 417.94.202410090854-0 (Plow)',
  rhel: 'Red Hat Enterprise Linux 8.10 (Ootpa)',
};

export const node = (name: string, o: Opts = {}): NodeKind => {
  const step = o.step ?? 'waiting';
  const a: Record<string, string> = {
    'machineconfiguration.openshift.io/currentConfig': OLD,
    'machineconfiguration.openshift.io/desiredConfig': OLD,
    'machineconfiguration.openshift.io/state': 'Done',
  };
  const picked = step !== 'waiting';
  if (picked) a['machineconfiguration.openshift.io/desiredConfig'] = NEW;
  if (['draining', 'drained', 'rebooting', 'failed'].includes(step)) {
    a['machineconfiguration.openshift.io/state'] = 'Working';
    a['machineconfiguration.openshift.io/desiredDrain'] = `drain-${NEW}`;
  }
  if (['drained', 'rebooting', 'failed'].includes(step)) {
    a['machineconfiguration.openshift.io/lastAppliedDrain'] = `drain-${NEW}`;
  }
  if (step === 'uncordoning') {
    a['machineconfiguration.openshift.io/state'] = 'Working';
    a['machineconfiguration.openshift.io/desiredDrain'] = `uncordon-${NEW}`;
    a['machineconfiguration.openshift.io/lastAppliedDrain'] = `drain-${NEW}`;
  }
  if (step === 'updated') {
    a['machineconfiguration.openshift.io/currentConfig'] = NEW;
    a['machineconfiguration.openshift.io/desiredDrain'] = `uncordon-${NEW}`;
    a['machineconfiguration.openshift.io/lastAppliedDrain'] = `uncordon-${NEW}`;
  }
  if (step === 'failed') {
    a['machineconfiguration.openshift.io/state'] = 'Degraded';
    a['machineconfiguration.openshift.io/reason'] = o.reason ?? 'failed to install extensions';
  }
  const cordoned =
    o.cordoned ?? ['draining', 'drained', 'rebooting', 'uncordoning', 'failed'].includes(step);
  const ready = o.ready ?? (step === 'rebooting' ? 'Unknown' : 'True');
  const poolLabel: Record<string, string> =
    o.pool === 'master'
      ? { 'node-role.kubernetes.io/master': '' }
      : { 'node-role.kubernetes.io/kata-oc': '' };
  return {
    metadata: {
      name,
      labels: {
        'node-role.kubernetes.io/worker': '',
        ...poolLabel,
        ...(o.os ? { 'node.openshift.io/os_id': o.os } : {}),
        ...o.labels,
      },
      annotations: a,
    },
    spec: {
      ...(cordoned ? { unschedulable: true } : {}),
      ...(cordoned
        ? {
            taints: [
              {
                key: 'node.kubernetes.io/unschedulable',
                effect: 'NoSchedule',
                timeAdded: o.cordonedAt ?? T0,
              } as { key: string; effect: string },
            ],
          }
        : {}),
    },
    status: {
      conditions: [{ type: 'Ready', status: ready, lastTransitionTime: o.readySince ?? T0 }],
      ...(o.os ? { nodeInfo: { osImage: OS_IMAGE[o.os] } } : {}),
    },
  };
};

export const pool = (
  name: string,
  o: {
    target?: string;
    machineCount?: number;
    updating?: boolean;
    paused?: boolean;
    maxUnavailable?: number | string;
  } = {},
): MachineConfigPoolKind => ({
  metadata: { name },
  spec: {
    ...(o.target === '' ? {} : { configuration: { name: o.target ?? NEW } }),
    ...(o.paused ? { paused: true } : {}),
    ...(o.maxUnavailable !== undefined ? { maxUnavailable: o.maxUnavailable } : {}),
  },
  status: {
    machineCount: o.machineCount ?? 3,
    conditions: [
      { type: 'Updating', status: o.updating === false ? 'False' : 'True', lastTransitionTime: T0 },
      { type: 'Updated', status: o.updating === false ? 'True' : 'False', lastTransitionTime: T0 },
    ],
  },
});

export const kataConfig = (
  o: { check?: boolean; runtimeClasses?: string[] } = {},
): KataConfigKind => ({
  metadata: { name: 'example-kataconfig' },
  spec: { checkNodeEligibility: o.check ?? true },
  status: { runtimeClasses: o.runtimeClasses ?? [] },
});

export const T0_MS = Date.parse(T0);
