import { evaluateCluster } from '../eligibility/evaluate';
import { makeNode, nodes as fx } from '../eligibility/fixtures';
import type { NodeEvaluation } from '../eligibility/types';
import type { KataConfigSpec, NodeKind } from '../models';
import { confirmationOf, reviewNodes, selectAllNames } from './reviewNodes';
import type { ReviewInput } from './reviewNodes';

const WORKER = { 'node-role.kubernetes.io/worker': '', 'node.openshift.io/os_id': 'rhcos' };
const INTEL = {
  'feature.node.kubernetes.io/cpu-cpuid.SSE4': 'true',
  'feature.node.kubernetes.io/cpu-cpuid.VMX': 'true',
};

/** The review before anything is installed: eligibility evaluated on the cluster as it is. */
const review = (
  nodes: NodeKind[],
  o: Partial<Omit<ReviewInput, 'nodes' | 'evaluations' | 'ctx'>> & {
    spec?: KataConfigSpec;
    platform?: string;
  } = {},
) => {
  const ctx = {
    platform: o.platform ?? 'BareMetal',
    nfdInstalled: true,
    nfdPresent: true,
    nfdKataRule: o.kataRuleActive === true,
  };
  const { evaluations } = evaluateCluster(nodes, ctx);
  return reviewNodes({
    ctx,
    method: o.method ?? 'nfd',
    nodes,
    spec: o.spec ?? { checkNodeEligibility: (o.method ?? 'nfd') !== 'all-workers' },
    evaluations: new Map<string, NodeEvaluation>(evaluations.map((e) => [e.name, e])),
    manualNodes: o.manualNodes ?? [],
    kataRuleActive: o.kataRuleActive,
    converged: o.converged ?? false,
  });
};

const names = (r: ReturnType<typeof review>) => r.nodes.map((n) => n.name);

describe('NFD method before NFD has run: never "about 0"', () => {
  const fresh = [
    makeNode({ name: 'w0', labels: WORKER }),
    makeNode({ name: 'w1', labels: WORKER }),
    makeNode({ name: 'w2', labels: WORKER }),
    fx.master,
  ];
  it('every worker is listed, NFD decides for each, the master is not', () => {
    const r = review(fresh);
    expect(names(r)).toEqual(['w0', 'w1', 'w2']);
    expect(r).toMatchObject({ certain: 0, nfdDecides: 3 });
    expect(r.nodes.every((n) => n.certainty === 'nfd-decides' && n.verdict === 'unknown')).toBe(
      true,
    );
  });
});

describe('NFD method once NFD has labelled the hardware (the mixed cluster)', () => {
  const cluster = [
    fx.intel,
    fx.amd,
    fx.noVirt,
    fx.rhel,
    fx.notReady,
    fx.cordoned,
    fx.master,
    fx.noNfd,
  ];

  it('names the workers the rule labels, flags the ones that hold the rollout, leaves out the rest', () => {
    const r = review(cluster);
    expect(new Set(names(r))).toEqual(
      new Set([
        'compute-0.example.com',
        'compute-1.example.com',
        'rhel-worker-0.example.com',
        'compute-3.example.com',
        'compute-4.example.com',
        'compute-5.example.com',
      ]),
    );
    expect(r.notLabelled).toEqual([{ name: 'compute-2.example.com', reason: 'no-virtualization' }]);
    const byName = new Map(r.nodes.map((n) => [n.name, n]));
    expect(byName.get('compute-3.example.com')).toMatchObject({
      verdict: 'not-eligible',
      warnings: ['blocks-not-ready'],
      reason: { id: 'ready', status: 'fail' },
    });
    // Cordoned is eligible (a warning, not a verdict), and still named as holding the rollout.
    expect(byName.get('compute-4.example.com')).toEqual({
      name: 'compute-4.example.com',
      certainty: 'certain',
      verdict: 'eligible',
      warnings: ['blocks-cordoned'],
    });
    expect(byName.get('rhel-worker-0.example.com')).toMatchObject({
      verdict: 'not-eligible',
      warnings: ['not-rhcos'],
      reason: { id: 'os', hint: 'rhel-not-supported' },
    });
    expect(byName.get('compute-5.example.com')?.certainty).toBe('nfd-decides');
    expect(byName.get('compute-0.example.com')).toMatchObject({
      verdict: 'eligible',
      warnings: [],
    });
    expect(r).toMatchObject({ certain: 5, nfdDecides: 1, blocking: 2 });
    // The nodes that hold the rollout come first.
    expect(names(r).slice(0, 3)).toEqual([
      'compute-3.example.com',
      'compute-4.example.com',
      'rhel-worker-0.example.com',
    ]);
  });

  it('with the rule already applied, a VMX node it did not label lacks the kvm modules', () => {
    const vmxUnlabelled = makeNode({ name: 'w-vmx', labels: { ...WORKER, ...INTEL } });
    expect(review([vmxUnlabelled]).nodes.map((n) => n.name)).toEqual(['w-vmx']);
    expect(review([vmxUnlabelled], { kataRuleActive: true }).notLabelled).toEqual([
      { name: 'w-vmx', reason: 'kvm-not-loaded' },
    ]);
  });

  it('NFD has run even where no CPU label survives its blacklist (kernel labels, its annotation)', () => {
    const noCpuLabels = makeNode({
      name: 'w-plain',
      labels: { ...WORKER, 'feature.node.kubernetes.io/kernel-version.major': '5' },
    });
    expect(review([noCpuLabels]).notLabelled).toEqual([
      { name: 'w-plain', reason: 'no-virtualization' },
    ]);
  });

  it('NFD does not run on a NotReady node: it gets no label until it is Ready', () => {
    const down = makeNode({ name: 'w-down', labels: WORKER, ready: 'False' });
    expect(review([down]).notLabelled).toEqual([{ name: 'w-down', reason: 'not-ready' }]);
  });

  it('the pool selector narrows the candidates', () => {
    const zoned = makeNode({ name: 'zoned', labels: { ...WORKER, ...INTEL, zone: 'a' } });
    const other = makeNode({ name: 'other', labels: { ...WORKER, ...INTEL, zone: 'b' } });
    const r = review([zoned, other], {
      spec: { checkNodeEligibility: true, kataConfigPoolSelector: { matchLabels: { zone: 'a' } } },
    });
    expect(names(r)).toEqual(['zoned']);
  });
});

describe('all workers (checkNodeEligibility false)', () => {
  it('every worker, certain; non-metal AWS instances install but Kata pods fail there', () => {
    const r = review([fx.awsMetal, fx.awsVirtual, fx.master], {
      method: 'all-workers',
      platform: 'AWS',
    });
    expect(names(r).sort()).toEqual(['ip-10-0-1-10.ec2.internal', 'ip-10-0-1-11.ec2.internal']);
    expect(r.nodes.find((n) => n.name === 'ip-10-0-1-11.ec2.internal')).toMatchObject({
      certainty: 'certain',
      verdict: 'not-eligible',
      warnings: ['kata-pods-fail'],
    });
    expect(r.certain).toBe(2);
  });
});

describe('manual method', () => {
  it('the chosen nodes plus the ones already labelled (checkNodeEligibility selects every label)', () => {
    const r = review([fx.manualLabel, fx.noVirt, fx.noNfd], {
      method: 'manual',
      manualNodes: ['compute-2.example.com', 'gone', 'master-0.example.com'],
    });
    expect(names(r).sort()).toEqual(['compute-2.example.com', 'compute-6.example.com']);
    expect(r.notLabelled).toEqual([{ name: 'compute-5.example.com', reason: 'not-chosen' }]);
    expect(r.ignoredChoices).toEqual(['gone', 'master-0.example.com']);
    expect(r.nodes.find((n) => n.name === 'compute-2.example.com')?.warnings).toEqual([
      'kata-pods-fail',
    ]);
  });

  it('select all never picks a Not eligible or a cordoned node; picking one asks first', () => {
    const choices = [
      { name: 'a', verdict: 'eligible' as const, holdsRollout: false },
      { name: 'b', verdict: 'not-eligible' as const, holdsRollout: false },
      { name: 'c', verdict: 'unknown' as const, holdsRollout: false },
      { name: 'd', verdict: 'eligible' as const, holdsRollout: true },
      { name: 'e', verdict: 'not-eligible' as const, holdsRollout: true },
    ];
    expect(selectAllNames(choices)).toEqual(['a']);
    expect(choices.map(confirmationOf)).toEqual([
      undefined,
      'not-eligible',
      undefined,
      'holds-rollout',
      // Not eligible says more than cordoned.
      'not-eligible',
    ]);
  });
});

describe('compact cluster', () => {
  it('Kata goes on every master, whatever the selector', () => {
    const m0 = makeNode({
      name: 'm0',
      labels: { ...WORKER, 'node-role.kubernetes.io/master': '' },
    });
    const m1 = makeNode({
      name: 'm1',
      labels: { ...WORKER, 'node-role.kubernetes.io/master': '' },
    });
    const r = review([m0, m1], { converged: true });
    expect(r).toMatchObject({ certain: 2, nfdDecides: 0 });
  });
});
