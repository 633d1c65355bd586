import {
  checkCalculatorFields,
  checkPodCount,
  checkQuantity,
  INITIAL_CALCULATOR_FIELDS,
} from './form';

describe('checkQuantity', () => {
  it.each<[string, boolean, number | undefined, string | undefined]>([
    ['1Gi', false, 1024 ** 3, undefined],
    [' 250Mi ', true, 250 * 1024 ** 2, undefined],
    ['0', true, 0, undefined],
    ['', false, undefined, undefined],
    ['  ', false, undefined, undefined],
    ['', true, undefined, 'required'],
    ['1 GB', false, undefined, 'invalid'],
    ['1gb', true, undefined, 'invalid'],
    ['-1Gi', false, undefined, 'negative'],
  ])('%j (required %s)', (raw, required, value, error) => {
    expect(checkQuantity(raw, required, 'memory')).toEqual({ value, error });
  });

  it.each<[string, 'memory' | 'cpu', string, string | undefined]>([
    // A fraction of a byte: valid for the API, never meant.
    ['500m', 'memory', 'cpuUnitOnMemory', 'm'],
    ['3u', 'memory', 'cpuUnitOnMemory', 'u'],
    // 2,147,483,648 cores; 2 billion cores.
    ['2Gi', 'cpu', 'memoryUnitOnCpu', 'Gi'],
    ['2G', 'cpu', 'memoryUnitOnCpu', 'G'],
    // Beyond int64: ParseQuantity caps binary values at 2^63-1, Value() cannot hold more.
    ['99999999999999999999Ei', 'memory', 'outOfRange', undefined],
    ['8Ei', 'memory', 'outOfRange', undefined],
    // MilliValue() of 1e308 cores overflows int64.
    ['1e308', 'cpu', 'outOfRange', undefined],
    ['1e16', 'cpu', 'outOfRange', undefined],
  ])('refuses %j as %s: %s', (raw, kind, error, suffix) => {
    expect(checkQuantity(raw, true, kind)).toEqual({
      value: undefined,
      error,
      ...(suffix ? { suffix } : {}),
    });
  });

  it.each<[string, 'memory' | 'cpu', number]>([
    ['7Ei', 'memory', 7 * 1024 ** 6],
    ['512Mi', 'memory', 512 * 1024 ** 2],
    ['1e9', 'memory', 1e9],
    ['500m', 'cpu', 0.5],
    ['2', 'cpu', 2],
    ['9e15', 'cpu', 9e15],
  ])('accepts %j as %s', (raw, kind, value) => {
    expect(checkQuantity(raw, true, kind)).toEqual({ value, error: undefined });
  });
});

describe('checkCalculatorFields', () => {
  it('refuses a memory limit below the request, as the API server refuses the pod', () => {
    const checks = checkCalculatorFields({
      ...INITIAL_CALCULATOR_FIELDS,
      memoryRequest: '4Gi',
      memoryLimit: '1Gi',
    });
    expect(checks.memoryLimit).toEqual({ value: undefined, error: 'limitBelowRequest' });
    expect(checks.memoryRequest.error).toBeUndefined();
  });

  it('accepts a limit equal to the request, and a limit without a request', () => {
    const equal = { ...INITIAL_CALCULATOR_FIELDS, memoryRequest: '2Gi', memoryLimit: '2Gi' };
    expect(checkCalculatorFields(equal).memoryLimit.error).toBeUndefined();
    const noRequest = { ...INITIAL_CALCULATOR_FIELDS, memoryRequest: '', memoryLimit: '1Gi' };
    expect(checkCalculatorFields(noRequest).memoryLimit.error).toBeUndefined();
  });

  it('checks CPU as CPU and memory as memory', () => {
    const swapped = { ...INITIAL_CALCULATOR_FIELDS, memoryRequest: '500m', cpuRequest: '2Gi' };
    const checks = checkCalculatorFields(swapped);
    expect(checks.memoryRequest.error).toBe('cpuUnitOnMemory');
    expect(checks.cpuRequest.error).toBe('memoryUnitOnCpu');
  });
});

describe('checkPodCount', () => {
  it.each<[string, number | undefined, string | undefined]>([
    ['1', 1, undefined],
    [' 10 ', 10, undefined],
    ['100000', 100000, undefined],
    ['', undefined, 'required'],
    ['0', undefined, 'notWholeNumber'],
    ['1.5', undefined, 'notWholeNumber'],
    ['-2', undefined, 'notWholeNumber'],
    ['abc', undefined, 'notWholeNumber'],
    ['100001', undefined, 'tooLarge'],
  ])('%j', (raw, value, error) => {
    expect(checkPodCount(raw)).toEqual({ value, error });
  });
});
