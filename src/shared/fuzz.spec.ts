/**
 * Property tests of the name/label validators against an independent oracle: the regular
 * expressions of k8s.io/apimachinery/pkg/util/validation (validation.go), written out here as
 * whole-string patterns. A generated string passes our validator exactly when the oracle accepts it
 * (invalid accepted = 0, valid rejected = 0).
 */
import fc from 'fast-check';
import { defaultNfdStepAnswers, nfdStepPlan } from '../nfd/plan';
import { nfdSupport } from '../nfd/support';
import { applyFormState, defaultFormState, validateForm } from '../kataconfig/form';
import { CRIO_LOG_LEVELS } from '../models/constants';
import type { KataConfigKind } from '../models';
import {
  validateDns1123Subdomain,
  validateLabelKey,
  validateLabelValue,
  validateSelectorRequirement,
} from './validation';

// --- Oracle (apimachinery: qualifiedNameFmt, labelValueFmt, dns1123SubdomainFmt, dns1123LabelFmt)
const QN = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const DNS_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS_SUB = `${DNS_LABEL}(\\.${DNS_LABEL})*`;
const oracle = {
  subdomain: (s: string) => s.length <= 253 && new RegExp(`^${DNS_SUB}$`).test(s),
  dnsLabel: (s: string) => s.length <= 63 && new RegExp(`^${DNS_LABEL}$`).test(s),
  labelValue: (s: string) => s === '' || (s.length <= 63 && new RegExp(`^${QN}$`).test(s)),
  qualifiedName: (s: string) => {
    const i = s.indexOf('/');
    const [prefix, name] = i < 0 ? [undefined, s] : [s.slice(0, i), s.slice(i + 1)];
    if (prefix !== undefined && !oracle.subdomain(prefix)) return false;
    return name.length <= 63 && new RegExp(`^${QN}$`).test(name);
  },
};

const RUNS = 5000;
/** Characters that matter to the grammars, plus a few that never belong. */
const ALPHABET = ['a', 'z', 'A', 'Z', '0', '9', '-', '_', '.', '/', ' ', 'é', '日', '\n', ':'];
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength }),
    // Long runs of valid characters, to cross the 63 and 253 limits.
    fc.string({ unit: fc.constantFrom('a', '0', '-', '.'), minLength: 55, maxLength: 300 }),
    fc.string({ maxLength: 20 }),
  );

/** Runs a property and returns how many inputs it tried. */
const check = (arb: fc.Arbitrary<string>, prop: (s: string) => void): number => {
  let tried = 0;
  fc.assert(
    fc.property(arb, (s) => {
      tried += 1;
      prop(s);
    }),
    { numRuns: RUNS },
  );
  return tried;
};

describe('validators agree with the apimachinery oracle', () => {
  it('DNS-1123 subdomain (resource names)', () => {
    const tried = check(text(40), (s) => {
      expect(validateDns1123Subdomain(s).length === 0).toBe(oracle.subdomain(s));
    });
    expect(tried).toBe(RUNS);
  });

  it('label key (qualified name with optional prefix)', () => {
    const tried = check(text(40), (s) => {
      expect(validateLabelKey(s).length === 0).toBe(oracle.qualifiedName(s));
    });
    expect(tried).toBe(RUNS);
  });

  it('label value', () => {
    const tried = check(text(40), (s) => {
      expect(validateLabelValue(s).length === 0).toBe(oracle.labelValue(s));
    });
    expect(tried).toBe(RUNS);
  });

  it('selector requirement values', () => {
    const tried = check(text(20), (s) => {
      const r = validateSelectorRequirement({ key: 'k', operator: 'In', values: [s] });
      expect(r.values.length === 0).toBe(oracle.labelValue(s));
    });
    expect(tried).toBe(RUNS);
  });

  it('install wizard: NodeFeatureDiscovery name (subdomain) and namespace (DNS-1123 label)', () => {
    const tried = check(text(40), (s) => {
      const e = nfdStepPlan(
        { ...defaultNfdStepAnswers(), form: 'legacy', adopt: false, name: s, namespace: s },
        {
          support: nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': false } }),
          nfds: [],
          legacy: [],
          rules: {},
        },
      ).fieldErrors;
      expect(e.name === undefined).toBe(oracle.subdomain(s));
      expect(e.namespace === undefined).toBe(oracle.dnsLabel(s));
    });
    expect(tried).toBe(RUNS);
  });
});

const sentIsValid = (obj: KataConfigKind): boolean => {
  const sel = obj.spec?.kataConfigPoolSelector ?? undefined;
  return (
    oracle.subdomain(obj.metadata?.name ?? '') &&
    Object.entries(sel?.matchLabels ?? {}).every(
      ([k, v]) => oracle.qualifiedName(k) && oracle.labelValue(v),
    ) &&
    (sel?.matchExpressions ?? []).every(
      (e) => oracle.qualifiedName(e.key) && (e.values ?? []).every(oracle.labelValue),
    )
  );
};

describe('KataConfig form (validateForm, applyFormState) against the oracle', () => {
  const row = fc.record({ key: text(20), value: text(20) });
  const state = fc.record({
    name: text(20),
    logLevel: fc.oneof(fc.constantFrom(...CRIO_LOG_LEVELS), fc.string({ maxLength: 6 })),
    labels: fc.array(row, { maxLength: 3 }),
    expr: fc.record({
      key: text(20),
      operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'in', ''),
      values: fc.array(text(10), { maxLength: 3 }),
    }),
  });

  it('a form is valid exactly when every saved field is valid for the API server', () => {
    let tried = 0;
    fc.assert(
      fc.property(state, (s) => {
        tried += 1;
        const form = {
          ...defaultFormState(),
          name: s.name,
          logLevel: s.logLevel,
          matchLabels: s.labels,
          matchExpressions: [{ ...s.expr, values: s.expr.values.join(',') }],
        };
        const errors = validateForm(form);
        const valid = Object.values(errors).every((e) => e === undefined);
        const labels = s.labels.filter((r) => r.key.trim() !== '' || r.value.trim() !== '');
        const keys = labels.map((r) => r.key.trim());
        const values = s.expr.values.map((v) => v.trim()).filter((v) => v !== '');
        const exprBlank =
          s.expr.key.trim() === '' &&
          s.expr.values.join(',').trim() === '' &&
          (s.expr.operator === 'In' || s.expr.operator === 'NotIn');
        const exprValid =
          exprBlank ||
          (oracle.qualifiedName(s.expr.key.trim()) &&
            values.every(oracle.labelValue) &&
            (s.expr.operator === 'In' || s.expr.operator === 'NotIn'
              ? values.length > 0
              : (s.expr.operator === 'Exists' || s.expr.operator === 'DoesNotExist') &&
                values.length === 0));
        const expected =
          oracle.subdomain(s.name) &&
          (CRIO_LOG_LEVELS as readonly string[]).includes(s.logLevel) &&
          labels.every(
            (r) => oracle.qualifiedName(r.key.trim()) && oracle.labelValue(r.value.trim()),
          ) &&
          new Set(keys).size === keys.length &&
          exprValid;
        expect(valid).toBe(expected);
        // What would be sent for a valid form passes the oracle too.
        expect(!valid || sentIsValid(applyFormState({ metadata: { name: 'x' } }, form))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(tried).toBe(RUNS);
  });
});
