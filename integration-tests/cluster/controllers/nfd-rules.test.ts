import type { KObject } from '../types';
import type { Hardware } from './hardware';
import { kataFailure } from './hardware';
import {
  decodeManaged,
  featureLabeler,
  encodeManaged,
  labelsFromNodeFeatureRule,
  rulesFromNfd,
  ruleMatches,
} from './nfd-rules';

const hw = (
  cpuFlags: string[],
  kernelModules: string[],
  extra: Partial<Hardware> = {},
): Hardware => ({
  cpuFlags,
  kernelModules,
  virtual: false,
  kataFails: false,
  ...extra,
});

const seedNfd: KObject = {
  apiVersion: 'nfd.openshift.io/v1',
  kind: 'NodeFeatureDiscovery',
  metadata: { name: 'nfd-kata', namespace: 'openshift-nfd' },
  spec: {
    workerConfig: {
      configData: `sources:
   custom:
     - name: "feature.node.kubernetes.io/runtime.kata"
       matchOn:
         - cpuId: ["SSE4", "VMX"]
           loadedKMod: ["kvm", "kvm_intel"]
         - cpuId: ["SSE4", "SVM"]
           loadedKMod: ["kvm", "kvm_amd"]
     - name: plain
       matchOn:
         - cpuId: ["SSE4"]
`,
    },
  },
};

describe('rulesFromNfd', () => {
  it('reads the seed rule with its full label name; short names get the custom- prefix', () => {
    const rules = rulesFromNfd(seedNfd);
    expect(rules.map((r) => r.label)).toEqual([
      'feature.node.kubernetes.io/runtime.kata',
      'feature.node.kubernetes.io/custom-plain',
    ]);
    expect(rules[0].matchOn).toHaveLength(2);
  });

  it('ignores missing or broken configData', () => {
    expect(rulesFromNfd({ ...seedNfd, spec: {} })).toEqual([]);
    expect(
      rulesFromNfd({
        ...seedNfd,
        spec: { workerConfig: { configData: ': : :' } },
      }),
    ).toEqual([]);
  });
});

describe('ruleMatches (ANY matchOn entry with ALL cpuIds and ALL modules)', () => {
  const [kata] = rulesFromNfd(seedNfd);
  it.each([
    [['SSE4', 'VMX'], ['kvm', 'kvm_intel'], true],
    [['SSE4', 'SVM'], ['kvm', 'kvm_amd'], true],
    [['SSE4', 'VMX'], ['kvm'], false],
    [['SSE4', 'VMX'], [], false],
    [['VMX'], ['kvm', 'kvm_intel'], false],
    [['SSE4', 'SVM'], ['kvm', 'kvm_intel'], false],
    [['SSE4'], [], false],
  ])('cpu %j modules %j => %s', (flags, mods, expected) => {
    expect(ruleMatches(kata, hw(flags, mods))).toBe(expected);
  });
});

describe('featureLabeler', () => {
  it('labels cpuid flags and matching rules only when an NFD exists', () => {
    expect(featureLabeler([], [])(hw(['SSE4', 'VMX'], ['kvm', 'kvm_intel']))).toEqual({});
    expect(featureLabeler([seedNfd], [])(hw(['SSE4', 'VMX'], ['kvm', 'kvm_intel']))).toEqual({
      'feature.node.kubernetes.io/cpu-cpuid.SSE4': 'true',
      'feature.node.kubernetes.io/cpu-cpuid.VMX': 'true',
      'feature.node.kubernetes.io/runtime.kata': 'true',
      'feature.node.kubernetes.io/custom-plain': 'true',
    });
  });
});

describe('labelsFromNodeFeatureRule', () => {
  const rule: KObject = {
    apiVersion: 'nfd.k8s-sigs.io/v1alpha1',
    kind: 'NodeFeatureRule',
    metadata: { name: 'r' },
    spec: {
      rules: [
        {
          name: 'virt',
          labels: { virt: 'true' },
          matchAny: [
            {
              matchFeatures: [
                {
                  feature: 'cpu.cpuid',
                  matchExpressions: { VMX: { op: 'Exists' } },
                },
              ],
            },
            {
              matchFeatures: [
                {
                  feature: 'cpu.cpuid',
                  matchExpressions: { SVM: { op: 'Exists' } },
                },
              ],
            },
          ],
          matchFeatures: [
            {
              feature: 'kernel.loadedmodule',
              matchExpressions: { kvm: { op: 'Exists' } },
            },
          ],
        },
      ],
    },
  };
  it.each([
    [['VMX'], ['kvm'], { 'feature.node.kubernetes.io/virt': 'true' }],
    [['SVM'], ['kvm'], { 'feature.node.kubernetes.io/virt': 'true' }],
    [['SVM'], [], {}],
    [['SSE4'], ['kvm'], {}],
  ])('cpu %j modules %j => %j', (flags, mods, expected) => {
    expect(labelsFromNodeFeatureRule(rule, hw(flags, mods))).toEqual(expected);
  });
});

describe('managed-labels annotation', () => {
  it('round-trips with the default prefix stripped', () => {
    const keys = ['feature.node.kubernetes.io/runtime.kata', 'example.com/x'];
    expect(encodeManaged(keys)).toBe('example.com/x,runtime.kata');
    expect(decodeManaged(encodeManaged(keys)).sort()).toEqual([...keys].sort());
  });
});

describe('kataFailure', () => {
  it.each([
    [hw(['SSE4', 'VMX'], ['kvm', 'kvm_intel']), undefined],
    [hw(['SSE4'], ['kvm']), 'the CPU does not expose hardware virtualization extensions (VMX/SVM)'],
    [hw(['VMX'], []), 'the kvm kernel module is not loaded'],
    [
      hw(['VMX'], ['kvm'], { virtual: true }),
      'nested virtualization is not supported: the node is a virtual machine and /dev/kvm is not usable',
    ],
    [hw(['VMX'], ['kvm'], { kataFails: 'custom' }), 'custom'],
  ])('%j => %s', (h, expected) => {
    expect(kataFailure(h)).toBe(expected);
  });
});
