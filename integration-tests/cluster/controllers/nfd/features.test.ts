import type { KObject } from '../../types';
import type { Hardware } from '../hardware';
import {
  decodeManaged,
  defaultLabels,
  encodeManaged,
  evaluateExpression,
  legacyRuleMatches,
  legacyRules,
  nodeFeatureRuleLabels,
  nodeFeatures,
  runsNfdWorker,
  supportsLegacyRules,
} from './features';

const hw = (cpuFlags: string[], kernelModules: string[]): Hardware => ({
  cpuFlags,
  kernelModules,
  virtual: false,
});

const node = (os = 'rhcos'): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'worker-0', labels: { 'node.openshift.io/os_id': os } },
  status: {
    nodeInfo: {
      kernelVersion: '5.14.0-427.50.1.el9_4.x86_64',
      osImage: 'Red Hat Enterprise Linux CoreOS 418.94.202501221327-0 (Plow)',
    },
  },
});

const seed: KObject = {
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
         - pciId: { vendor: ["15b3"] }
`,
    },
  },
};

describe('nfd-worker default labels (source/cpu, kernel, system)', () => {
  it('cpu-cpuid minus the default blacklist, vendor, kernel version, os release', () => {
    const labels = defaultLabels(
      nodeFeatures(node(), hw(['SSE4', 'SSE42', 'VMX', 'AVX512F'], ['kvm'])),
    );
    expect(labels).toMatchObject({
      'feature.node.kubernetes.io/cpu-cpuid.VMX': 'true',
      'feature.node.kubernetes.io/cpu-cpuid.AVX512F': 'true',
      'feature.node.kubernetes.io/cpu-model.vendor_id': 'GenuineIntel',
      'feature.node.kubernetes.io/kernel-version.major': '5',
      'feature.node.kubernetes.io/kernel-version.minor': '14',
      'feature.node.kubernetes.io/system-os_release.ID': 'rhcos',
      'feature.node.kubernetes.io/system-os_release.VERSION_ID': '4.18',
    });
    expect(labels).not.toHaveProperty('feature.node.kubernetes.io/cpu-cpuid.SSE4');
    expect(labels).not.toHaveProperty('feature.node.kubernetes.io/cpu-cpuid.SSE42');
  });

  it('runs on workers and on nodes that are not pure masters, Linux only', () => {
    expect(
      runsNfdWorker({ 'kubernetes.io/os': 'linux', 'node-role.kubernetes.io/worker': '' }),
    ).toBe(true);
    expect(
      runsNfdWorker({ 'kubernetes.io/os': 'linux', 'node-role.kubernetes.io/master': '' }),
    ).toBe(false);
    expect(
      runsNfdWorker({
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/master': '',
        'node-role.kubernetes.io/worker': '',
      }),
    ).toBe(true);
    expect(
      runsNfdWorker({ 'kubernetes.io/os': 'windows', 'node-role.kubernetes.io/worker': '' }),
    ).toBe(false);
  });
});

describe('legacy custom rules', () => {
  it.each([
    ['quay.io/openshift/origin-node-feature-discovery:4.10', true],
    ['registry.redhat.io/openshift4/ose-node-feature-discovery:v4.14.0', true],
    ['registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.15', false],
    ['registry.k8s.io/nfd/node-feature-discovery:v0.15.4', true],
    ['registry.k8s.io/nfd/node-feature-discovery:v0.16.0', false],
    ['quay.io/openshift/origin-node-feature-discovery@sha256:0123', false],
    [undefined, false],
  ])('operand %s reads matchOn: %s', (image, expected) => {
    expect(supportsLegacyRules(image)).toBe(expected);
  });

  it('OR over matchOn, AND within; unmodelled matchers never match; a name with / is the label', () => {
    const rules = legacyRules(seed);
    expect(rules.map((r) => r.label)).toEqual([
      'feature.node.kubernetes.io/runtime.kata',
      'feature.node.kubernetes.io/custom-plain',
    ]);
    const f = (flags: string[], mods: string[]) => nodeFeatures(node(), hw(flags, mods));
    expect(legacyRuleMatches(rules[0], f(['SSE4', 'SVM'], ['kvm', 'kvm_amd']))).toBe(true);
    expect(legacyRuleMatches(rules[0], f(['SSE4', 'VMX'], []))).toBe(false);
    expect(legacyRuleMatches(rules[1], f(['SSE4'], []))).toBe(false);
  });
});

describe('NodeFeatureRule (expression.go, rule.go)', () => {
  it.each([
    [{ op: 'In', value: ['5'] }, true, '5', true],
    [{ op: 'NotIn', value: ['5'] }, true, '5', false],
    [{ op: 'InRegexp', value: ['^4\\.1[0-9]$'] }, true, '4.18', true],
    [{ op: 'Gt', value: ['4'] }, true, '5', true],
    [{ op: 'Lt', value: ['4'] }, true, '5', false],
    [{ op: 'Ge', value: ['5.14.0'], type: 'version' }, true, '5.14.0-427', true],
    [{ op: 'GtLt', value: ['1', '9'] }, true, '5', true],
    [{ op: 'GeLe', value: ['5', '9'] }, true, '5', true],
    [{ op: 'IsTrue' }, true, 'true', true],
    [{ op: 'IsFalse' }, true, 'true', false],
    [{ op: 'Exists' }, false, undefined, false],
    [{ op: 'DoesNotExist' }, false, undefined, true],
    [{ op: 'Bogus' }, true, 'x', false],
  ])('%j on present=%s value=%s => %s', (e, present, value, expected) => {
    expect(evaluateExpression(e, present, value)).toBe(expected);
  });

  it('matchAny OR of matchFeatures AND; flag features only match with Exists/DoesNotExist; attributes by value', () => {
    const rule: KObject = {
      apiVersion: 'nfd.k8s-sigs.io/v1alpha1',
      kind: 'NodeFeatureRule',
      metadata: { name: 'r' },
      spec: {
        rules: [
          {
            name: 'kata',
            labels: { 'runtime.kata': 'true' },
            matchAny: [
              {
                matchFeatures: [
                  { feature: 'cpu.cpuid', matchExpressions: { VMX: { op: 'Exists' } } },
                ],
              },
              {
                matchFeatures: [
                  { feature: 'cpu.cpuid', matchExpressions: { SVM: { op: 'Exists' } } },
                ],
              },
            ],
            matchFeatures: [
              { feature: 'kernel.loadedmodule', matchExpressions: { kvm: { op: 'Exists' } } },
            ],
          },
          {
            name: 'in on a flag',
            labels: { never: 'x' },
            matchFeatures: [
              { feature: 'cpu.cpuid', matchExpressions: { VMX: { op: 'In', value: ['true'] } } },
            ],
          },
          {
            name: 'new kernel',
            labels: { 'example.com/new-kernel': 'yes' },
            matchFeatures: [
              {
                feature: 'kernel.version',
                matchExpressions: { major: { op: 'Gt', value: ['4'] } },
              },
            ],
          },
        ],
      },
    };
    expect(nodeFeatureRuleLabels(rule, nodeFeatures(node(), hw(['SVM'], ['kvm'])))).toEqual({
      'feature.node.kubernetes.io/runtime.kata': 'true',
      'example.com/new-kernel': 'yes',
    });
    expect(nodeFeatureRuleLabels(rule, nodeFeatures(node(), hw(['SVM'], [])))).toEqual({
      'example.com/new-kernel': 'yes',
    });
  });

  it('records managed labels with the default prefix stripped', () => {
    const keys = ['feature.node.kubernetes.io/runtime.kata', 'example.com/x'];
    expect(encodeManaged(keys)).toBe('example.com/x,runtime.kata');
    expect(decodeManaged(encodeManaged(keys)).sort()).toEqual([...keys].sort());
  });
});
