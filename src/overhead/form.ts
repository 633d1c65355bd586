/**
 * Validation of the quantity fields of the calculator and the overhead editor (pure; no React).
 * The user's text is never changed; a field is either valid (with its value) or has an error.
 *
 * Beyond the grammar, the rules of k8s.io/apimachinery/pkg/api/resource (quantity.go, math.go):
 * - ParseQuantity caps binary-suffixed values at `maxAllowed` = 2^63-1 (math.go), and what the
 *   scheduler and the kubelet use is `Value()` (bytes) and `MilliValue()` (millicores) as int64:
 *   above those the API would silently keep another number than the one typed, so we refuse.
 * - Pod validation (ValidateResourceRequirements) rejects a limit below the request.
 * - The API accepts "500m" of memory (half a byte) and "2Gi" of CPU (2,147,483,648 cores): valid
 *   quantities, but never what was meant; we refuse them with the unit that was probably meant.
 */
import { parseQuantity, quantitySuffix } from './quantity';

type FieldError =
  | 'required'
  | 'invalid'
  | 'negative'
  | 'notWholeNumber'
  | 'tooLarge'
  | 'outOfRange'
  | 'cpuUnitOnMemory'
  | 'memoryUnitOnCpu'
  | 'limitBelowRequest';

export type FieldCheck = {
  value: number | undefined;
  error: FieldError | undefined;
  /** The suffix the error is about (unit mix-ups), as typed. */
  suffix?: string;
};

export type QuantityKind = 'memory' | 'cpu';

/** int64 bound of Value() (bytes) and MilliValue() (millicores); 2^63 as a float. */
const INT64_LIMIT = 2 ** 63;
/** The largest value of each kind the API represents as typed: bytes, cores. */
const MAX_QUANTITY: Record<QuantityKind, number> = {
  memory: INT64_LIMIT,
  cpu: INT64_LIMIT / 1000,
};

/** Suffixes that scale down (fractions of a unit): CPU style, never meant for bytes. */
const FRACTION_SUFFIXES = new Set(['n', 'u', 'm']);
/** Suffixes of byte counts: binary, or decimal thousands and more; never meant for cores. */
const MEMORY_SUFFIXES = new Set(['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'k', 'M', 'G', 'T', 'P', 'E']);

/**
 * A quantity field of `kind`: empty is allowed unless `required`; negative values, values the
 * API cannot represent and the other kind's units are rejected.
 */
export const checkQuantity = (raw: string, required: boolean, kind: QuantityKind): FieldCheck => {
  if (raw.trim() === '') {
    return { value: undefined, error: required ? 'required' : undefined };
  }
  const value = parseQuantity(raw);
  const suffix = quantitySuffix(raw) ?? '';
  if (value === undefined) return { value: undefined, error: 'invalid' };
  if (value < 0) return { value: undefined, error: 'negative' };
  if (kind === 'memory' && FRACTION_SUFFIXES.has(suffix)) {
    return { value: undefined, error: 'cpuUnitOnMemory', suffix };
  }
  if (kind === 'cpu' && MEMORY_SUFFIXES.has(suffix)) {
    return { value: undefined, error: 'memoryUnitOnCpu', suffix };
  }
  if (value >= MAX_QUANTITY[kind]) return { value: undefined, error: 'outOfRange' };
  return { value, error: undefined };
};

export const MAX_POD_COUNT = 100000;

/** The number of pods: a whole number from 1 to MAX_POD_COUNT. */
export const checkPodCount = (raw: string): FieldCheck => {
  const s = raw.trim();
  if (s === '') return { value: undefined, error: 'required' };
  if (!/^\d+$/.test(s)) return { value: undefined, error: 'notWholeNumber' };
  const value = Number(s);
  if (value < 1) return { value: undefined, error: 'notWholeNumber' };
  if (value > MAX_POD_COUNT) return { value: undefined, error: 'tooLarge' };
  return { value, error: undefined };
};

/** The calculator's fields, as the user typed them. */
export type CalculatorFields = {
  memoryRequest: string;
  memoryLimit: string;
  cpuRequest: string;
  podCount: string;
};

export type CalculatorChecks = Record<keyof CalculatorFields, FieldCheck>;

/** What the calculator starts with: a typical pod (1Gi request, 2Gi limit, 500m), once. */
export const INITIAL_CALCULATOR_FIELDS: CalculatorFields = {
  memoryRequest: '1Gi',
  memoryLimit: '2Gi',
  cpuRequest: '500m',
  podCount: '1',
};

/** A limit below the request is refused, as the API server refuses such a pod. */
const checkLimit = (limit: FieldCheck, request: FieldCheck): FieldCheck =>
  limit.value !== undefined && request.value !== undefined && limit.value < request.value
    ? { value: undefined, error: 'limitBelowRequest' }
    : limit;

export const checkCalculatorFields = (fields: CalculatorFields): CalculatorChecks => {
  const memoryRequest = checkQuantity(fields.memoryRequest, false, 'memory');
  return {
    memoryRequest,
    memoryLimit: checkLimit(checkQuantity(fields.memoryLimit, false, 'memory'), memoryRequest),
    cpuRequest: checkQuantity(fields.cpuRequest, false, 'cpu'),
    podCount: checkPodCount(fields.podCount),
  };
};
