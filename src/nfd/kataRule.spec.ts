import { KATA_NFD_CONFIG_DATA } from './configData';
import { configDataHasKataRule, nfdsWithKataRule } from './kataRule';

const rule = (matchOn: string) => `sources:
  custom:
    - name: "feature.node.kubernetes.io/runtime.kata"
      matchOn:
${matchOn}`;

describe('configDataHasKataRule', () => {
  it.each([
    ['the documented configData', KATA_NFD_CONFIG_DATA, true],
    [
      'both alternatives with extra flags and modules',
      rule(`        - cpuId: ["SSE4", "VMX", "AVX"]
          loadedKMod: ["kvm", "kvm_intel", "vhost"]
        - cpuId: ["SSE4", "SVM"]
          loadedKMod: ["kvm", "kvm_amd"]`),
      true,
    ],
    [
      'only the Intel alternative',
      rule(`        - cpuId: ["SSE4", "VMX"]
          loadedKMod: ["kvm", "kvm_intel"]`),
      false,
    ],
    [
      'AMD alternative missing kvm_amd',
      rule(`        - cpuId: ["SSE4", "VMX"]
          loadedKMod: ["kvm", "kvm_intel"]
        - cpuId: ["SSE4", "SVM"]
          loadedKMod: ["kvm"]`),
      false,
    ],
    ['another rule name', KATA_NFD_CONFIG_DATA.replace('runtime.kata', 'runtime.other'), false],
    ['no custom source', 'sources:\n  cpu:\n    cpuid: {}\n', false],
    ['invalid YAML', 'sources: [', false],
    ['a scalar', 'hello', false],
    ['empty', '', false],
    ['undefined', undefined, false],
  ])('%s => %s', (_name, configData, expected) => {
    expect(configDataHasKataRule(configData)).toBe(expected);
  });
});

describe('nfdsWithKataRule', () => {
  it('keeps only the NodeFeatureDiscoveries that carry the rule', () => {
    const withRule = {
      metadata: { name: 'a', namespace: 'openshift-nfd' },
      spec: { workerConfig: { configData: KATA_NFD_CONFIG_DATA } },
    };
    const without = { metadata: { name: 'b', namespace: 'openshift-nfd' }, spec: {} };
    expect(nfdsWithKataRule([without, withRule])).toEqual([withRule]);
  });
});
