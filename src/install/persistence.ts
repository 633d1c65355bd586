/**
 * Keeping the wizard across Back/Forward, reloads and the plugin's other pages: the step lives in
 * the URL (`?step=`), the answers in sessionStorage (per browser tab, gone with it). What was stored
 * is checked field by field, so an old or edited entry can never break the page; anything odd is
 * dropped for the default. Pure: the page reads and writes the storage and the URL.
 */
import type { KataConfigKind } from '../models';
import type { KataConfigFormState } from '../kataconfig/form';
import { isRecord } from '../shared/guards';
import type { EligibilityMethod } from './plan';
import { initialDraft } from './wizard';
import type { Draft } from './wizard';

export const WIZARD_STORAGE_KEY = 'sandboxed-containers-console-plugin/install-wizard';
const VERSION = 1;

export const WIZARD_STEPS = [
  'prerequisites',
  'method',
  'nfd',
  'kataconfig',
  'review',
  'apply',
  'progress',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const isStep = (v: unknown): v is WizardStep =>
  typeof v === 'string' && (WIZARD_STEPS as readonly string[]).includes(v);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const METHODS: readonly EligibilityMethod[] = ['nfd', 'manual', 'all-workers'];
const MAX_TEXT = 1024;
const text = (v: unknown, fallback: string) =>
  typeof v === 'string' && v.length <= MAX_TEXT ? v : fallback;

const rows = <T>(v: unknown, row: (r: Record<string, unknown>) => T): T[] | undefined =>
  Array.isArray(v) && v.length <= 100 ? v.filter(isRecord).map(row) : undefined;

const decodeKataConfig = (v: unknown, d: KataConfigFormState): KataConfigFormState => {
  if (!isRecord(v)) return d;
  return {
    name: text(v.name, d.name),
    checkNodeEligibility:
      typeof v.checkNodeEligibility === 'boolean' ? v.checkNodeEligibility : d.checkNodeEligibility,
    matchLabels:
      rows(v.matchLabels, (r) => ({ key: text(r.key, ''), value: text(r.value, '') })) ??
      d.matchLabels,
    matchExpressions:
      rows(v.matchExpressions, (r) => ({
        key: text(r.key, ''),
        operator: text(r.operator, 'In'),
        values: text(r.values, ''),
      })) ?? d.matchExpressions,
    // Any string is kept (the form shows its validation error), except absurd lengths.
    logLevel: text(v.logLevel, d.logLevel),
    enablePeerPods: typeof v.enablePeerPods === 'boolean' ? v.enablePeerPods : d.enablePeerPods,
  };
};

/** The draft in a stored entry, every field checked; undefined when it is not a draft at all. */
const decodeDraft = (v: unknown): Draft | undefined => {
  if (!isRecord(v)) return undefined;
  const d = initialDraft();
  const nfd = isRecord(v.nfd) ? v.nfd : {};
  const method = str(v.method);
  const form = str(nfd.form);
  const selection = Array.isArray(v.nodeSelection)
    ? v.nodeSelection.filter((n): n is string => typeof n === 'string')
    : undefined;
  return {
    ...(method && (METHODS as readonly string[]).includes(method)
      ? { method: method as EligibilityMethod }
      : {}),
    nfd: {
      ...(form === 'rule' || form === 'legacy' ? { form } : {}),
      adopt: typeof nfd.adopt === 'boolean' ? nfd.adopt : d.nfd.adopt,
      name: text(nfd.name, d.nfd.name),
      namespace: text(nfd.namespace, d.nfd.namespace),
      image: text(nfd.image, d.nfd.image),
      ruleName: text(nfd.ruleName, d.nfd.ruleName),
    },
    ...(selection ? { nodeSelection: selection } : {}),
    kataConfig: decodeKataConfig(v.kataConfig, d.kataConfig),
  };
};

export type StoredWizard = { step: WizardStep; draft: Draft };

export const encodeWizard = (state: StoredWizard): string =>
  JSON.stringify({ v: VERSION, step: state.step, draft: state.draft });

export const decodeWizard = (raw: string | null | undefined): StoredWizard | undefined => {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.v !== VERSION) return undefined;
  const draft = decodeDraft(parsed.draft);
  if (!draft) return undefined;
  return { step: isStep(parsed.step) ? parsed.step : 'prerequisites', draft };
};

/** The `step` query parameter, when it names a step. */
export const stepFromSearch = (search: string): WizardStep | undefined => {
  const step = new URLSearchParams(search).get('step');
  return isStep(step) ? step : undefined;
};

/** The query string with `step` set, other parameters kept. */
export const searchWithStep = (search: string, step: WizardStep): string => {
  const params = new URLSearchParams(search);
  params.set('step', step);
  return `?${params.toString()}`;
};

export type Resume = {
  step: WizardStep;
  /** Why the wizard opens where it does, when it is not the user's own step. */
  notice?: 'rollout-in-progress' | 'kataconfig-exists';
};

/**
 * The operator is still installing or updating (InProgress True, which includes a stuck `Failed`),
 * or has not reported at all yet (no condition: just created, or waiting for labelled nodes).
 */
export const isRolloutRunning = (kc: KataConfigKind): boolean => {
  if (kc.metadata?.deletionTimestamp) return false;
  const c = kc.status?.conditions?.find((x) => x.type === 'InProgress');
  return !c || c.status === 'True';
};

/**
 * Where the wizard opens. A KataConfig being installed opens the progress (it is the wizard's own
 * rollout, or someone else's: either way there is nothing else to do here); a finished one keeps
 * the prerequisites step, which sends the admin to the KataConfig page. Without a KataConfig the
 * URL's step (else the stored one) is used, but nothing past the review: there is nothing applied.
 */
export const resumeStep = ({
  urlStep,
  stored,
  kataConfigs,
}: {
  urlStep?: WizardStep;
  stored?: StoredWizard;
  kataConfigs: readonly KataConfigKind[];
}): Resume => {
  const kc = kataConfigs.at(0);
  const wanted = urlStep ?? stored?.step ?? 'prerequisites';
  if (kc) {
    if (isRolloutRunning(kc)) return { step: 'progress', notice: 'rollout-in-progress' };
    if (wanted === 'progress') return { step: 'progress' };
    return { step: 'prerequisites', notice: 'kataconfig-exists' };
  }
  if (wanted === 'apply' || wanted === 'progress') return { step: 'review' };
  return { step: wanted };
};
