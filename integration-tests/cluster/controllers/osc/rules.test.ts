import { matchesSelector } from '../../selectors';
import {
  KATA_OC_LABEL,
  RUNTIME_KATA_LABEL,
  isConverged,
  kataNodeSelector,
  kataPodsMessage,
  labelChanges,
  nodeSelectorMap,
  nodeStatusList,
} from './rules';

const worker = (name: string, extra: Record<string, string> = {}) => ({
  name,
  labels: { 'node-role.kubernetes.io/worker': '', ...extra },
});

describe('OSC node selector (getKataConfigNodeSelectorAsLabelSelector)', () => {
  it('checkNodeEligibility adds runtime.kata=true to the pool selector', () => {
    const sel = kataNodeSelector({ matchLabels: { zone: 'a' } }, true, false);
    if (!sel) throw new Error('valid selector expected');
    expect(matchesSelector(sel, { zone: 'a', [RUNTIME_KATA_LABEL]: 'true' })).toBe(true);
    expect(matchesSelector(sel, { zone: 'a' })).toBe(false);
  });

  it('no pool selector selects every worker; a compact cluster selects the masters', () => {
    const all = kataNodeSelector(undefined, false, false);
    expect(all && matchesSelector(all, {})).toBe(true);
    const compact = kataNodeSelector({ matchLabels: { zone: 'a' } }, true, true);
    expect(compact && matchesSelector(compact, { 'node-role.kubernetes.io/master': '' })).toBe(
      true,
    );
    expect(nodeSelectorMap(true)).toEqual({ 'node-role.kubernetes.io/master': '' });
    expect(nodeSelectorMap(false)).toEqual({ [KATA_OC_LABEL]: '' });
  });

  it('an invalid operator is no selector at all', () => {
    expect(
      kataNodeSelector({ matchExpressions: [{ key: 'a', operator: 'Bogus' }] }, false, false),
    ).toBeUndefined();
  });
});

describe('updateNodeLabels', () => {
  it('labels matching workers and unlabels the ones that no longer match', () => {
    const sel = kataNodeSelector(undefined, true, false);
    if (!sel) throw new Error('valid selector expected');
    expect(
      labelChanges(
        [
          worker('eligible', { [RUNTIME_KATA_LABEL]: 'true' }),
          worker('already', { [RUNTIME_KATA_LABEL]: 'true', [KATA_OC_LABEL]: '' }),
          worker('dropped', { [KATA_OC_LABEL]: '' }),
          worker('other'),
        ],
        sel,
      ),
    ).toEqual({ label: ['eligible'], unlabel: ['dropped'] });
  });
});

describe('checkConvergedCluster', () => {
  it('two pools and an empty worker pool', () => {
    expect(
      isConverged([
        { name: 'master', machineCount: 3 },
        { name: 'worker', machineCount: 0 },
      ]),
    ).toBe(true);
    expect(
      isConverged([
        { name: 'master', machineCount: 3 },
        { name: 'worker', machineCount: 2 },
      ]),
    ).toBe(false);
    expect(
      isConverged([
        { name: 'master', machineCount: 3 },
        { name: 'worker', machineCount: 0 },
        { name: 'kata-oc', machineCount: 0 },
      ]),
    ).toBe(false);
  });
});

describe('putNodeOnStatusList predicates', () => {
  it.each([
    ['Done', 'a', 'a', true, 'installed'],
    ['Done', 'a', 'a', false, 'notInstalled'],
    ['Working', 'a', 'b', true, 'installing'],
    ['Working', 'a', 'b', false, 'uninstalling'],
    ['Done', 'a', 'b', true, 'waitingToInstall'],
    ['Done', 'a', 'b', false, 'waitingToUninstall'],
    ['Degraded', 'a', 'b', true, 'failedToInstall'],
    ['Degraded', 'a', 'b', false, 'failedToUninstall'],
    ['Unreconcilable', 'a', 'b', true, undefined],
  ])('state %s, current %s, target %s, kata %s => %s', (state, cur, target, kata, expected) => {
    expect(nodeStatusList(state, cur, target, kata)).toBe(expected);
  });

  it('writes the BlockedByExistingKataPods message as the operator does', () => {
    expect(kataPodsMessage('kata')).toBe(
      'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed',
    );
  });
});
