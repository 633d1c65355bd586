/**
 * Validation of the quantity fields of the calculator and the overhead editor (pure; no React).
 * The user's text is never changed; a field is either valid (with its value) or has an error.
 */
import { parseQuantity } from './quantity';

export type FieldError = 'required' | 'invalid' | 'negative' | 'notWholeNumber' | 'tooLarge';

export type FieldCheck = { value: number | undefined; error: FieldError | undefined };

/** A quantity field: empty is allowed unless `required`; negative values are rejected. */
export const checkQuantity = (raw: string, required: boolean): FieldCheck => {
  if (raw.trim() === '') {
    return { value: undefined, error: required ? 'required' : undefined };
  }
  const value = parseQuantity(raw);
  if (value === undefined) return { value: undefined, error: 'invalid' };
  if (value < 0) return { value: undefined, error: 'negative' };
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

export const checkCalculatorFields = (fields: CalculatorFields): CalculatorChecks => ({
  memoryRequest: checkQuantity(fields.memoryRequest, false),
  memoryLimit: checkQuantity(fields.memoryLimit, false),
  cpuRequest: checkQuantity(fields.cpuRequest, false),
  podCount: checkPodCount(fields.podCount),
});
