import type { KataConfigKind } from '../models';
import {
  decodeWizard,
  encodeWizard,
  isRolloutRunning,
  resumeStep,
  searchWithStep,
  stepFromSearch,
} from './persistence';
import { dryRunGate, reviewNextAllowed } from './gates';
import { initialDraft } from './wizard';
import type { Draft } from './wizard';

const draft: Draft = {
  ...initialDraft(),
  method: 'manual',
  nodeSelection: ['w1', 'w2'],
  nfd: {
    form: 'legacy',
    adopt: false,
    name: 'n',
    namespace: 'openshift-nfd',
    image: 'q.io/x:1',
    ruleName: 'kata-runtime',
  },
  kataConfig: {
    ...initialDraft().kataConfig,
    name: 'my-kc',
    matchLabels: [{ key: 'zone', value: 'a' }],
    matchExpressions: [{ key: 'gpu', operator: 'DoesNotExist', values: '' }],
    logLevel: 'debug',
  },
};

describe('stored wizard', () => {
  it('round-trips step and answers', () => {
    expect(decodeWizard(encodeWizard({ step: 'kataconfig', draft }))).toEqual({
      step: 'kataconfig',
      draft,
    });
  });

  it('keeps what the user typed even when it is not valid yet (the form shows the error)', () => {
    const typed = {
      ...draft,
      kataConfig: { ...draft.kataConfig, name: 'Not Valid!', logLevel: 'loud' },
    };
    expect(decodeWizard(encodeWizard({ step: 'kataconfig', draft: typed }))?.draft).toEqual(typed);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 2, step: 'review', draft })],
    ['no draft', JSON.stringify({ v: 1, step: 'review' })],
  ])('ignores %s', (_name, raw) => {
    expect(decodeWizard(raw)).toBeUndefined();
  });

  it('drops odd fields for their defaults instead of failing', () => {
    const raw = JSON.stringify({
      v: 1,
      step: 'warp',
      draft: {
        method: 'magic',
        nfd: { mode: 'x', create: { name: 3 }, reuse: { name: 'a' } },
        nodeSelection: ['w1', 2, null],
        kataConfig: { name: 'x'.repeat(5000), matchLabels: 'nope', enablePeerPods: 'yes' },
      },
    });
    expect(decodeWizard(raw)).toEqual({
      step: 'prerequisites',
      draft: { ...initialDraft(), nodeSelection: ['w1'] },
    });
  });
});

describe('step in the URL', () => {
  it('reads and writes ?step= without losing other parameters', () => {
    expect(stepFromSearch('?step=review')).toBe('review');
    expect(stepFromSearch('?step=../../x')).toBeUndefined();
    expect(stepFromSearch('')).toBeUndefined();
    expect(searchWithStep('?lang=ja', 'nfd')).toBe('?lang=ja&step=nfd');
    expect(searchWithStep('?step=method', 'nfd')).toBe('?step=nfd');
  });
});

const kc = (status?: KataConfigKind['status'], deleting = false): KataConfigKind => ({
  metadata: { name: 'k', ...(deleting ? { deletionTimestamp: 'x' } : {}) },
  spec: { checkNodeEligibility: true },
  ...(status ? { status } : {}),
});
const cond = (status: 'True' | 'False', reason: string) => ({
  conditions: [{ type: 'InProgress', status, reason, message: '', lastTransitionTime: '' }],
});

describe('resumeStep', () => {
  it('a reload during the rollout opens the progress, as information', () => {
    expect(resumeStep({ urlStep: 'apply', kataConfigs: [kc(cond('True', 'Installing'))] })).toEqual(
      {
        step: 'progress',
        notice: 'rollout-in-progress',
      },
    );
    // Just created: the operator has not written a status yet.
    expect(resumeStep({ urlStep: 'prerequisites', kataConfigs: [kc()] }).step).toBe('progress');
  });

  it('a finished KataConfig: the prerequisites say so, unless the admin was on the progress', () => {
    expect(resumeStep({ kataConfigs: [kc(cond('False', ''))] })).toEqual({
      step: 'prerequisites',
      notice: 'kataconfig-exists',
    });
    expect(resumeStep({ urlStep: 'progress', kataConfigs: [kc(cond('False', ''))] })).toEqual({
      step: 'progress',
    });
  });

  it('without a KataConfig: the URL’s step, else the stored one, never past the review', () => {
    expect(resumeStep({ urlStep: 'kataconfig', kataConfigs: [] })).toEqual({ step: 'kataconfig' });
    expect(resumeStep({ stored: { step: 'nfd', draft }, kataConfigs: [] })).toEqual({
      step: 'nfd',
    });
    expect(resumeStep({ urlStep: 'apply', kataConfigs: [] })).toEqual({ step: 'review' });
    expect(resumeStep({ kataConfigs: [] })).toEqual({ step: 'prerequisites' });
  });

  it('isRolloutRunning: stuck with a failure still is; an uninstall is not', () => {
    expect(isRolloutRunning(kc(cond('True', 'Failed')))).toBe(true);
    expect(isRolloutRunning(kc(cond('True', 'Uninstalling'), true))).toBe(false);
  });
});

describe('review and apply gates', () => {
  const ok = { status: 'succeeded' as const, outcome: 'created' as const };
  const bad = { status: 'failed' as const, failure: { kind: 'missing' as const } };

  it('a failed dry run blocks Next until it passes or is knowingly skipped, for this plan only', () => {
    const failed = { planKey: 'A', running: false, results: [ok, bad] };
    expect(dryRunGate('A', failed, undefined)).toBe('failed');
    expect(reviewNextAllowed('failed')).toBe(false);
    expect(dryRunGate('A', failed, 'A')).toBe('skipped');
    expect(reviewNextAllowed('skipped')).toBe(true);
    // The plan changed (the namespace was fixed): the old failure is not this plan's.
    expect(dryRunGate('B', failed, 'A')).toBe('not-run');
    expect(dryRunGate('B', { planKey: 'B', running: false, results: [ok, ok] }, undefined)).toBe(
      'passed',
    );
    expect(dryRunGate('B', { running: true }, undefined)).toBe('running');
    expect(reviewNextAllowed('running')).toBe(false);
    expect(reviewNextAllowed('not-run')).toBe(true);
  });
});
