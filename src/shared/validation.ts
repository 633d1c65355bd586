/**
 * Kubernetes name and label validation, following k8s.io/apimachinery
 * (pkg/util/validation: IsQualifiedName, IsValidLabelValue, IsDNS1123Subdomain;
 * pkg/apis/meta/v1/validation: ValidateLabelSelectorRequirement).
 * Pure: every function returns error codes (no prose); the UI translates them.
 */
import { CRIO_LOG_LEVELS } from '../models/constants';

type ValidationCode =
  | 'required'
  | 'label-key-prefix-empty'
  | 'label-key-prefix-too-long'
  | 'label-key-prefix-invalid'
  | 'label-key-name-empty'
  | 'label-key-name-too-long'
  | 'label-key-name-invalid'
  | 'label-key-too-many-slashes'
  | 'label-key-duplicate'
  | 'label-value-too-long'
  | 'label-value-invalid'
  | 'name-too-long'
  | 'name-invalid'
  | 'operator-invalid'
  | 'values-required'
  | 'values-forbidden'
  | 'log-level-invalid';

export type ValidationError = {
  code: ValidationCode;
  /** The length limit, for *-too-long codes. */
  max?: number;
  /** The offending value, when one value of several is at fault (e.g. one of a requirement's values). */
  value?: string;
};

const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
const QUALIFIED_NAME_MAX_LENGTH = 63;
const LABEL_VALUE_MAX_LENGTH = 63;

const QUALIFIED_NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE_RE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
type SelectorOperator = (typeof SELECTOR_OPERATORS)[number];

const isSelectorOperator = (op: string): op is SelectorOperator =>
  (SELECTOR_OPERATORS as readonly string[]).includes(op);

/**
 * DNS-1123 subdomain: the name of a cluster-scoped custom resource such as a KataConfig
 * (apimachinery NameIsDNSSubdomain); lowercase, <= 253 characters.
 */
export const validateDns1123Subdomain = (value: string): ValidationError[] => {
  if (value === '') return [{ code: 'required' }];
  const errors: ValidationError[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    errors.push({ code: 'name-too-long', max: DNS1123_SUBDOMAIN_MAX_LENGTH });
  }
  if (!DNS1123_SUBDOMAIN_RE.test(value)) errors.push({ code: 'name-invalid' });
  return errors;
};

/** A label key: optional DNS-1123 subdomain prefix and "/", then a name of <= 63 characters. */
export const validateLabelKey = (key: string): ValidationError[] => {
  if (key === '') return [{ code: 'required' }];
  const parts = key.split('/');
  if (parts.length > 2) return [{ code: 'label-key-too-many-slashes' }];
  const errors: ValidationError[] = [];
  let name = key;
  if (parts.length === 2) {
    const [prefix = '', rest = ''] = parts;
    name = rest;
    if (prefix === '') {
      errors.push({ code: 'label-key-prefix-empty' });
    } else {
      if (prefix.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
        errors.push({
          code: 'label-key-prefix-too-long',
          max: DNS1123_SUBDOMAIN_MAX_LENGTH,
        });
      }
      if (!DNS1123_SUBDOMAIN_RE.test(prefix)) errors.push({ code: 'label-key-prefix-invalid' });
    }
  }
  if (name === '') {
    errors.push({ code: 'label-key-name-empty' });
    return errors;
  }
  if (name.length > QUALIFIED_NAME_MAX_LENGTH) {
    errors.push({
      code: 'label-key-name-too-long',
      max: QUALIFIED_NAME_MAX_LENGTH,
    });
  }
  if (!QUALIFIED_NAME_RE.test(name)) errors.push({ code: 'label-key-name-invalid' });
  return errors;
};

/** A label value: empty, or <= 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric. */
export const validateLabelValue = (value: string): ValidationError[] => {
  const errors: ValidationError[] = [];
  if (value.length > LABEL_VALUE_MAX_LENGTH) {
    errors.push({ code: 'label-value-too-long', max: LABEL_VALUE_MAX_LENGTH });
  }
  if (!LABEL_VALUE_RE.test(value)) errors.push({ code: 'label-value-invalid' });
  return errors;
};

export type SelectorRequirementErrors = {
  key: ValidationError[];
  operator: ValidationError[];
  values: ValidationError[];
};

/** One matchExpressions entry: valid key; In/NotIn need values, Exists/DoesNotExist forbid them. */
export const validateSelectorRequirement = (req: {
  key: string;
  operator: string;
  values?: readonly string[];
}): SelectorRequirementErrors => {
  const values = req.values ?? [];
  const result: SelectorRequirementErrors = {
    key: validateLabelKey(req.key),
    operator: [],
    values: [],
  };
  if (!isSelectorOperator(req.operator)) {
    result.operator.push({
      code: req.operator === '' ? 'required' : 'operator-invalid',
    });
  } else {
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) result.values.push({ code: 'values-required' });
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) result.values.push({ code: 'values-forbidden' });
        break;
    }
  }
  for (const value of values) {
    for (const e of validateLabelValue(value)) result.values.push({ ...e, value });
  }
  return result;
};

/** CRI-O log level (`crio --log-level`), the KataConfig's spec.logLevel. */
export const validateLogLevel = (level: string): ValidationError[] =>
  (CRIO_LOG_LEVELS as readonly string[]).includes(level) ? [] : [{ code: 'log-level-invalid' }];
