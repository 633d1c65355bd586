import type { KataConfigKind } from '../models';
import {
  checkSave,
  currentDraft,
  editorReducer,
  initEditor,
  initModel,
  isDirty,
  onlyServerFieldsChanged,
  planReapply,
  planSave,
  showForm,
  showYaml,
} from './editor';
import type { EditorModel, EditorState } from './editor';
import { parseKataConfigYaml, toYaml, yamlCodec } from './yaml';

const loaded: KataConfigKind = {
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: {
    name: 'example-kataconfig',
    resourceVersion: '10',
    managedFields: [{ manager: 'x' }],
    annotations: { keep: 'me' },
  },
  spec: {
    checkNodeEligibility: false,
    logLevel: 'info',
    extra: 1,
  } as KataConfigKind['spec'],
  status: { runtimeClasses: ['kata'] },
};

/** The YAML view of a state (the tests only read yamlText there). */
const yamlOf = (s: EditorState): string => (s.view === 'yaml' ? s.yamlText : '');
const withYamlText = (s: EditorState, yamlText: string): EditorState =>
  s.view === 'yaml' ? { ...s, yamlText } : s;
const edit = (s: EditorState, form: Partial<EditorState['form']>): EditorState => ({
  ...s,
  form: { ...s.form, ...form },
});

describe('editor draft', () => {
  it('starts clean in the form view; the YAML, once opened, has no managedFields', () => {
    const s = initEditor(loaded);
    expect(s.view).toBe('form');
    expect(isDirty(s, loaded)).toBe(false);
    const y = showYaml(s, yamlCodec);
    expect(yamlOf(y)).not.toContain('managedFields');
    expect(yamlOf(y)).toContain('extra: 1');
    expect(isDirty(y, loaded)).toBe(false);
  });

  it('keeps form edits when switching to YAML and back', () => {
    let s = showYaml(edit(initEditor(loaded), { logLevel: 'debug' }), yamlCodec);
    expect(s.view).toBe('yaml');
    expect(yamlOf(s)).toContain('logLevel: debug');
    s = showForm(s);
    expect(s.form.logLevel).toBe('debug');
    expect(isDirty(s, loaded)).toBe(true);
  });

  it('keeps YAML-only edits (unknown fields, annotations) after switching to the form', () => {
    const y = showYaml(initEditor(loaded), yamlCodec);
    const obj = parseKataConfigYaml(yamlOf(y)).obj;
    let s = withYamlText(
      y,
      toYaml({
        ...obj,
        metadata: { ...obj?.metadata, annotations: { keep: 'changed' } },
        spec: { ...obj?.spec, checkNodeEligibility: true, extra: 2 },
      }),
    );
    s = showForm(s);
    expect(s.view).toBe('form');
    expect(s.form.checkNodeEligibility).toBe(true);
    const draft = currentDraft(edit(s, { logLevel: 'warn' })).obj;
    expect(draft?.metadata?.annotations).toEqual({ keep: 'changed' });
    expect(draft?.spec).toEqual({ checkNodeEligibility: true, logLevel: 'warn', extra: 2 });
  });

  it('stays in the YAML view with the text and an error when the YAML does not parse', () => {
    const next = showForm(withYamlText(showYaml(initEditor(loaded), yamlCodec), 'spec: ['));
    expect(next.view).toBe('yaml');
    expect(yamlOf(next)).toBe('spec: [');
    expect(next.view === 'yaml' && next.yamlError?.code).toBe('yaml-syntax');
  });

  it('saves with the loaded resourceVersion, even if the YAML has another', () => {
    const result = checkSave(edit(initEditor(loaded), { checkNodeEligibility: true }), loaded);
    expect(result.ok && result.data.metadata?.resourceVersion).toBe('10');
    expect(result.ok && result.data.spec?.checkNodeEligibility).toBe(true);
    const y = showYaml(initEditor(loaded), yamlCodec);
    const other = withYamlText(
      y,
      yamlOf(y).replace("resourceVersion: '10'", "resourceVersion: '3'"),
    );
    const fromYaml = checkSave(other, loaded);
    expect(fromYaml.ok && fromYaml.data.metadata?.resourceVersion).toBe('10');
  });

  it('blocks invalid input, a YAML that does not parse and a changed name', () => {
    expect(
      checkSave(edit(initEditor(loaded), { matchLabels: [{ key: 'bad key', value: '' }] }), loaded),
    ).toEqual({
      ok: false,
      formErrors: { 'matchLabels.0.key': { code: 'label-key-name-invalid' } },
    });
    const y = showYaml(initEditor(loaded), yamlCodec);
    expect(checkSave(withYamlText(y, 'a: ['), loaded)).toMatchObject({
      ok: false,
      yamlError: { code: 'yaml-syntax' },
    });
    const renamed = withYamlText(y, yamlOf(y).replace('name: example-kataconfig', 'name: other'));
    expect(checkSave(renamed, loaded)).toEqual({
      ok: false,
      nameChanged: { from: 'example-kataconfig', to: 'other' },
    });
  });

  it('tells status-only updates from real changes', () => {
    const statusOnly = {
      ...loaded,
      metadata: { ...loaded.metadata, resourceVersion: '11' },
      status: {},
    };
    expect(onlyServerFieldsChanged(loaded, statusOnly)).toBe(true);
    expect(
      onlyServerFieldsChanged(loaded, { ...loaded, spec: { checkNodeEligibility: true } }),
    ).toBe(false);
  });
});

describe('editor save cycle', () => {
  const v = (
    resourceVersion: string,
    spec: KataConfigKind['spec'] = loaded.spec,
  ): KataConfigKind => ({
    ...loaded,
    metadata: { ...loaded.metadata, resourceVersion },
    spec,
  });
  const editing = (m: EditorModel, form: Partial<EditorState['form']>): EditorModel =>
    editorReducer(m, { type: 'edit-form', form: { ...m.draft.form, ...form } });

  it('follows the watch while nothing is unsaved, and pins the version once edited', () => {
    let m = editorReducer(initModel(loaded), { type: 'watched', obj: v('11') });
    expect(m.base.metadata?.resourceVersion).toBe('11');
    m = editing(m, { logLevel: 'debug' });
    m = editorReducer(m, { type: 'watched', obj: v('12') });
    expect(m.base.metadata?.resourceVersion).toBe('11');
    expect(m.watched.metadata?.resourceVersion).toBe('12');
    expect(m.draft.form.logLevel).toBe('debug');
  });

  it('refuses invalid drafts with what blocks them, and sends valid ones', () => {
    const bad = editing(initModel(loaded), { matchLabels: [{ key: 'bad key', value: '' }] });
    const refused = planSave(bad);
    expect(refused.blocked).toMatchObject({ ok: false, formErrors: expect.any(Object) as object });
    const good = planSave(editing(initModel(loaded), { logLevel: 'debug' }));
    expect(good.blocked).toBeUndefined();
    expect(!good.blocked && good.data.spec?.logLevel).toBe('debug');
    expect(!good.blocked && good.data.metadata?.resourceVersion).toBe('10');
  });

  it('re-applies on the newest version when only the status moved on the server', () => {
    let m = editing(initModel(loaded), { logLevel: 'debug' });
    m = editorReducer(m, { type: 'watched', obj: { ...v('15'), status: {} } });
    const plan = planSave(m);
    expect(!plan.blocked && plan.data.metadata?.resourceVersion).toBe('15');
    expect(!plan.blocked && plan.data.spec?.logLevel).toBe('debug');
  });

  it('after a 409 re-applies my edits on the latest version, my value winning', () => {
    let m = editing(initModel(loaded), { checkNodeEligibility: true });
    const plan = planSave(m);
    if (plan.blocked) throw new Error('blocked');
    m = editorReducer(m, { type: 'saving' });
    expect(m.saving).toBe(true);
    const latest = v('20', { checkNodeEligibility: false, logLevel: 'warn' });
    m = editorReducer(m, { type: 'conflict', mine: plan.data, latest });
    expect(m.saving).toBe(false);
    expect(m.conflict?.latest).toBe(latest);
    const again = planReapply(m);
    expect(again?.blocked).toBeUndefined();
    // Mine: checkNodeEligibility; theirs: logLevel (and `extra` gone), kept.
    expect(again && !again.blocked && again.data.spec).toEqual({
      checkNodeEligibility: true,
      logLevel: 'warn',
    });
    m = editorReducer(m, { type: 'reapply' });
    expect(m.conflict).toBeUndefined();
    expect(m.base).toBe(latest);
    expect(m.draft.form).toMatchObject({ checkNodeEligibility: true, logLevel: 'warn' });
  });

  it('discards the edits for the latest version, and clears everything after a save', () => {
    let m = editing(initModel(loaded), { logLevel: 'trace' });
    m = editorReducer(m, { type: 'conflict', mine: loaded, latest: v('20') });
    m = editorReducer(m, { type: 'reset', obj: v('20') });
    expect(m.conflict).toBeUndefined();
    expect(m.draft.form.logLevel).toBe('info');
    m = editorReducer(editing(m, { logLevel: 'debug' }), { type: 'saved', obj: v('21') });
    expect(m).toMatchObject({
      saving: false,
      saved: true,
      blocked: undefined,
      conflict: undefined,
    });
    expect(m.base.metadata?.resourceVersion).toBe('21');
    expect(editing(m, { logLevel: 'warn' }).saved).toBe(false);
  });

  it('keeps the YAML view across a reset, and YAML edits only in the YAML view', () => {
    let m = editorReducer(initModel(loaded), { type: 'edit-yaml', text: 'ignored' });
    expect(m.draft.view).toBe('form');
    m = editorReducer(m, { type: 'show-yaml', yaml: yamlCodec });
    m = editorReducer(m, { type: 'edit-yaml', text: 'spec: [' });
    expect(planSave(m).blocked).toMatchObject({ yamlError: { code: 'yaml-syntax' } });
    m = editorReducer(m, { type: 'reset', obj: loaded });
    expect(m.draft.view).toBe('yaml');
    expect(yamlOf(m.draft)).toContain('name: example-kataconfig');
  });
});
