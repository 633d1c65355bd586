import fc from 'fast-check';
import type { Selector } from '../models';
import { nodes } from './fixtures';
import { isKataTarget, matchesSelector } from './selector';

const labels = { 'node-role.kubernetes.io/worker': '', zone: 'a', tier: 'gold' };

describe('matchesSelector', () => {
  it.each<[string, Selector | null | undefined, Record<string, string> | undefined, boolean]>([
    ['unset selects everything', undefined, labels, true],
    ['null selects everything', null, labels, true],
    ['empty selects everything', {}, labels, true],
    ['empty selects a node without labels', {}, undefined, true],
    ['matchLabels match', { matchLabels: { zone: 'a' } }, labels, true],
    [
      'matchLabels empty value',
      { matchLabels: { 'node-role.kubernetes.io/worker': '' } },
      labels,
      true,
    ],
    ['matchLabels wrong value', { matchLabels: { zone: 'b' } }, labels, false],
    ['matchLabels missing key', { matchLabels: { pool: 'kata' } }, labels, false],
    ['matchLabels on no labels', { matchLabels: { zone: 'a' } }, undefined, false],
    [
      'In',
      { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] },
      labels,
      true,
    ],
    [
      'In, other value',
      { matchExpressions: [{ key: 'zone', operator: 'In', values: ['c'] }] },
      labels,
      false,
    ],
    [
      'In, missing key',
      { matchExpressions: [{ key: 'pool', operator: 'In', values: ['a'] }] },
      labels,
      false,
    ],
    [
      'NotIn',
      { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['b'] }] },
      labels,
      true,
    ],
    [
      'NotIn, listed value',
      { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] },
      labels,
      false,
    ],
    [
      'NotIn, missing key matches',
      { matchExpressions: [{ key: 'pool', operator: 'NotIn', values: ['a'] }] },
      labels,
      true,
    ],
    ['Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels, true],
    ['Exists, missing', { matchExpressions: [{ key: 'pool', operator: 'Exists' }] }, labels, false],
    [
      'DoesNotExist',
      { matchExpressions: [{ key: 'pool', operator: 'DoesNotExist' }] },
      labels,
      true,
    ],
    [
      'DoesNotExist, present',
      { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] },
      labels,
      false,
    ],
    [
      'unknown operator selects nothing',
      { matchExpressions: [{ key: 'zone', operator: 'Equals', values: ['a'] }] },
      labels,
      false,
    ],
    [
      'all requirements are ANDed',
      {
        matchLabels: { zone: 'a' },
        matchExpressions: [{ key: 'tier', operator: 'In', values: ['silver'] }],
      },
      labels,
      false,
    ],
    [
      'inherited properties are not labels',
      { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] },
      {},
      false,
    ],
  ])('%s', (_title, selector, nodeLabels, expected) => {
    expect(matchesSelector(nodeLabels, selector)).toBe(expected);
  });

  it('never throws on malformed selectors or labels', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (l, s) => {
        expect(typeof matchesSelector(l as Record<string, string>, s as Selector)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('isKataTarget', () => {
  it.each([
    ['worker with label, checkNodeEligibility', nodes.intel, { checkNodeEligibility: true }, true],
    [
      'worker without label, checkNodeEligibility',
      nodes.noNfd,
      { checkNodeEligibility: true },
      false,
    ],
    ['worker without label, all workers', nodes.noNfd, { checkNodeEligibility: false }, true],
    ['control plane only', nodes.master, { checkNodeEligibility: false }, false],
    ['compact master+worker', nodes.compact, { checkNodeEligibility: true }, true],
    [
      'pool selector does not match',
      nodes.intel,
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'kata' } } },
      false,
    ],
    [
      'pool selector matches',
      nodes.intel,
      {
        checkNodeEligibility: false,
        kataConfigPoolSelector: {
          matchExpressions: [{ key: 'node.openshift.io/os_id', operator: 'In', values: ['rhcos'] }],
        },
      },
      true,
    ],
  ])('%s', (_t, node, spec, expected) => {
    expect(isKataTarget(node, spec)).toBe(expected);
  });
});
