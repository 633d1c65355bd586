import type { KataNodesStatus } from '../models';
import { kataConfig } from './fixtures';
import type { KataState } from './kataState';
import { kataStateOf } from './kataState';

describe('kataStateOf', () => {
  it.each<[keyof KataNodesStatus, KataState]>([
    ['installed', 'installed'],
    ['installing', 'installing'],
    ['waitingToInstall', 'waiting'],
    ['failedToInstall', 'failed'],
    ['uninstalling', 'uninstalling'],
    ['waitingToUninstall', 'waiting-to-uninstall'],
    ['failedToUninstall', 'failed-to-uninstall'],
  ])('a node listed in status.kataNodes.%s is %s', (list, state) => {
    const kc = kataConfig({}, { [list]: ['worker-0'] });
    expect(kataStateOf('worker-0', kc)).toBe(state);
    expect(kataStateOf('worker-1', kc)).toBe('not-installed');
  });

  it('is not-installed without a KataConfig or status', () => {
    expect(kataStateOf('worker-0')).toBe('not-installed');
    expect(kataStateOf('worker-0', { metadata: { name: 'k' } })).toBe('not-installed');
  });

  it('prefers uninstall progress and failures when a name is in several lists', () => {
    const kc = kataConfig(
      {},
      { installed: ['a', 'b'], uninstalling: ['a'], failedToInstall: ['b'] },
    );
    expect(kataStateOf('a', kc)).toBe('uninstalling');
    expect(kataStateOf('b', kc)).toBe('failed');
  });

  it('ignores malformed lists', () => {
    const kc = {
      status: { kataNodes: { installed: 'worker-0', installing: [1, null, 'worker-1'] } },
    };
    expect(kataStateOf('worker-0', kc as never)).toBe('not-installed');
    expect(kataStateOf('worker-1', kc as never)).toBe('installing');
  });
});
