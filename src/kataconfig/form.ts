/**
 * The KataConfig form model: what the form edits, how it maps to and from the object, and how it
 * is validated. Pure: applyFormState returns a new object and keeps every field the form does not
 * know (unknown spec fields, metadata, status).
 */
import { DEFAULT_KATACONFIG_NAME } from '../models/constants';
import type { KataConfigKind, Selector } from '../models';
import {
  validateDns1123Subdomain,
  validateLabelKey,
  validateLabelValue,
  validateLogLevel,
  validateSelectorRequirement,
} from '../shared/validation';
import type { ValidationError } from '../shared/validation';

export const DEFAULT_LOG_LEVEL = 'info';

export type LabelRow = { key: string; value: string };
/** `values` is the text the user types: comma-separated label values. */
export type ExpressionRow = { key: string; operator: string; values: string };

export type KataConfigFormState = {
  name: string;
  checkNodeEligibility: boolean;
  matchLabels: LabelRow[];
  matchExpressions: ExpressionRow[];
  logLevel: string;
  enablePeerPods: boolean;
};

/** Field paths of errors: `name`, `logLevel`, `matchLabels.<i>.key|value`, `matchExpressions.<i>.key|operator|values`. */
export type FormErrors = Partial<Record<string, ValidationError>>;

export const emptyLabelRow = (): LabelRow => ({ key: '', value: '' });
export const emptyExpressionRow = (): ExpressionRow => ({
  key: '',
  operator: 'In',
  values: '',
});

/** A copy of `rows` with row `index` patched (the selector rows of the form). */
export const updateRow = <Row>(rows: readonly Row[], index: number, patch: Partial<Row>): Row[] =>
  rows.map((row, i) => (i === index ? { ...row, ...patch } : row));

/** A copy of `rows` without row `index`. */
export const removeRow = <Row>(rows: readonly Row[], index: number): Row[] =>
  rows.filter((_row, i) => i !== index);

export const defaultFormState = (): KataConfigFormState => ({
  name: DEFAULT_KATACONFIG_NAME,
  checkNodeEligibility: false,
  matchLabels: [],
  matchExpressions: [],
  logLevel: DEFAULT_LOG_LEVEL,
  enablePeerPods: false,
});

/** Splits the values text of an expression row ("a, b,c") into label values. */
export const parseValues = (text: string): string[] =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const formatValues = (values: readonly string[] | undefined): string => (values ?? []).join(', ');

const isBlankLabelRow = (row: LabelRow) => row.key.trim() === '' && row.value.trim() === '';
const isBlankExpressionRow = (row: ExpressionRow) =>
  row.key.trim() === '' && row.values.trim() === '';

export const toFormState = (obj: KataConfigKind): KataConfigFormState => {
  const spec = obj.spec;
  const selector = spec?.kataConfigPoolSelector ?? undefined;
  return {
    name: obj.metadata?.name ?? '',
    checkNodeEligibility: spec?.checkNodeEligibility === true,
    matchLabels: Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => ({
      key,
      value,
    })),
    matchExpressions: (selector?.matchExpressions ?? []).map((e) => ({
      key: e.key,
      operator: e.operator,
      values: formatValues(e.values),
    })),
    logLevel: spec?.logLevel ?? DEFAULT_LOG_LEVEL,
    enablePeerPods: spec?.enablePeerPods === true,
  };
};

/** The selector the rows describe; undefined when there are no (non-blank) rows. */
export const selectorFromState = (state: KataConfigFormState): Selector | undefined => {
  const labels = state.matchLabels.filter((r) => !isBlankLabelRow(r));
  const exprs = state.matchExpressions.filter((r) => !isBlankExpressionRow(r));
  if (labels.length === 0 && exprs.length === 0) return undefined;
  const selector: Selector = {};
  if (labels.length > 0) {
    selector.matchLabels = Object.fromEntries(labels.map((r) => [r.key.trim(), r.value.trim()]));
  }
  if (exprs.length > 0) {
    selector.matchExpressions = exprs.map((r) => {
      const values = parseValues(r.values);
      const req: { key: string; operator: string; values?: string[] } = {
        key: r.key.trim(),
        operator: r.operator,
      };
      if (r.operator === 'In' || r.operator === 'NotIn' || values.length > 0) req.values = values;
      return req;
    });
  }
  return selector;
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes the form state into a copy of `obj`. Fields whose form value did not change keep their
 * original representation (an unset logLevel stays unset), so an untouched form changes nothing.
 */
export const applyFormState = (obj: KataConfigKind, state: KataConfigFormState): KataConfigKind => {
  const before = toFormState(obj);
  const spec: Record<string, unknown> = { ...(obj.spec ?? {}) };
  if (
    state.checkNodeEligibility !== before.checkNodeEligibility ||
    !('checkNodeEligibility' in spec)
  ) {
    spec.checkNodeEligibility = state.checkNodeEligibility;
  }
  if (state.logLevel !== before.logLevel) spec.logLevel = state.logLevel;
  if (state.enablePeerPods !== before.enablePeerPods) spec.enablePeerPods = state.enablePeerPods;

  const newSelector = selectorFromState(state);
  if (!sameJson(newSelector, selectorFromState(before))) {
    if (newSelector === undefined) {
      delete spec.kataConfigPoolSelector;
    } else {
      const old = obj.spec?.kataConfigPoolSelector ?? {};
      const merged: Record<string, unknown> = { ...old };
      delete merged.matchLabels;
      delete merged.matchExpressions;
      spec.kataConfigPoolSelector = { ...merged, ...newSelector };
    }
  }

  const result: KataConfigKind = {
    ...obj,
    spec: spec as KataConfigKind['spec'],
  };
  if (state.name !== before.name) result.metadata = { ...(obj.metadata ?? {}), name: state.name };
  return result;
};

/** A new KataConfig object (for creation) from the form. */
export const newKataConfig = (state: KataConfigFormState): KataConfigKind =>
  applyFormState(
    {
      apiVersion: 'kataconfiguration.openshift.io/v1',
      kind: 'KataConfig',
      metadata: { name: state.name },
      spec: { checkNodeEligibility: false },
    },
    state,
  );

/** Validates the form. Blank selector rows are ignored (they are not saved). */
export const validateForm = (state: KataConfigFormState): FormErrors => {
  const errors: FormErrors = {};
  const first = (path: string, list: ValidationError[]) => {
    const e = list.at(0);
    if (e) errors[path] = e;
  };
  first('name', validateDns1123Subdomain(state.name));
  first('logLevel', validateLogLevel(state.logLevel));
  const seen = new Set<string>();
  state.matchLabels.forEach((row, i) => {
    if (isBlankLabelRow(row)) return;
    const key = row.key.trim();
    first(`matchLabels.${String(i)}.key`, validateLabelKey(key));
    if (seen.has(key) && !errors[`matchLabels.${String(i)}.key`]) {
      errors[`matchLabels.${String(i)}.key`] = { code: 'label-key-duplicate' };
    }
    seen.add(key);
    first(`matchLabels.${String(i)}.value`, validateLabelValue(row.value.trim()));
  });
  state.matchExpressions.forEach((row, i) => {
    if (isBlankExpressionRow(row) && (row.operator === 'In' || row.operator === 'NotIn')) return;
    const result = validateSelectorRequirement({
      key: row.key.trim(),
      operator: row.operator,
      values: parseValues(row.values),
    });
    first(`matchExpressions.${String(i)}.key`, result.key);
    first(`matchExpressions.${String(i)}.operator`, result.operator);
    first(`matchExpressions.${String(i)}.values`, result.values);
  });
  return errors;
};

export const hasErrors = (errors: FormErrors): boolean =>
  Object.values(errors).some((e) => e !== undefined);

/** Where a form error sits in the YAML, e.g. `spec.kataConfigPoolSelector.matchLabels["a b"]`. */
export const formErrorYamlPath = (field: string, state: KataConfigFormState): string => {
  const [group, index = '', part = ''] = field.split('.');
  const i = Number(index);
  switch (group) {
    case 'name':
      return 'metadata.name';
    case 'logLevel':
      return 'spec.logLevel';
    case 'matchLabels':
      return `spec.kataConfigPoolSelector.matchLabels[${JSON.stringify(state.matchLabels[i]?.key.trim() ?? '')}]`;
    case 'matchExpressions':
      return `spec.kataConfigPoolSelector.matchExpressions[${index}].${part}`;
    default:
      return field;
  }
};
