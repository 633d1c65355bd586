import fc from 'fast-check';
import {
  formatBytes,
  formatCores,
  parseQuantity,
  toCpuQuantityString,
  toQuantityString,
} from './quantity';

const Ki = 1024;
const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

describe('parseQuantity', () => {
  it.each<[string, number]>([
    // binary suffixes
    ['1Ki', Ki],
    ['1Mi', Mi],
    ['2Gi', 2 * Gi],
    ['1Ti', 1024 ** 4],
    ['1Pi', 1024 ** 5],
    ['1Ei', 1024 ** 6],
    ['350Mi', 367001600],
    // as nodes report status.allocatable.memory (read without the regular expression)
    ['257678420Ki', 257678420 * Ki],
    ['0Ki', 0],
    ['007Mi', 7 * Mi],
    ['1234567890123456Ki', 1234567890123456 * Ki],
    ['500Mi', 524288000],
    // decimal suffixes
    ['1n', 1e-9],
    ['5u', 5e-6],
    ['250m', 0.25],
    ['500m', 0.5],
    ['100m', 0.1],
    ['1', 1],
    ['1k', 1000],
    ['1M', 1e6],
    ['1G', 1e9],
    ['1T', 1e12],
    ['1P', 1e15],
    ['1E', 1e18],
    // decimals
    ['1.5Gi', 1.5 * Gi],
    ['0.25', 0.25],
    ['.5', 0.5],
    ['5.', 5],
    ['0.5Mi', 512 * Ki],
    ['1.5k', 1500],
    ['0', 0],
    ['000123', 123],
    // signs
    ['+1', 1],
    ['-1', -1],
    ['-1.5Gi', -1.5 * Gi],
    ['+.5m', 0.0005],
    ['-0', 0],
    // decimal exponents
    ['1e3', 1000],
    ['1E3', 1000],
    ['1e+3', 1000],
    ['1e-3', 0.001],
    ['12E-1', 1.2],
    ['1.5e2', 150],
    ['-2e0', -2],
    // surrounding whitespace is trimmed, as the API server's JSON decoding does
    [' 1Gi ', Gi],
    ['\t250m\n', 0.25],
  ])('parses %j as %d', (input, expected) => {
    expect(parseQuantity(input)).toBe(expected);
  });

  it.each<[unknown]>([
    [''],
    ['   '],
    ['Gi'],
    ['.'],
    ['+'],
    ['-'],
    ['1 Gi'],
    ['1gi'],
    ['1GI'],
    ['1K'],
    ['1KI'],
    ['1Kib'],
    ['1e'],
    ['1e+'],
    ['1e1.5'],
    ['1e3Ki'],
    ['1.5.5'],
    ['1..5'],
    ['--1'],
    ['+-1'],
    ['1,5'],
    ['0x10'],
    ['12abc'],
    ['1mi'],
    ['\uff11Ki'],
    ['1-Ki'],
    ['Infinity'],
    ['NaN'],
    ['1e400'],
    [null],
    [undefined],
    [{}],
    [['1Gi']],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('rejects %j', (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  it('accepts finite numbers as they are', () => {
    expect(parseQuantity(3)).toBe(3);
  });
});

describe('formatBytes', () => {
  it.each<[number, string, string]>([
    [2 * Gi, 'en', '2 GiB'],
    [350 * Mi, 'en', '350 MiB'],
    [1.5 * Gi, 'en', '1.5 GiB'],
    [0, 'en', '0 B'],
    [512, 'en', '512 B'],
    [Ki, 'en', '1 KiB'],
    [1500 * Gi, 'en', '1.46 TiB'],
    [-350 * Mi, 'en', '-350 MiB'],
    [1.5 * Gi, 'de', '1,5 GiB'],
    [2 * Gi, 'ja', '2 GiB'],
    [1023 * Mi, 'en', '1,023 MiB'],
  ])('formats %d bytes in %s as %j', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});

describe('formatCores', () => {
  it.each<[number, string, string]>([
    [0.25, 'en', '250m'],
    [0.5, 'en', '500m'],
    [1, 'en', '1'],
    [1.5, 'en', '1.5'],
    [1.5, 'de', '1,5'],
    [0, 'en', '0'],
    [64, 'ja', '64'],
    [0.0005, 'en', '0.5m'],
  ])('formats %d cores in %s as %j', (cores, locale, expected) => {
    expect(formatCores(cores, locale)).toBe(expected);
  });
});

describe('toQuantityString', () => {
  it.each<[number, string]>([
    [367001600, '350Mi'],
    [524288000, '500Mi'],
    [2 * Gi, '2Gi'],
    [1.5 * Gi, '1536Mi'],
    [Ki, '1Ki'],
    [500000000, '500M'],
    [1000, '1k'],
    [1023, '1023'],
    [0, '0'],
    [100.2, '101'],
  ])('writes %d bytes as %j', (bytes, expected) => {
    expect(toQuantityString(bytes)).toBe(expected);
  });

  it('round-trips through parseQuantity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
        expect(parseQuantity(toQuantityString(bytes))).toBe(bytes);
      }),
    );
  });

  it.each(['350Mi', '2Gi', '1Ki', '500M', '1k', '12345'])('keeps the canonical %j', (q) => {
    expect(toQuantityString(parseQuantity(q) ?? Number.NaN)).toBe(q);
  });
});

describe('toCpuQuantityString', () => {
  it.each<[number, string]>([
    [0.25, '250m'],
    [0.5, '500m'],
    [1, '1'],
    [2, '2'],
    [1.5, '1500m'],
    [0.0001, '1m'],
    [0, '0'],
  ])('writes %d cores as %j', (cores, expected) => {
    expect(toCpuQuantityString(cores)).toBe(expected);
  });

  it.each(['250m', '1', '1500m', '3'])('round-trips %j', (q) => {
    expect(toCpuQuantityString(parseQuantity(q) ?? Number.NaN)).toBe(q);
  });
});
