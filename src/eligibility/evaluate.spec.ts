/**
 * @jest-environment node
 */
import fc from 'fast-check';
import type { NodeKind } from '../models';
import { DEFAULT_VM_MEMORY_BYTES, OPERATOR_DEFAULT_OVERHEAD } from '../overhead/memoryModel';
import { parseQuantity } from '../overhead/quantity';
import { evaluateCluster, evaluateNode, explainNode, memoizedEvaluator, rolesOf } from './evaluate';
import { kataConfig, makeNode, nodes, syntheticNodes } from './fixtures';
import type { CheckId, EligibilityContext, HintId, Verdict } from './types';

const bareMetal: EligibilityContext = {
  platform: 'BareMetal',
  nfdInstalled: true,
  nfdPresent: true,
  kataConfig: kataConfig(),
};

const check = (node: NodeKind, id: CheckId, ctx: EligibilityContext = bareMetal) =>
  explainNode(node, ctx).find((c) => c.id === id);

describe('evaluateNode: realistic nodes', () => {
  const cases: [
    string,
    NodeKind,
    EligibilityContext,
    Verdict,
    CheckId | undefined,
    HintId | undefined,
  ][] = [
    ['bare-metal Intel VMX + kvm_intel', nodes.intel, bareMetal, 'eligible', undefined, undefined],
    ['bare-metal AMD SVM + kvm_amd', nodes.amd, bareMetal, 'eligible', undefined, undefined],
    ['RHEL worker', nodes.rhel, bareMetal, 'not-eligible', 'os', 'rhel-not-supported'],
    ['control-plane only', nodes.master, bareMetal, 'not-eligible', 'role', 'not-worker'],
    [
      'compact cluster master that is also a worker',
      nodes.compact,
      bareMetal,
      'eligible',
      undefined,
      undefined,
    ],
    [
      'AWS m5.metal',
      nodes.awsMetal,
      { ...bareMetal, platform: 'AWS' },
      'eligible',
      undefined,
      undefined,
    ],
    [
      'AWS m5.xlarge',
      nodes.awsVirtual,
      { ...bareMetal, platform: 'AWS' },
      'not-eligible',
      'platform',
      'aws-not-metal',
    ],
    [
      'vSphere VM',
      nodes.vsphere,
      { ...bareMetal, platform: 'VSphere' },
      'not-eligible',
      'platform',
      'nested-virtualization',
    ],
    ['not Ready', nodes.notReady, bareMetal, 'not-eligible', 'ready', 'node-not-ready'],
    // Cordoned is a warning (see the tests below): the node is eligible.
    ['cordoned', nodes.cordoned, bareMetal, 'eligible', undefined, undefined],
    [
      'NFD installed, no NodeFeatureDiscovery, no KataConfig',
      nodes.noNfd,
      { platform: 'BareMetal', nfdInstalled: true, nfdPresent: false },
      'unknown',
      'virtualization',
      'create-nfd',
    ],
    [
      'NFD operator missing, no KataConfig',
      nodes.noNfd,
      { platform: 'BareMetal', nfdInstalled: false },
      'unknown',
      'virtualization',
      'install-nfd',
    ],
    [
      'NFD running but has not labelled the node yet',
      nodes.noNfd,
      { platform: 'None', nfdInstalled: true, nfdPresent: true },
      'unknown',
      'virtualization',
      'wait-for-nfd',
    ],
    [
      'manual runtime.kata label only',
      nodes.manualLabel,
      { platform: 'BareMetal', nfdInstalled: false, kataConfig: kataConfig() },
      'eligible',
      undefined,
      undefined,
    ],
    [
      'NFD labels without VMX/SVM',
      nodes.noVirt,
      bareMetal,
      'not-eligible',
      'virtualization',
      'no-hardware-virtualization',
    ],
    ['low memory', nodes.lowMemory, bareMetal, 'not-eligible', 'memory', 'not-enough-memory'],
    ['GCP', nodes.intel, { ...bareMetal, platform: 'GCP' }, 'eligible', undefined, undefined],
  ];

  // The GCP row shows the node's own providerID (baremetalhost://) wins over the platform.
  it.each(cases)('%s', (_title, node, ctx, verdict, failing, hint) => {
    const e = evaluateNode(node, ctx);
    expect(e.verdict).toBe(verdict);
    expect(e.firstFailing?.id).toBe(failing);
    expect(e.firstFailing?.hint).toBe(hint);
    expect(e.name).toBe(node.metadata?.name);
    expect(explainNode(node, ctx).map((c) => c.id)).toEqual([
      'role',
      'os',
      'platform',
      'virtualization',
      'label',
      'ready',
      'schedulable',
      'memory',
    ]);
  });

  it('fails another cloud provider as unsupported when the node has no providerID', () => {
    const node = makeNode({ name: 'gcp-0', labels: { 'node-role.kubernetes.io/worker': '' } });
    expect(check(node, 'platform', { ...bareMetal, platform: 'GCP' })).toMatchObject({
      status: 'fail',
      hint: 'cloud-not-supported',
    });
    expect(check(node, 'platform', { ...bareMetal, platform: 'OpenStack' })?.hint).toBe(
      'nested-virtualization',
    );
    expect(check(node, 'platform', { ...bareMetal, platform: 'KubeVirt' })?.hint).toBe(
      'nested-virtualization',
    );
    expect(check(node, 'platform', { ...bareMetal, platform: 'Azure' })?.hint).toBe(
      'cloud-not-supported',
    );
  });

  it('is unknown about the platform when neither Infrastructure nor providerID says', () => {
    const node = makeNode({ name: 'x' });
    expect(check(node, 'platform', { nfdInstalled: true })).toMatchObject({
      status: 'unknown',
      hint: 'platform-unreported',
    });
    expect(
      check({ ...node, spec: { providerID: 'vsphere://abc' } }, 'platform', { nfdInstalled: true })
        ?.status,
    ).toBe('fail');
  });

  it('treats an AWS node without instance type as unknown', () => {
    const node = makeNode({ name: 'x', providerID: 'aws:///us-east-1a/i-1' });
    expect(check(node, 'platform', { nfdInstalled: true })?.status).toBe('unknown');
  });

  it('reads the OS from osImage when the os_id label is missing', () => {
    const rhcos = makeNode({ name: 'a' });
    const rhel = makeNode({ name: 'b', osImage: 'Red Hat Enterprise Linux 9.4 (Plow)' });
    const ubuntu = makeNode({ name: 'c', osImage: 'Ubuntu 22.04.4 LTS' });
    expect(check(rhcos, 'os')).toMatchObject({
      status: 'pass',
      evidence: [{ source: 'field', key: 'status.nodeInfo.osImage' }],
    });
    expect(check(rhel, 'os')).toMatchObject({ status: 'fail', hint: 'rhel-not-supported' });
    expect(check(ubuntu, 'os')).toMatchObject({ status: 'fail', hint: 'os-not-supported' });
    expect(check({ metadata: { name: 'd' } }, 'os')).toMatchObject({
      status: 'unknown',
      hint: 'os-unreported',
    });
  });

  it('explains the label check for each checkNodeEligibility setting', () => {
    expect(check(nodes.noNfd, 'label', bareMetal)).toMatchObject({
      status: 'fail',
      hint: 'apply-kata-label',
    });
    expect(check(nodes.intel, 'label', bareMetal)).toMatchObject({
      status: 'pass',
      evidence: [
        { source: 'label', key: 'feature.node.kubernetes.io/runtime.kata', value: 'true' },
        { source: 'field', key: 'KataConfig spec.checkNodeEligibility', value: 'true' },
      ],
    });
    const allWorkers = { ...bareMetal, kataConfig: kataConfig({ checkNodeEligibility: false }) };
    expect(check(nodes.noNfd, 'label', allWorkers)).toMatchObject({
      status: 'pass',
      hint: 'all-workers-targeted',
    });
    expect(check(nodes.noNfd, 'label', { ...bareMetal, kataConfig: undefined })).toMatchObject({
      status: 'not-applicable',
      hint: 'label-not-required-yet',
    });
  });

  it('compares allocatable memory with the pod overhead plus the default VM memory', () => {
    const need = (parseQuantity(OPERATOR_DEFAULT_OVERHEAD.memory) ?? 0) + DEFAULT_VM_MEMORY_BYTES;
    expect(check(nodes.lowMemory, 'memory')?.memory).toEqual({
      allocatableBytes: 2000 * 1024 * 1024,
      requiredBytes: need,
    });
    const justEnough = makeNode({ name: 'x', memory: '2398Mi' });
    expect(check(justEnough, 'memory')?.status).toBe('pass');
    expect(check(justEnough, 'memory', { ...bareMetal, podOverheadMemory: '500Mi' })?.status).toBe(
      'fail',
    );
    expect(check(makeNode({ name: 'y', memory: 'lots' }), 'memory')).toMatchObject({
      status: 'unknown',
      hint: 'memory-unreported',
    });
  });

  it('is unknown about readiness when the node reports no Ready condition', () => {
    expect(check({ metadata: { name: 'x' }, status: { conditions: [] } }, 'ready')?.status).toBe(
      'unknown',
    );
    expect(check(makeNode({ name: 'u', ready: 'Unknown' }), 'ready')?.status).toBe('fail');
  });

  it('reports the Kata state and whether the KataConfig targets the node', () => {
    const kc = kataConfig(
      {},
      { installed: ['compute-0.example.com'], failedToInstall: ['compute-3.example.com'] },
    );
    const ctx = { ...bareMetal, kataConfig: kc };
    expect(evaluateNode(nodes.intel, ctx)).toMatchObject({
      kataState: 'installed',
      isTarget: true,
    });
    expect(evaluateNode(nodes.notReady, ctx)).toMatchObject({
      kataState: 'failed',
      isTarget: true,
    });
    expect(evaluateNode(nodes.noNfd, ctx)).toMatchObject({
      kataState: 'not-installed',
      isTarget: false,
    });
    expect(evaluateNode(nodes.intel, { ...ctx, kataConfig: undefined }).isTarget).toBe(false);
  });
});

describe('virtualization: the documented rule needs the kvm modules too', () => {
  // compute-0 has VMX; drop the runtime.kata label NFD would have set had kvm_intel been loaded.
  const vmxOnly = Object.fromEntries(
    Object.entries(nodes.intel.metadata?.labels ?? {}).filter(
      ([key]) => key !== 'feature.node.kubernetes.io/runtime.kata',
    ),
  );
  const vmxNoKvm = { ...nodes.intel, metadata: { ...nodes.intel.metadata, labels: vmxOnly } };

  it('fails a VMX node that the deployed kata rule did not label', () => {
    const ctx = { ...bareMetal, nfdKataRule: true };
    expect(check(vmxNoKvm, 'virtualization', ctx)).toMatchObject({
      status: 'fail',
      hint: 'kvm-not-loaded',
    });
    expect(evaluateNode(vmxNoKvm, ctx).verdict).toBe('not-eligible');
  });

  it('passes the same node when the rule labelled it', () => {
    expect(check(nodes.intel, 'virtualization', { ...bareMetal, nfdKataRule: true })).toMatchObject(
      { status: 'pass' },
    );
  });

  it('trusts the CPU flag when no NodeFeatureDiscovery carries the kata rule', () => {
    expect(check(vmxNoKvm, 'virtualization', { ...bareMetal, nfdKataRule: false })).toMatchObject({
      status: 'pass',
    });
  });
});

describe('a cordoned node: a warning, not a verdict', () => {
  const cordoned = (labels: Record<string, string>, extra: { ready?: 'True' | 'False' } = {}) =>
    makeNode({ name: 'w-cordoned', labels, unschedulable: true, ...extra });
  const WORKER = { 'node-role.kubernetes.io/worker': '' };
  const INTEL = {
    'feature.node.kubernetes.io/cpu-cpuid.VMX': 'true',
    'feature.node.kubernetes.io/runtime.kata': 'true',
  };

  it('is eligible when it passes everything else, and carries the warning', () => {
    const e = evaluateNode(nodes.cordoned, bareMetal);
    expect(e.verdict).toBe('eligible');
    expect(e.firstFailing).toBeUndefined();
    expect(e.warning).toEqual({ id: 'schedulable', status: 'warn', hint: 'uncordon-node' });
    expect(check(nodes.cordoned, 'schedulable')).toEqual({
      id: 'schedulable',
      status: 'warn',
      hint: 'uncordon-node',
      evidence: [{ source: 'field', key: 'spec.unschedulable', value: 'true' }],
    });
  });

  it('is not eligible on RHEL: the OS explains it, not the cordon', () => {
    const node = cordoned({ ...WORKER, ...INTEL, 'node.openshift.io/os_id': 'rhel' });
    const e = evaluateNode(node, bareMetal);
    expect(e.verdict).toBe('not-eligible');
    expect(e.firstFailing).toMatchObject({ id: 'os', status: 'fail', hint: 'rhel-not-supported' });
    // The verdict is not eligible: the table names the failure, and the checks still list the cordon.
    expect(e.warning).toBeUndefined();
    expect(check(node, 'schedulable')?.status).toBe('warn');
  });

  it('NotReady still fails (NFD cannot label it); cordoned on top changes nothing', () => {
    const e = evaluateNode(cordoned({ ...WORKER, ...INTEL }, { ready: 'False' }), bareMetal);
    expect(e.verdict).toBe('not-eligible');
    expect(e.firstFailing).toMatchObject({ id: 'ready', hint: 'node-not-ready' });
  });

  it('stays unknown while its hardware is unknown, and keeps the warning', () => {
    const ctx: EligibilityContext = {
      platform: 'BareMetal',
      nfdInstalled: true,
      nfdPresent: false,
    };
    const e = evaluateNode(cordoned(WORKER), ctx);
    expect(e.verdict).toBe('unknown');
    expect(e.firstFailing).toMatchObject({ id: 'virtualization', hint: 'create-nfd' });
    expect(e.warning).toMatchObject({ id: 'schedulable', hint: 'uncordon-node' });
  });

  it('a schedulable node has no warning', () => {
    expect(evaluateNode(nodes.intel, bareMetal).warning).toBeUndefined();
    expect(check(nodes.intel, 'schedulable')?.status).toBe('pass');
  });

  it('counts as eligible in the cluster counts', () => {
    expect(evaluateCluster([nodes.intel, nodes.cordoned], bareMetal).counts).toMatchObject({
      eligible: 2,
      notEligible: 0,
    });
  });
});

describe('evaluateCluster', () => {
  it('counts verdicts and installed nodes', () => {
    const kc = kataConfig(
      {},
      {
        installed: ['compute-0.example.com', 'compute-1.example.com'],
        installing: ['compute-3.example.com'],
      },
    );
    const r = evaluateCluster([nodes.intel, nodes.amd, nodes.rhel, nodes.noNfd, nodes.notReady], {
      platform: 'BareMetal',
      nfdInstalled: false,
      kataConfig: kc,
    });
    expect(r.counts).toEqual({ eligible: 2, notEligible: 3, unknown: 0, installed: 2 });
    expect(r.evaluations.map((e) => e.name)).toEqual([
      'compute-0.example.com',
      'compute-1.example.com',
      'rhel-worker-0.example.com',
      'compute-5.example.com',
      'compute-3.example.com',
    ]);
  });

  // Speed is measured by `npm run bench` (figures, not a pass/fail on a noisy machine); here only
  // the behaviour at that size is asserted.
  it('evaluates 5,000 nodes, every one with a verdict and counts that add up', () => {
    const many = syntheticNodes(5000);
    const r = evaluateCluster(many, bareMetal);
    expect(r.evaluations).toHaveLength(5000);
    const { eligible, notEligible, unknown } = r.counts;
    expect(eligible + notEligible + unknown).toBe(5000);
  });
});

describe('rolesOf', () => {
  it('lists node-role labels', () => {
    expect(rolesOf(nodes.compact)).toEqual(
      ['control-plane', 'master', 'worker'].filter((r) => r !== 'control-plane'),
    );
    expect(rolesOf(nodes.master)).toEqual(['control-plane', 'master']);
    expect(rolesOf(null)).toEqual([]);
  });
});

describe('memoizedEvaluator', () => {
  it('re-evaluates only nodes whose object or resourceVersion changed', () => {
    const evaluate = memoizedEvaluator();
    const list = [nodes.intel, nodes.amd, nodes.notReady];
    const first = evaluate(list, bareMetal);
    // Same objects: every evaluation is reused.
    const second = evaluate([...list], bareMetal);
    second.evaluations.forEach((e, i) => {
      expect(e).toBe(first.evaluations[i]);
    });
    // A watch event replaced one node with a new resourceVersion: only it is re-evaluated.
    const readyAgain = makeNode({
      name: 'compute-3.example.com',
      labels: nodes.notReady.metadata?.labels,
      resourceVersion: '2',
    });
    const third = evaluate([nodes.intel, nodes.amd, readyAgain], bareMetal);
    expect(third.evaluations[0]).toBe(first.evaluations[0]);
    expect(third.evaluations[1]).toBe(first.evaluations[1]);
    expect(third.evaluations[2]).not.toBe(first.evaluations[2]);
    expect(third.evaluations[2].verdict).toBe('eligible');
    expect(third.counts).toEqual({ eligible: 3, notEligible: 0, unknown: 0, installed: 0 });
  });

  it('re-evaluates everything when the context changes', () => {
    const evaluate = memoizedEvaluator();
    const first = evaluate([nodes.intel], bareMetal);
    const second = evaluate([nodes.intel], { ...bareMetal, platform: 'VSphere' });
    expect(second.evaluations[0]).not.toBe(first.evaluations[0]);
    expect(second.evaluations[0].verdict).toBe('eligible'); // providerID baremetalhost:// wins
    const third = evaluate([nodes.noNfd], {
      ...bareMetal,
      kataConfig: kataConfig({ checkNodeEligibility: false }),
    });
    // With checkNodeEligibility: false the unlabelled worker becomes a target.
    expect(evaluate([nodes.noNfd], bareMetal).evaluations[0].isTarget).toBe(false);
    expect(third.evaluations[0].isTarget).toBe(true);
  });
});

describe('evaluateNode is total', () => {
  const verdicts: Verdict[] = ['eligible', 'not-eligible', 'unknown'];

  /** The verdict and explaining check agree with all eight checks (which evaluateNode skips). */
  const assertConsistent = (node: NodeKind, ctx: EligibilityContext) => {
    const e = evaluateNode(node, ctx);
    const checks = explainNode(node, ctx);
    expect(verdicts).toContain(e.verdict);
    expect(checks).toHaveLength(8);
    const explaining =
      checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'unknown');
    expect(e.firstFailing?.id).toBe(explaining?.id);
    expect(e.firstFailing?.status).toBe(explaining?.status);
    expect(e.firstFailing?.hint).toBe(explaining?.hint);
    if (e.verdict === 'eligible') expect(explaining).toBeUndefined();
    // The warning: the first `warn` of a node that fails nothing.
    const warning =
      e.verdict === 'not-eligible' ? undefined : checks.find((c) => c.status === 'warn');
    expect(e.warning?.id).toBe(warning?.id);
    expect(e.warning?.hint).toBe(warning?.hint);
    if (e.verdict === 'not-eligible') expect(explaining?.status).toBe('fail');
    if (e.verdict === 'unknown') expect(explaining?.status).toBe('unknown');
    expect(typeof e.name).toBe('string');
  };

  it('never throws on anything', () => {
    expect(() => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (node, ctx) => {
          assertConsistent(node as NodeKind, ctx as EligibilityContext);
        }),
        { numRuns: 300 },
      );
    }).not.toThrow();
  });

  it('never throws on partial Node shapes', () => {
    const labelKey = fc.constantFrom(
      'node-role.kubernetes.io/worker',
      'node-role.kubernetes.io/master',
      'node.openshift.io/os_id',
      'feature.node.kubernetes.io/cpu-cpuid.VMX',
      'feature.node.kubernetes.io/cpu-cpuid.SVM',
      'feature.node.kubernetes.io/runtime.kata',
      'node.kubernetes.io/instance-type',
      'constructor',
    );
    const node = fc.record(
      {
        metadata: fc.record(
          {
            name: fc.oneof(fc.string(), fc.anything()),
            labels: fc.oneof(
              fc.dictionary(labelKey, fc.oneof(fc.string(), fc.anything())),
              fc.anything(),
            ),
          },
          { requiredKeys: [] },
        ),
        spec: fc.record(
          {
            providerID: fc.oneof(
              fc.constantFrom('aws:///x', 'vsphere://y', 'baremetalhost:///z', '://', ''),
              fc.anything(),
            ),
            unschedulable: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        status: fc.record(
          {
            allocatable: fc.oneof(
              fc.record({
                memory: fc.oneof(fc.constantFrom('1Gi', '8Gi', '-1', '1e400', 'x'), fc.anything()),
              }),
              fc.anything(),
            ),
            conditions: fc.oneof(
              fc.array(
                fc.record(
                  { type: fc.constantFrom('Ready', 'DiskPressure'), status: fc.anything() },
                  { requiredKeys: [] },
                ),
              ),
              fc.anything(),
            ),
            nodeInfo: fc.oneof(
              fc.record({ osImage: fc.oneof(fc.string(), fc.anything()) }),
              fc.anything(),
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    const ctx = fc.record({
      platform: fc.oneof(
        fc.constantFrom('BareMetal', 'None', 'AWS', 'VSphere', 'GCP', 'External'),
        fc.anything(),
      ),
      nfdInstalled: fc.boolean(),
      nfdPresent: fc.option(fc.boolean(), { nil: undefined }),
      kataConfig: fc.oneof(
        fc.constant(undefined),
        fc.anything(),
        fc.constant(kataConfig({}, { installed: ['a'] })),
      ),
      podOverheadMemory: fc.oneof(fc.constant(undefined), fc.string(), fc.constant('350Mi')),
    });
    expect(() => {
      fc.assert(
        fc.property(node, ctx, (n, c) => {
          assertConsistent(n as NodeKind, c as EligibilityContext);
        }),
        { numRuns: 500 },
      );
    }).not.toThrow();
  });

  it('evaluateCluster and memoizedEvaluator accept garbage lists', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (list) => {
        const r = evaluateCluster(list as NodeKind[], { nfdInstalled: false });
        expect(r.evaluations).toHaveLength(list.length);
        expect(memoizedEvaluator()(list as NodeKind[], { nfdInstalled: false }).counts).toEqual(
          r.counts,
        );
      }),
      { numRuns: 100 },
    );
    expect(
      evaluateCluster(null as unknown as NodeKind[], { nfdInstalled: true }).evaluations,
    ).toEqual([]);
  });
});
