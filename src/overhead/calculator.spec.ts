import { analyseOverhead, calculate, calculatorView, nodeFit } from './calculator';
import type { CalculatorInput, CalculatorNode } from './calculator';

const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

const node: CalculatorNode = {
  name: 'worker-0',
  allocatableMemory: 16 * Gi,
  allocatableCpu: 4,
  allocatablePods: 250,
};

const operatorDefault = { memory: '350Mi', cpu: '250m' };
const documentedDefault = { memory: '500Mi', cpu: '500m' };

const input = (over: Partial<CalculatorInput> = {}): CalculatorInput => ({
  memoryRequest: 1 * Gi,
  memoryLimit: 2 * Gi,
  cpuRequest: 0.5,
  podCount: 3,
  podFixed: operatorDefault,
  nodes: [node],
  ...over,
});

describe('analyseOverhead', () => {
  it.each<
    [string, Record<string, string> | undefined, Partial<ReturnType<typeof analyseOverhead>>]
  >([
    [
      'documented default 500Mi/500m',
      documentedDefault,
      {
        memory: 500 * Mi,
        cpu: 0.5,
        missing: false,
        belowEstimate: false,
        belowEstimateWithFileCache: false,
        differsFromDocumentedDefault: false,
        matchesOperatorDefault: false,
      },
    ],
    [
      'operator default 350Mi/250m',
      operatorDefault,
      {
        memory: 350 * Mi,
        cpu: 0.25,
        belowEstimate: false,
        belowEstimateWithFileCache: true,
        differsFromDocumentedDefault: true,
        matchesOperatorDefault: true,
      },
    ],
    [
      'reduced 100Mi',
      { memory: '100Mi', cpu: '250m' },
      { belowEstimate: true, differsFromDocumentedDefault: true, matchesOperatorDefault: false },
    ],
    [
      'the same value written differently (0.5Gi, 0.5)',
      { memory: '0.5Gi', cpu: '0.5' },
      { memory: 512 * Mi, differsFromDocumentedDefault: true },
    ],
    [
      'the documented default written differently (524288000, 0.5)',
      { memory: '524288000', cpu: '0.5' },
      { differsFromDocumentedDefault: false },
    ],
    [
      'no overhead',
      undefined,
      {
        memory: undefined,
        cpu: undefined,
        missing: true,
        belowEstimate: true,
        differsFromDocumentedDefault: true,
      },
    ],
    ['memory only', { memory: '600Mi' }, { missing: false, cpu: undefined, belowEstimate: false }],
    ['invalid memory', { memory: 'lots', cpu: '1' }, { memory: undefined, belowEstimate: true }],
  ])('%s', (_name, podFixed, expected) => {
    expect(analyseOverhead(podFixed)).toMatchObject(expected);
  });
});

describe('calculate', () => {
  it('follows the documentation: default 2Gi VM + hot-plugged request; requests + podFixed charged', () => {
    const r = calculate(input());
    expect(r.hotPluggedMemory).toBe(1 * Gi);
    expect(r.vmMemory).toBe(3 * Gi);
    expect(r.hostProcessesMemory).toBe(60 * Mi);
    expect(r.estimatedOverheadMemory).toBe(170 * Mi);
    expect(r.chargedMemoryPerPod).toBe(1024 * Mi + 350 * Mi);
    expect(r.cpuRequest).toBe(0.5);
    expect(r.chargedCpuPerPod).toBeCloseTo(0.75);
    expect(r.totalChargedMemory).toBe(3 * 1374 * Mi);
    expect(r.totalChargedCpu).toBeCloseTo(2.25);
    // 16384Mi / 1374Mi = 11.9 -> 11 by memory; 4 / 0.75 = 5.3 -> 5 by CPU
    expect(r.nodes).toEqual([{ ...node, fit: 5, limitedBy: 'cpu' }]);
    expect(r.totalFit).toBe(5);
    expect(r.flags).toEqual({
      noLimit: false,
      overheadBelowEstimate: false,
      overheadDiffersFromDocumentedDefault: true,
      overheadMatchesOperatorDefault: true,
      overheadMissing: false,
    });
  });

  it('with the documented 500Mi/500m: 1524Mi and 1 CPU per pod, 4 pods fit by CPU', () => {
    const r = calculate(input({ podFixed: documentedDefault }));
    expect(r.chargedMemoryPerPod).toBe(1524 * Mi);
    expect(r.chargedCpuPerPod).toBe(1);
    expect(r.nodes[0]).toMatchObject({ fit: 4, limitedBy: 'cpu' });
    expect(r.flags.overheadDiffersFromDocumentedDefault).toBe(false);
  });

  it('no request and no limit: VM keeps its default 2Gi; only podFixed is charged', () => {
    const r = calculate(input({ memoryRequest: undefined, memoryLimit: undefined }));
    expect(r.vmMemory).toBe(2 * Gi);
    expect(r.hotPluggedMemory).toBe(0);
    expect(r.chargedMemoryPerPod).toBe(350 * Mi);
    expect(r.flags.noLimit).toBe(true);
  });

  it('a limit without a request counts as the request (Kubernetes defaulting)', () => {
    const r = calculate(input({ memoryRequest: undefined, memoryLimit: 512 * Mi }));
    expect(r.effectiveMemoryRequest).toBe(512 * Mi);
    expect(r.vmMemory).toBe(2560 * Mi);
    expect(r.flags.noLimit).toBe(false);
  });

  it('gives the VM default as is, even next to exabytes (never 0 B from float subtraction)', () => {
    const r = calculate(input({ memoryRequest: 7 * 1024 ** 6, memoryLimit: undefined }));
    expect(r.vmDefaultMemory).toBe(2 * Gi);
  });

  it('flags a reduced overhead below the estimate', () => {
    const r = calculate(input({ podFixed: { memory: '120Mi', cpu: '100m' } }));
    expect(r.flags.overheadBelowEstimate).toBe(true);
    expect(r.flags.overheadMatchesOperatorDefault).toBe(false);
  });

  it('counts nodes independently and sums the fit', () => {
    const small: CalculatorNode = {
      name: 'small',
      allocatableMemory: 4 * Gi,
      allocatableCpu: 16,
      allocatablePods: 110,
    };
    const r = calculate(input({ nodes: [node, small] }));
    // 4096Mi / 1374Mi = 2.98 -> 2 by memory
    expect(r.nodes[1]).toMatchObject({ name: 'small', fit: 2, limitedBy: 'memory' });
    expect(r.totalFit).toBe(7);
  });

  it('treats zero or negative pod counts as zero', () => {
    expect(calculate(input({ podCount: -2 })).totalChargedMemory).toBe(0);
    expect(calculate(input({ podCount: 2.7 })).totalChargedCpu).toBeCloseTo(1.5);
  });
});

describe('nodeFit', () => {
  it.each<[string, CalculatorNode, number, number, number | undefined, string | undefined]>([
    ['memory bound', node, 8 * Gi, 0.1, 2, 'memory'],
    ['cpu bound', node, 1 * Gi, 1.5, 2, 'cpu'],
    ['pod slots bound', { ...node, allocatablePods: 3 }, 1 * Mi, 0.001, 3, 'pods'],
    ['exact fit counts', node, 4 * Gi, 1, 4, 'memory'],
    ['nothing fits', node, 32 * Gi, 1, 0, 'memory'],
    ['zero charge uses the other resources', node, 0, 1, 4, 'cpu'],
    [
      'unknown allocatable',
      {
        name: 'x',
        allocatableMemory: undefined,
        allocatableCpu: undefined,
        allocatablePods: undefined,
      },
      1,
      1,
      undefined,
      undefined,
    ],
    [
      'nothing charged and no pod limit',
      { ...node, allocatablePods: undefined },
      0,
      0,
      undefined,
      undefined,
    ],
    ['float CPU (3 x 0.1 cores in 0.3)', { ...node, allocatableCpu: 0.3 }, 1, 0.1, 3, 'cpu'],
  ])('%s', (_name, n, memory, cpu, fit, limitedBy) => {
    expect(nodeFit(n, memory, cpu)).toMatchObject({ fit, limitedBy });
  });
});

describe('calculatorView', () => {
  const fields = { memoryRequest: '1Gi', memoryLimit: '2Gi', cpuRequest: '500m', podCount: '3' };

  it('calculates when every field is valid', () => {
    const view = calculatorView(fields, operatorDefault, [node]);
    expect(view.result?.chargedMemoryPerPod).toBe(1024 * Mi + 350 * Mi);
    expect(view.result?.totalChargedMemory).toBe(3 * (1024 + 350) * Mi);
    expect(view.requestBytes).toBe(Gi);
  });

  it('shows no result while a field is invalid, and says which', () => {
    const view = calculatorView({ ...fields, podCount: '0' }, operatorDefault, [node]);
    expect(view.result).toBeUndefined();
    expect(view.checks.podCount.error).toBe('notWholeNumber');
    expect(view.checks.memoryRequest.error).toBeUndefined();
  });

  it('charts the limit as the containers memory when there is no request', () => {
    expect(calculatorView({ ...fields, memoryRequest: '' }, undefined, []).requestBytes).toBe(
      2 * Gi,
    );
  });
});
