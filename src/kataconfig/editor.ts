/**
 * The KataConfig editor as a state machine. Pure: the hook (useKataConfigEditor) performs the API
 * calls these functions decide on. Two layers:
 * - the draft (EditorState): a form view and a YAML view over one draft object, so unsaved edits
 *   survive switching views both ways. The YAML view carries the YAML codec it was opened with:
 *   js-yaml loads when the YAML view first opens, not with the page;
 * - the save cycle (EditorModel, editorReducer): follow the watch while nothing is unsaved, block
 *   what cannot be saved, save with the loaded resourceVersion, and after a 409 show the conflict,
 *   then re-apply the user's edits on the latest version or discard them.
 */
import type { KataConfigKind } from '../models';
import type { ApiError } from '../shared/errors';
import { diffValues, rebaseEdits } from './conflict';
import { applyFormState, hasErrors, toFormState, validateForm } from './form';
import type { FormErrors, KataConfigFormState } from './form';
import type { YamlCodec, YamlParseResult } from './yaml';

export type YamlError = NonNullable<YamlParseResult['error']>;

type Draft = {
  /** The object the form's values are written onto (the loaded object, or the last parsed YAML). */
  draftBase: KataConfigKind;
  form: KataConfigFormState;
};

export type EditorState =
  | (Draft & { view: 'form' })
  | (Draft & {
      view: 'yaml';
      yaml: YamlCodec;
      yamlText: string;
      /** Why the YAML cannot be used (set when switching to the form view fails). */
      yamlError?: YamlError;
    });

/** The loaded object without managedFields (an update that omits them leaves them unchanged). */
const forEditing = (loaded: KataConfigKind): KataConfigKind => {
  if (!loaded.metadata || !('managedFields' in loaded.metadata)) return loaded;
  const metadata = { ...loaded.metadata };
  delete metadata.managedFields;
  return { ...loaded, metadata };
};

/** A fresh draft of `loaded`: in the YAML view when given the codec, else in the form view. */
export const initEditor = (loaded: KataConfigKind, yaml?: YamlCodec): EditorState => {
  const draftBase = forEditing(loaded);
  const form = toFormState(draftBase);
  if (!yaml) return { view: 'form', draftBase, form };
  return { view: 'yaml', draftBase, form, yaml, yamlText: yaml.dump(draftBase) };
};

/** A fresh draft of `obj` in the view the user is in. */
const reinit = (state: EditorState, obj: KataConfigKind): EditorState =>
  initEditor(obj, state.view === 'yaml' ? state.yaml : undefined);

/** The object the user is editing, or the YAML error that keeps it from being read. */
export const currentDraft = (state: EditorState): YamlParseResult =>
  state.view === 'form'
    ? { obj: applyFormState(state.draftBase, state.form) }
    : state.yaml.parse(state.yamlText);

/** To the YAML view, with the form's edits written into the YAML. */
export const showYaml = (state: EditorState, yaml: YamlCodec): EditorState =>
  state.view === 'yaml'
    ? state
    : { ...state, view: 'yaml', yaml, yamlText: yaml.dump(currentDraftOf(state)) };

const currentDraftOf = (state: EditorState & { view: 'form' }): KataConfigKind =>
  applyFormState(state.draftBase, state.form);

/** To the form view; a YAML that does not parse keeps the YAML view and text, with the error set. */
export const showForm = (state: EditorState): EditorState => {
  if (state.view === 'form') return state;
  const parsed = state.yaml.parse(state.yamlText);
  if (parsed.error) return { ...state, yamlError: parsed.error };
  return { view: 'form', draftBase: parsed.obj, form: toFormState(parsed.obj) };
};

const SERVER_FIELDS = [
  'resourceVersion',
  'managedFields',
  'generation',
  'uid',
  'creationTimestamp',
];

const withoutServerFields = (obj: KataConfigKind): unknown => {
  const metadata = Object.fromEntries(
    Object.entries(obj.metadata ?? {}).filter(([k]) => !SERVER_FIELDS.includes(k)),
  );
  return { ...obj, metadata, status: undefined };
};

/** Whether the draft differs from the loaded object in anything the user can change. */
export const isDirty = (state: EditorState, loaded: KataConfigKind): boolean => {
  const draft = currentDraft(state);
  if (!draft.obj) return true;
  return diffValues(withoutServerFields(loaded), withoutServerFields(draft.obj)).length > 0;
};

/** Only status or server-managed metadata differ (e.g. progress updates during an install). */
export const onlyServerFieldsChanged = (a: KataConfigKind, b: KataConfigKind): boolean =>
  diffValues(withoutServerFields(a), withoutServerFields(b)).length === 0;

export type SaveCheck =
  | { ok: true; data: KataConfigKind }
  | { ok: false; yamlError: YamlError }
  | { ok: false; formErrors: FormErrors }
  | { ok: false; nameChanged: { from: string; to: string } };

export type Blocked = Exclude<SaveCheck, { ok: true }>;

/**
 * What to send to k8sUpdate: the draft, validated, with the loaded object's name and
 * resourceVersion. Nothing invalid passes.
 */
export const checkSave = (state: EditorState, loaded: KataConfigKind): SaveCheck => {
  const draft = currentDraft(state);
  if (draft.error) return { ok: false, yamlError: draft.error };
  const loadedName = loaded.metadata?.name ?? '';
  const draftName = draft.obj.metadata?.name ?? loadedName;
  if (draftName !== loadedName) {
    return { ok: false, nameChanged: { from: loadedName, to: draftName } };
  }
  const data: KataConfigKind = {
    ...draft.obj,
    metadata: {
      ...(draft.obj.metadata ?? {}),
      name: loadedName,
      resourceVersion: loaded.metadata?.resourceVersion,
    },
  };
  const formErrors = validateForm(toFormState(data));
  if (hasErrors(formErrors)) return { ok: false, formErrors };
  return { ok: true, data };
};

// ---------------------------------------------------------------------------------------------
// The save cycle
// ---------------------------------------------------------------------------------------------

export type EditorModel = {
  /** The version the user started editing from (pinned while there are unsaved edits). */
  base: KataConfigKind;
  /** The object as the watch last delivered it. */
  watched: KataConfigKind;
  draft: EditorState;
  saving: boolean;
  /** The last save succeeded and nothing was edited since. */
  saved: boolean;
  blocked?: Blocked;
  saveError?: ApiError;
  /** A save met a 409: the user's object and the version now on the server. */
  conflict?: { mine: KataConfigKind; latest: KataConfigKind };
};

export const initModel = (loaded: KataConfigKind): EditorModel => ({
  base: loaded,
  watched: loaded,
  draft: initEditor(loaded),
  saving: false,
  saved: false,
});

/** What a save does now: refuse with what blocks it, or send `data` (loaded as `from`). */
export type SavePlan =
  { blocked: Blocked } | { blocked?: undefined; data: KataConfigKind; from: KataConfigKind };

export const planSave = (m: EditorModel): SavePlan => {
  const check = checkSave(m.draft, m.base);
  if (!check.ok) return { blocked: check };
  // Only status moved on the server since loading: re-apply on the newest version directly.
  const data =
    m.watched.metadata?.resourceVersion !== m.base.metadata?.resourceVersion &&
    onlyServerFieldsChanged(m.base, m.watched)
      ? rebaseEdits(m.base, check.data, m.watched).merged
      : check.data;
  return { data, from: m.base };
};

/**
 * After a 409, the user's edits re-applied on the latest version (the user's value wins where both
 * changed a field), validated again: what to send, or what blocks it.
 */
export const planReapply = (m: EditorModel): SavePlan | undefined => {
  if (!m.conflict) return undefined;
  const { merged } = rebaseEdits(m.base, m.conflict.mine, m.conflict.latest);
  const formErrors = validateForm(toFormState(merged));
  if (hasErrors(formErrors)) return { blocked: { ok: false, formErrors } };
  return { data: merged, from: m.conflict.latest };
};

export type EditorAction =
  | { type: 'watched'; obj: KataConfigKind }
  | { type: 'edit-form'; form: KataConfigFormState }
  | { type: 'edit-yaml'; text: string }
  | { type: 'show-form' }
  | { type: 'show-yaml'; yaml: YamlCodec }
  | { type: 'blocked'; blocked: Blocked }
  | { type: 'saving' }
  | { type: 'saved'; obj: KataConfigKind }
  | { type: 'save-failed'; error: ApiError }
  | { type: 'conflict'; mine: KataConfigKind; latest: KataConfigKind }
  | { type: 'reapply' }
  | { type: 'reset'; obj: KataConfigKind };

/** Back to a clean draft of `obj`, in the same view. */
const resetTo = (m: EditorModel, obj: KataConfigKind): EditorModel => ({
  ...m,
  base: obj,
  draft: reinit(m.draft, obj),
  saving: false,
  saved: false,
  blocked: undefined,
  saveError: undefined,
  conflict: undefined,
});

export const editorReducer = (m: EditorModel, a: EditorAction): EditorModel => {
  switch (a.type) {
    case 'watched':
      if (a.obj === m.watched) return m;
      // Follow the watch while there is nothing unsaved (status updates arrive all the time).
      if (m.saving || m.conflict || isDirty(m.draft, m.base)) return { ...m, watched: a.obj };
      return { ...m, watched: a.obj, base: a.obj, draft: reinit(m.draft, a.obj) };
    case 'edit-form':
      return { ...m, draft: { ...m.draft, form: a.form }, saved: false, blocked: undefined };
    case 'edit-yaml':
      if (m.draft.view !== 'yaml') return m;
      return {
        ...m,
        draft: { ...m.draft, yamlText: a.text, yamlError: undefined },
        saved: false,
        blocked: undefined,
      };
    case 'show-form':
      return { ...m, draft: showForm(m.draft) };
    case 'show-yaml':
      return { ...m, draft: showYaml(m.draft, a.yaml) };
    case 'blocked':
      return { ...m, blocked: a.blocked, saved: false };
    case 'saving':
      return { ...m, saving: true, saved: false, blocked: undefined, saveError: undefined };
    case 'saved':
      return { ...resetTo(m, a.obj), saved: true };
    case 'save-failed':
      return { ...m, saving: false, saveError: a.error };
    case 'conflict':
      return { ...m, saving: false, conflict: { mine: a.mine, latest: a.latest } };
    case 'reapply': {
      // The user's edits on the latest version; saving them is planReapply's decision.
      if (!m.conflict) return m;
      const { merged } = rebaseEdits(m.base, m.conflict.mine, m.conflict.latest);
      return { ...m, base: m.conflict.latest, draft: reinit(m.draft, merged), conflict: undefined };
    }
    case 'reset':
      return resetTo(m, a.obj);
  }
};
