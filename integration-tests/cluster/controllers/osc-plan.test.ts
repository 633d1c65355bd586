import { parseLabelSelector } from '../selectors';
import type { KataNodes } from './osc-plan';
import {
  compactKataNodes,
  emptyKataNodes,
  inProgressCondition,
  plan,
  step,
  targetNodes,
} from './osc-plan';

const k = (over: Partial<KataNodes>): KataNodes =>
  plan({ ...emptyKataNodes(), ...over }, [
    ...(over.installed ?? []),
    ...(over.installing ?? []),
    ...(over.waitingToInstall ?? []),
    ...(over.failedToInstall ?? []),
  ]);

describe('targetNodes', () => {
  const nodes: { name: string; labels: Record<string, string> }[] = [
    { name: 'm', labels: { 'node-role.kubernetes.io/master': '' } },
    {
      name: 'w1',
      labels: {
        'node-role.kubernetes.io/worker': '',
        'feature.node.kubernetes.io/runtime.kata': 'true',
        pool: 'a',
      },
    },
    { name: 'w2', labels: { 'node-role.kubernetes.io/worker': '', pool: 'a' } },
    {
      name: 'w3',
      labels: {
        'node-role.kubernetes.io/worker': '',
        'feature.node.kubernetes.io/runtime.kata': 'true',
      },
    },
  ];
  it.each([
    ['', false, ['w1', 'w2', 'w3']],
    ['', true, ['w1', 'w3']],
    ['pool=a', false, ['w1', 'w2']],
    ['pool=a', true, ['w1']],
  ])('selector %j eligibility %s => %j', (sel, elig, expected) => {
    expect(targetNodes(nodes, parseLabelSelector(sel), elig)).toEqual(expected);
  });
});

describe('plan', () => {
  it.each<[string, Partial<KataNodes>, string[], Partial<KataNodes>]>([
    ['queues new targets', {}, ['a', 'b'], { waitingToInstall: ['a', 'b'], nodeCount: 2 }],
    [
      'keeps installed targets',
      { installed: ['a'] },
      ['a', 'b'],
      {
        installed: ['a'],
        waitingToInstall: ['b'],
        nodeCount: 2,
        readyNodeCount: 1,
      },
    ],
    [
      'uninstalls dropped nodes',
      { installed: ['a', 'b'] },
      ['a'],
      {
        installed: ['a'],
        waitingToUninstall: ['b'],
        nodeCount: 1,
        readyNodeCount: 1,
      },
    ],
    [
      'unqueues dropped waiting nodes',
      { waitingToInstall: ['a', 'b'] },
      ['b'],
      { waitingToInstall: ['b'], nodeCount: 1 },
    ],
    [
      'cancels a queued uninstall',
      { waitingToUninstall: ['a'] },
      ['a'],
      { installed: ['a'], nodeCount: 1, readyNodeCount: 1 },
    ],
    ['forgets failed nodes no longer targeted', { failedToInstall: ['a'] }, [], {}],
  ])('%s', (_title, cur, target, expected) => {
    expect(plan({ ...emptyKataNodes(), ...cur }, target)).toEqual({
      ...emptyKataNodes(),
      ...expected,
    });
  });
});

describe('step', () => {
  const ok = (): undefined => undefined;
  it('starts the first waiting node, then finishes it and starts the next', () => {
    const s1 = step(k({ waitingToInstall: ['a', 'b'] }), ok);
    expect(s1.kataNodes).toMatchObject({
      installing: ['a'],
      waitingToInstall: ['b'],
    });
    const s2 = step(s1.kataNodes, ok);
    expect(s2.installedNode).toBe('a');
    expect(s2.kataNodes).toMatchObject({
      installed: ['a'],
      installing: ['b'],
      waitingToInstall: [],
    });
  });

  it('records failures with their reason', () => {
    const r = step({ ...emptyKataNodes(), installing: ['a'] }, (n) => `${n} has no VMX`);
    expect(r.failedNode).toEqual({ name: 'a', reason: 'a has no VMX' });
    expect(r.kataNodes).toMatchObject({
      failedToInstall: ['a'],
      installing: [],
    });
  });

  it('uninstalls after installs', () => {
    const r = step({ ...emptyKataNodes(), uninstalling: ['a'], waitingToUninstall: ['b'] }, ok);
    expect(r.uninstalledNode).toBe('a');
    expect(r.kataNodes).toMatchObject({
      uninstalling: ['b'],
      waitingToUninstall: [],
    });
  });
});

describe('inProgressCondition (reasons and messages of the real operator)', () => {
  const idle = emptyKataNodes();
  const busy = { ...emptyKataNodes(), installing: ['a'] };
  it.each([
    [
      busy,
      { deleting: false, initialDone: false },
      ['True', 'Installing', 'Performing initial installation of kata on cluster'],
    ],
    [
      busy,
      { deleting: false, initialDone: true },
      ['True', 'Updating', 'Adding and/or removing kata-enabled nodes'],
    ],
    [
      busy,
      { deleting: true, initialDone: true },
      ['True', 'Uninstalling', 'Removing kata from cluster'],
    ],
    [idle, { deleting: false, initialDone: true }, ['False', '', '']],
    [
      { ...idle, failedToInstall: ['w'] },
      { deleting: false, initialDone: true, failedReason: 'boom' },
      ['True', 'Failed', 'Node w Degraded: boom'],
    ],
    [
      idle,
      { deleting: true, initialDone: true, blockedBy: 'kata' },
      [
        'False',
        'BlockedByExistingKataPods',
        'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed',
      ],
    ],
  ])('%j %j', (nodes, opts, [status, reason, message]) => {
    expect(inProgressCondition(nodes, opts)).toEqual({
      status,
      reason,
      message,
    });
  });
});

describe('compactKataNodes', () => {
  it('omits empty lists like the operator (omitempty)', () => {
    expect(compactKataNodes(k({ installed: ['a'] }))).toEqual({
      nodeCount: 1,
      readyNodeCount: 1,
      installed: ['a'],
    });
  });
});
