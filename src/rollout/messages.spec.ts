import { daemonFailure, operatorMessage } from './messages';

describe('operatorMessage: the operator’s English, recognised', () => {
  it.each([
    ['Installing', 'Performing initial installation of kata on cluster', { id: 'installing' }],
    ['Uninstalling', 'Removing kata from cluster', { id: 'uninstalling' }],
    ['Updating', 'Adding and/or removing kata-enabled nodes', { id: 'updating' }],
    [
      'Failed',
      'Node worker-rhel-0 Degraded: failed to install extensions: exit status 1',
      {
        id: 'node-degraded',
        node: 'worker-rhel-0',
        reason: 'failed to install extensions: exit status 1',
      },
    ],
    ['Failed', 'Node x Degraded: ', { id: 'node-degraded', node: 'x', reason: '' }],
    ['Failed', 'something else', { id: 'unknown' }],
    [
      'BlockedByExistingKataPods',
      'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed',
      { id: 'blocked-by-pods', runtimeClass: 'kata' },
    ],
    ['BlockedByExistingKataPods', 'failed to list kata pods: timeout', { id: 'blocked-by-pods' }],
    ['PodVMImageJobRunning', 'Creating Pod VM Image', { id: 'podvm-image', step: 'creating' }],
    [
      'PodVMImageJobFailed',
      'Failed to delete Pod VM Image',
      { id: 'podvm-image', step: 'delete-failed' },
    ],
    [
      'PodVMImageUnsupportedProvider',
      'Pod VM image provider is unsupported',
      { id: 'podvm-unsupported' },
    ],
    ['SomethingNew', 'Brand new message', { id: 'unknown' }],
  ])('%s: %s', (reason, message, expected) => {
    expect(operatorMessage({ reason, message })).toEqual(expected);
  });
});

describe('daemonFailure', () => {
  it('recognises the MCD’s drain timeout; anything else is other', () => {
    expect(
      daemonFailure(
        'failed to drain node: worker-1 after 1 hour. Please see machine-config-controller logs for more information',
      ),
    ).toBe('drain-timeout');
    expect(daemonFailure('failed to install extensions')).toBe('other');
  });
});
