import type { KataConfigKind } from '../models';
import type { PodKind } from '../models/cluster';
import { kataConfig, NEW, node, OLD, pool } from './fixtures.testing';
import { deletionDeferred, kataPods, uninstallPreview, uninstallProgress } from './uninstall';
import { NO_UNINSTALL, trackUninstall } from './uninstallWatch';
import type { UninstallWatch } from './uninstallWatch';

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

describe('trackUninstall: the page ends on "uninstalled" only after a deletion it saw', () => {
  const kc = (uid: string, deleting: boolean): KataConfigKind => ({
    metadata: {
      name: 'example-kataconfig',
      uid,
      ...(deleting ? { deletionTimestamp: '2026-11-28T11:00:00Z' } : {}),
    },
  });
  const step = (
    prev: UninstallWatch,
    kataConfig: KataConfigKind | undefined,
    poolNodes: string[] = [],
    extra: { deleteRequested?: boolean; loaded?: boolean } = {},
  ) =>
    trackUninstall(prev, {
      kataConfig,
      poolNodes,
      deleteRequested: extra.deleteRequested ?? false,
      loaded: extra.loaded ?? true,
    });

  it('remembers the Kata pool when the deletion starts, keeps it while nodes leave, then ends', () => {
    let s = step(NO_UNINSTALL, kc('a', false), ['w-1', 'w-0']);
    expect(s).toBe(NO_UNINSTALL);
    // The page's own delete request counts before the watch shows the deletionTimestamp.
    s = step(s, kc('a', false), ['w-1', 'w-0'], { deleteRequested: true });
    expect(s).toEqual({ uid: 'a', startNodes: ['w-0', 'w-1'], uninstalled: false });
    const started = s;
    s = step(s, kc('a', true), ['w-1']);
    expect(s).toBe(started);
    s = step(s, undefined, [], { loaded: false });
    expect(s.uninstalled).toBe(false);
    s = step(s, undefined, []);
    expect(s).toEqual({ uid: 'a', startNodes: ['w-0', 'w-1'], uninstalled: true });
  });

  it('a page opened on a cluster without a KataConfig shows no end of an uninstallation', () => {
    expect(step(NO_UNINSTALL, undefined).uninstalled).toBe(false);
  });

  it('a new KataConfig after the end starts afresh', () => {
    const ended: UninstallWatch = { uid: 'a', startNodes: ['w-0'], uninstalled: true };
    expect(step(ended, kc('b', false))).toBe(NO_UNINSTALL);
    expect(step(ended, kc('b', true), ['w-3'])).toEqual({
      uid: 'b',
      startNodes: ['w-3'],
      uninstalled: false,
    });
  });
});
