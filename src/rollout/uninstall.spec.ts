import type { KataConfigKind } from '../models';
import type { PodKind } from '../models/cluster';
import { kataConfig, NEW, node, OLD, pool } from './fixtures.testing';
import { deletionDeferred, kataPods, uninstallPreview, uninstallProgress } from './uninstall';

const pools = [pool('master'), pool('worker', { target: OLD }), pool('kata-oc', { target: NEW })];
const withCondition = (reason: string, status = 'True', message = ''): KataConfigKind => ({
  ...kataConfig({ runtimeClasses: ['kata'] }),
  metadata: { name: 'example-kataconfig', deletionTimestamp: '2026-11-28T11:00:00Z' },
  status: {
    runtimeClasses: ['kata'],
    conditions: [
      { type: 'InProgress', status: status as 'True', reason, message, lastTransitionTime: '' },
    ],
  },
});
const pod = (name: string, rc?: string, phase = 'Running'): PodKind => ({
  metadata: { name, namespace: 'apps' },
  spec: { nodeName: 'a', ...(rc ? { runtimeClassName: rc } : {}) },
  status: { phase },
});

describe('uninstallPreview', () => {
  it('the Kata pool’s nodes reboot, the RuntimeClasses go, kata pods are named', () => {
    const released = {
      ...node('x'),
      metadata: { name: 'x', labels: { 'node-role.kubernetes.io/worker': '' } },
    };
    expect(
      uninstallPreview({
        kataConfig: kataConfig({ runtimeClasses: ['kata'] }),
        nodes: [node('b', { step: 'updated' }), node('a', { step: 'updated' }), released],
        pools,
        pods: [
          pod('web', 'kata'),
          pod('plain'),
          pod('done', 'kata', 'Succeeded'),
          pod('gvisor', 'runsc'),
        ],
      }),
    ).toEqual({
      rebootNodes: ['a', 'b'],
      runtimeClasses: ['kata'],
      waitsForRollout: false,
      blockingPods: [
        { namespace: 'apps', name: 'done', runtimeClass: 'kata' },
        { namespace: 'apps', name: 'web', runtimeClass: 'kata' },
      ],
    });
  });

  it('pods unknown until they load; an installation in progress makes it wait', () => {
    const p = uninstallPreview({ kataConfig: withCondition('Installing'), nodes: [], pools });
    expect(p.blockingPods).toBeUndefined();
    expect(p.waitsForRollout).toBe(true);
  });
});

describe('deletion deferred only while installing or updating', () => {
  it.each([
    ['Installing', true],
    ['Updating', true],
    ['Failed', false],
    ['', false],
  ])('%s → %s', (reason, expected) => {
    expect(deletionDeferred(withCondition(reason))).toBe(expected);
  });
});

describe('uninstallProgress', () => {
  it('waits for the rollout, then reports pods that block it', () => {
    expect(
      uninstallProgress({ kataConfig: withCondition('Installing'), nodes: [], pools }),
    ).toEqual({
      kind: 'waiting-for-rollout',
    });
    const msg =
      'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed';
    expect(
      uninstallProgress({
        kataConfig: withCondition('BlockedByExistingKataPods', 'False', msg),
        nodes: [],
        pools,
      }),
    ).toEqual({ kind: 'blocked-by-pods', message: msg });
  });

  it('nodes roll back to the worker configuration one at a time; finished ones still count', () => {
    const kc: KataConfigKind = {
      ...withCondition('Uninstalling'),
      status: { kataNodes: { uninstalling: ['a'], waitingToUninstall: ['b'] } },
    };
    const a = {
      ...node('a', { step: 'draining' }),
      metadata: { ...node('a').metadata, labels: { 'node-role.kubernetes.io/worker': '' } },
    };
    const aAnn = {
      ...a.metadata.annotations,
      'machineconfiguration.openshift.io/desiredConfig': OLD,
      'machineconfiguration.openshift.io/currentConfig': NEW,
      'machineconfiguration.openshift.io/desiredDrain': `drain-${OLD}`,
    };
    const p = uninstallProgress({
      kataConfig: kc,
      nodes: [{ ...a, metadata: { ...a.metadata, annotations: aAnn } }, node('b'), node('c')],
      pools,
      startNodes: ['a', 'b', 'c'],
    });
    // c is still labelled kata-oc in the fixture: not released yet.
    expect(p).toMatchObject({ kind: 'uninstalling', total: 3, done: 0 });
    const p2 = uninstallProgress({
      kataConfig: kc,
      nodes: [{ ...a, metadata: { ...a.metadata, annotations: aAnn } }],
      pools: [pool('master'), pool('worker', { target: OLD })],
      startNodes: ['a', 'b', 'c'],
    });
    expect(p2).toMatchObject({
      kind: 'uninstalling',
      total: 3,
      done: 1,
      nodes: [{ name: 'a', phase: 'draining' }],
    });
  });

  it('nothing left: the operator is finishing', () => {
    expect(
      uninstallProgress({
        kataConfig: withCondition('Uninstalling'),
        nodes: [],
        pools: [pool('worker')],
      }),
    ).toEqual({
      kind: 'finishing',
    });
  });
});

describe('kataPods', () => {
  it('only the RuntimeClasses the KataConfig created', () => {
    expect(kataPods([pod('a', 'kata-remote'), pod('b', 'kata')], ['kata'])).toEqual([
      { namespace: 'apps', name: 'b', runtimeClass: 'kata' },
    ]);
  });
});
