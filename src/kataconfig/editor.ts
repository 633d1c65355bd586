/**
 * The editor's state machine: a form view and a YAML view over one draft object, so unsaved edits
 * survive switching views both ways; and what to send on save. Pure.
 */
import type { KataConfigKind } from '../models';
import { diffValues } from './conflict';
import { applyFormState, hasErrors, toFormState, validateForm } from './form';
import type { FormErrors, KataConfigFormState } from './form';
import { parseKataConfigYaml, toYaml } from './yaml';
import type { YamlParseResult } from './yaml';

export type EditorView = 'form' | 'yaml';

export type EditorState = {
  view: EditorView;
  /** The object the form's values are written onto (the loaded object, or the last parsed YAML). */
  draftBase: KataConfigKind;
  form: KataConfigFormState;
  yamlText: string;
  /** Why the YAML cannot be used (set when switching to the form view or saving fails). */
  yamlError?: NonNullable<YamlParseResult['error']>;
};

/** The loaded object without managedFields (an update that omits them leaves them unchanged). */
const forEditing = (loaded: KataConfigKind): KataConfigKind => {
  if (!loaded.metadata || !('managedFields' in loaded.metadata)) return loaded;
  const metadata = { ...loaded.metadata };
  delete metadata.managedFields;
  return { ...loaded, metadata };
};

export const initEditor = (loaded: KataConfigKind, view: EditorView = 'form'): EditorState => {
  const draftBase = forEditing(loaded);
  return {
    view,
    draftBase,
    form: toFormState(draftBase),
    yamlText: toYaml(draftBase),
  };
};

/** The object the user is editing, or the YAML error that keeps it from being read. */
export const currentDraft = (state: EditorState): YamlParseResult =>
  state.view === 'form'
    ? { obj: applyFormState(state.draftBase, state.form) }
    : parseKataConfigYaml(state.yamlText);

/** Switches views. From YAML, a parse error keeps the YAML view and text, with the error set. */
export const switchView = (state: EditorState, view: EditorView): EditorState => {
  if (view === state.view) return state;
  if (view === 'yaml') {
    return {
      ...state,
      view,
      yamlText: toYaml(applyFormState(state.draftBase, state.form)),
      yamlError: undefined,
    };
  }
  const parsed = parseKataConfigYaml(state.yamlText);
  if (parsed.error) return { ...state, yamlError: parsed.error };
  return {
    ...state,
    view,
    draftBase: parsed.obj,
    form: toFormState(parsed.obj),
    yamlError: undefined,
  };
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
  | { ok: false; yamlError: NonNullable<YamlParseResult['error']> }
  | { ok: false; formErrors: FormErrors }
  | { ok: false; nameChanged: { from: string; to: string } };

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
