import type { KataConfigCondition, KataConfigKind } from '../models';
import { parseFailedMessage, progressPhase, selectorRequirements } from './status';
import type { ProgressPhase } from './status';

const withCondition = (c: Partial<KataConfigCondition>): KataConfigKind => ({
  metadata: { name: 'kc' },
  status: {
    conditions: [
      {
        type: 'InProgress',
        status: 'True',
        lastTransitionTime: '2026-01-01T00:00:00Z',
        reason: '',
        message: '',
        ...c,
      },
    ],
  },
});

describe('progressPhase', () => {
  it.each<[string, Partial<KataConfigCondition>, ProgressPhase]>([
    ['reset', { status: 'False', reason: '', message: '' }, { kind: 'idle' }],
    ['installing', { reason: 'Installing' }, { kind: 'installing' }],
    ['updating', { reason: 'Updating' }, { kind: 'updating' }],
    ['uninstalling', { reason: 'Uninstalling' }, { kind: 'uninstalling' }],
    [
      'failed with node',
      {
        reason: 'Failed',
        message: 'Node worker-1 Degraded: failed to render config',
      },
      { kind: 'failed', node: 'worker-1', detail: 'failed to render config' },
    ],
    [
      'blocked',
      {
        status: 'False',
        reason: 'BlockedByExistingKataPods',
        message: 'existing pods using "kata" RuntimeClass found.',
      },
      {
        kind: 'blocked',
        message: 'existing pods using "kata" RuntimeClass found.',
      },
    ],
    [
      'pod VM image running',
      { reason: 'PodVMImageJobRunning', message: 'Creating Pod VM Image' },
      { kind: 'podvm-running', message: 'Creating Pod VM Image' },
    ],
    [
      'pod VM image completed',
      { reason: 'PodVMImageJobCompleted', message: 'Created Pod VM Image' },
      { kind: 'podvm-completed', message: 'Created Pod VM Image' },
    ],
    [
      'pod VM image failed',
      {
        reason: 'PodVMImageJobFailed',
        message: 'Failed to create Pod VM Image',
      },
      { kind: 'podvm-failed', message: 'Failed to create Pod VM Image' },
    ],
    [
      'pod VM image unknown',
      { status: 'Unknown', reason: 'PodVMImageJobStatusUnknown', message: 'x' },
      { kind: 'podvm-unknown', message: 'x' },
    ],
    [
      'pod VM image unsupported',
      { reason: 'PodVMImageUnsupportedProvider', message: 'y' },
      { kind: 'podvm-unsupported', message: 'y' },
    ],
    [
      'unknown reason',
      { reason: 'Surprise', message: 'z' },
      { kind: 'other', status: 'True', reason: 'Surprise', message: 'z' },
    ],
  ])('%s', (_name, condition, expected) => {
    expect(progressPhase(withCondition(condition))).toEqual(expected);
  });

  it('is idle without conditions', () => {
    expect(progressPhase({ metadata: { name: 'kc' } })).toEqual({
      kind: 'idle',
    });
  });
});

describe('parseFailedMessage', () => {
  it.each<[string, { node?: string; detail: string }]>([
    ['Node a Degraded: b', { node: 'a', detail: 'b' }],
    ['Node a Degraded: ', { node: 'a', detail: '' }],
    ['something else', { detail: 'something else' }],
  ])('%j', (message, expected) => {
    expect(parseFailedMessage(message)).toEqual(expected);
  });
});

describe('selectorRequirements', () => {
  it.each<[Parameters<typeof selectorRequirements>[0], string[]]>([
    [undefined, []],
    [null, []],
    [{}, []],
    [
      {
        matchLabels: { 'custom-kata': 'true' },
        matchExpressions: [
          { key: 'zone', operator: 'In', values: ['a', 'b'] },
          { key: 'zone', operator: 'NotIn', values: ['c'] },
          { key: 'gpu', operator: 'Exists' },
          { key: 'old', operator: 'DoesNotExist' },
          { key: 'x', operator: 'Gt', values: ['1'] },
        ],
      },
      ['custom-kata=true', 'zone in (a, b)', 'zone notin (c)', 'gpu', '!old', 'x Gt (1)'],
    ],
  ])('%j', (selector, expected) => {
    expect(selectorRequirements(selector)).toEqual(expected);
  });
});
