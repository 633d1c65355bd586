import type { NodeFeatureDiscoveryKind, NodeFeatureRuleKind } from '../models';
import { nfdCsv } from './fixtures.testing';
import { buildKataNodeFeatureRule, buildLegacyNfd, buildNfdInstance } from './forms';
import { kataRuleStatus as statusOf, nodeFeatureRuleHasKataRule } from './carriers';
import type { KataRuleSources } from './carriers';
import { nfdsWithKataRule } from './kataRule';
import { nfdSupport } from './support';

/** The sources as the pages give them: the legacy carriers read from the NFDs' YAML. */
const kataRuleStatus = (s: Omit<KataRuleSources, 'legacy'>) =>
  statusOf({ ...s, legacy: nfdsWithKataRule(s.nfds) });

const KATA = 'feature.node.kubernetes.io/runtime.kata';

const nfr = (rules: unknown): NodeFeatureRuleKind =>
  ({ metadata: { name: 'r', namespace: 'openshift-nfd' }, spec: { rules } }) as NodeFeatureRuleKind;

const exists = (...names: string[]) => Object.fromEntries(names.map((n) => [n, { op: 'Exists' }]));
const alt = (cpu: string[], mods: string[]) => ({
  matchFeatures: [
    { feature: 'cpu.cpuid', matchExpressions: exists(...cpu) },
    { feature: 'kernel.loadedmodule', matchExpressions: exists(...mods) },
  ],
});
const intel = alt(['SSE4', 'VMX'], ['kvm', 'kvm_intel']);
const amd = alt(['SSE4', 'SVM'], ['kvm', 'kvm_amd']);

describe('nodeFeatureRuleHasKataRule', () => {
  it.each([
    [
      'both alternatives',
      [{ name: 'k', labels: { [KATA]: 'true' }, matchAny: [intel, amd] }],
      true,
    ],
    [
      'label without its namespace (NFD adds feature.node.kubernetes.io/)',
      [{ name: 'k', labels: { 'runtime.kata': 'true' }, matchAny: [intel, amd] }],
      true,
    ],
    [
      'without SSE4, with matchName and a common top-level term',
      [
        {
          name: 'k',
          labels: { [KATA]: 'true' },
          matchFeatures: [{ feature: 'kernel.loadedmodule', matchExpressions: exists('kvm') }],
          matchAny: [
            {
              matchFeatures: [
                { feature: 'cpu.cpuid', matchName: { op: 'In', value: ['VMX'] } },
                { feature: 'kernel.loadedmodule', matchExpressions: exists('kvm_intel') },
              ],
            },
            alt(['SVM'], ['kvm_amd']),
          ],
        },
      ],
      true,
    ],
    ['Intel only', [{ name: 'k', labels: { [KATA]: 'true' }, matchAny: [intel] }], false],
    [
      'no kvm modules',
      [{ name: 'k', labels: { [KATA]: 'true' }, matchAny: [alt(['VMX'], []), alt(['SVM'], [])] }],
      false,
    ],
    [
      'only kvm_intel / kvm_amd (they need kvm anyway)',
      [
        {
          name: 'k',
          labels: { [KATA]: 'true' },
          matchAny: [alt(['VMX'], ['kvm_intel']), alt(['SVM'], ['kvm_amd'])],
        },
      ],
      true,
    ],
    [
      'only kvm, not the vendor module',
      [
        {
          name: 'k',
          labels: { [KATA]: 'true' },
          matchAny: [alt(['VMX'], ['kvm']), alt(['SVM'], ['kvm'])],
        },
      ],
      false,
    ],
    ['label false', [{ name: 'k', labels: { [KATA]: 'false' }, matchAny: [intel, amd] }], false],
    ['another label', [{ name: 'k', labels: { other: 'true' }, matchAny: [intel, amd] }], false],
    [
      'DoesNotExist is not a requirement',
      [
        {
          name: 'k',
          labels: { [KATA]: 'true' },
          matchAny: [
            {
              matchFeatures: [
                { feature: 'cpu.cpuid', matchExpressions: { VMX: { op: 'DoesNotExist' } } },
                { feature: 'kernel.loadedmodule', matchExpressions: exists('kvm', 'kvm_intel') },
              ],
            },
            amd,
          ],
        },
      ],
      false,
    ],
    ['no rules', undefined, false],
    ['garbage', [null, 3, 'x'], false],
  ])('%s → %s', (_name, rules, expected) => {
    expect(nodeFeatureRuleHasKataRule(nfr(rules))).toBe(expected);
  });
});

const csv = (version: string) => nfdCsv(version);
const modern = nfdSupport({
  csvs: [csv('4.22.0')],
  ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': true },
});
const v414 = nfdSupport({
  csvs: [csv('4.14.0')],
  ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true },
});
const noCsv = nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true } });

const instance = buildNfdInstance({ name: 'nfd-instance', namespace: 'openshift-nfd' });
const legacy = (image: string): NodeFeatureDiscoveryKind =>
  buildLegacyNfd({ name: 'nfd-kata', namespace: 'openshift-nfd', image });
const rule = (api: 'nfd.k8s-sigs.io' | 'nfd.openshift.io') =>
  buildKataNodeFeatureRule({ name: 'kata-runtime', namespace: 'openshift-nfd', api });

describe('kataRuleStatus', () => {
  it('current cluster: a NodeFeatureRule in nfd.k8s-sigs.io next to an NFD instance is active', () => {
    expect(
      kataRuleStatus({
        nfds: [instance],
        rules: { 'nfd.k8s-sigs.io': [rule('nfd.k8s-sigs.io')] },
        support: modern,
      }),
    ).toEqual({
      carriers: [
        {
          kind: 'rule',
          api: 'nfd.k8s-sigs.io',
          name: 'kata-runtime',
          namespace: 'openshift-nfd',
          effective: true,
        },
      ],
      active: true,
    });
  });

  it('current cluster: the seed’s nfd.yaml without its pinned image labels nothing', () => {
    const seedUnpinned: NodeFeatureDiscoveryKind = {
      ...legacy('x'),
      spec: { workerConfig: legacy('x').spec?.workerConfig },
    };
    expect(kataRuleStatus({ nfds: [seedUnpinned], rules: {}, support: modern })).toEqual({
      carriers: [
        {
          kind: 'legacy',
          name: 'nfd-kata',
          namespace: 'openshift-nfd',
          effective: false,
          reason: 'legacy-not-read',
        },
      ],
      active: false,
    });
  });

  it('the seed’s nfd.yaml pinned to the 4.10 operand still works on a current operator', () => {
    const status = kataRuleStatus({
      nfds: [legacy('quay.io/openshift/origin-node-feature-discovery:4.10')],
      rules: {},
      support: modern,
    });
    expect(status.active).toBe(true);
  });

  it('a NodeFeatureRule in the group the operand does not read is ineffective', () => {
    expect(
      kataRuleStatus({
        nfds: [instance],
        rules: { 'nfd.openshift.io': [rule('nfd.openshift.io')] },
        support: modern,
      }).carriers,
    ).toEqual([expect.objectContaining({ effective: false, reason: 'api-not-read' })]);
    expect(
      kataRuleStatus({
        nfds: [instance],
        rules: { 'nfd.openshift.io': [rule('nfd.openshift.io')] },
        support: v414,
      }).active,
    ).toBe(true);
  });

  it('a NodeFeatureRule without any NFD instance labels nothing', () => {
    expect(
      kataRuleStatus({
        nfds: [],
        rules: { 'nfd.k8s-sigs.io': [rule('nfd.k8s-sigs.io')] },
        support: modern,
      }),
    ).toEqual({
      carriers: [expect.objectContaining({ effective: false, reason: 'no-nfd-instance' })],
      active: false,
    });
  });

  it('an NFD outside the operator’s namespace is ignored by the operator', () => {
    const elsewhere = {
      ...legacy('quay.io/x/nfd:4.10'),
      metadata: { name: 'n', namespace: 'default' },
    };
    expect(kataRuleStatus({ nfds: [elsewhere], rules: {}, support: v414 }).carriers).toEqual([
      expect.objectContaining({ effective: false, reason: 'outside-operator-namespace' }),
    ]);
  });

  it('unknown when the NFD version cannot be told (no CSV, 4.10–4.18 range)', () => {
    const unpinned = { ...legacy('x'), spec: { workerConfig: legacy('x').spec?.workerConfig } };
    expect(kataRuleStatus({ nfds: [unpinned], rules: {}, support: noCsv }).active).toBeUndefined();
    // …but a rule in the only served group is read by any operand of that range.
    expect(
      kataRuleStatus({
        nfds: [instance],
        rules: { 'nfd.openshift.io': [rule('nfd.openshift.io')] },
        support: noCsv,
      }).active,
    ).toBe(true);
  });

  it('no carrier at all: not active', () => {
    expect(
      kataRuleStatus({ nfds: [instance], rules: { 'nfd.k8s-sigs.io': [] }, support: modern }),
    ).toEqual({
      carriers: [],
      active: false,
    });
  });
});
