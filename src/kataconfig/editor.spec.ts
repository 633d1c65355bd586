import type { KataConfigKind } from '../models';
import {
  checkSave,
  currentDraft,
  initEditor,
  isDirty,
  onlyServerFieldsChanged,
  switchView,
} from './editor';
import { parseKataConfigYaml, toYaml } from './yaml';

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

describe('editor', () => {
  it('starts clean, without managedFields in the YAML', () => {
    const s = initEditor(loaded);
    expect(isDirty(s, loaded)).toBe(false);
    expect(s.yamlText).not.toContain('managedFields');
    expect(s.yamlText).toContain('extra: 1');
  });

  it('keeps form edits when switching to YAML and back', () => {
    let s = initEditor(loaded);
    s = { ...s, form: { ...s.form, logLevel: 'debug' } };
    s = switchView(s, 'yaml');
    expect(s.view).toBe('yaml');
    expect(s.yamlText).toContain('logLevel: debug');
    s = switchView(s, 'form');
    expect(s.form.logLevel).toBe('debug');
    expect(isDirty(s, loaded)).toBe(true);
  });

  it('keeps YAML-only edits (unknown fields, annotations) after switching to the form', () => {
    let s = switchView(initEditor(loaded), 'yaml');
    const obj = parseKataConfigYaml(s.yamlText).obj;
    s = {
      ...s,
      yamlText: toYaml({
        ...obj,
        metadata: { ...obj?.metadata, annotations: { keep: 'changed' } },
        spec: { ...obj?.spec, checkNodeEligibility: true, extra: 2 },
      }),
    };
    s = switchView(s, 'form');
    expect(s.view).toBe('form');
    expect(s.form.checkNodeEligibility).toBe(true);
    s = { ...s, form: { ...s.form, logLevel: 'warn' } };
    const draft = currentDraft(s).obj;
    expect(draft?.metadata?.annotations).toEqual({ keep: 'changed' });
    expect(draft?.spec).toEqual({
      checkNodeEligibility: true,
      logLevel: 'warn',
      extra: 2,
    });
  });

  it('stays in the YAML view with the text and an error when the YAML does not parse', () => {
    let s = switchView(initEditor(loaded), 'yaml');
    s = { ...s, yamlText: 'spec: [' };
    const next = switchView(s, 'form');
    expect(next.view).toBe('yaml');
    expect(next.yamlText).toBe('spec: [');
    expect(next.yamlError?.code).toBe('yaml-syntax');
  });

  it('saves with the loaded resourceVersion', () => {
    let s = initEditor(loaded);
    s = { ...s, form: { ...s.form, checkNodeEligibility: true } };
    const result = checkSave(s, loaded);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.metadata?.resourceVersion).toBe('10');
    expect(result.ok && result.data.spec?.checkNodeEligibility).toBe(true);
  });

  it('uses the loaded resourceVersion even if the YAML has another', () => {
    let s = switchView(initEditor(loaded), 'yaml');
    s = {
      ...s,
      yamlText: s.yamlText.replace("resourceVersion: '10'", "resourceVersion: '3'"),
    };
    const result = checkSave(s, loaded);
    expect(result.ok && result.data.metadata?.resourceVersion).toBe('10');
  });

  it('blocks saving invalid input', () => {
    let s = initEditor(loaded);
    s = {
      ...s,
      form: { ...s.form, matchLabels: [{ key: 'bad key', value: '' }] },
    };
    const result = checkSave(s, loaded);
    expect(result).toEqual({
      ok: false,
      formErrors: { 'matchLabels.0.key': { code: 'label-key-name-invalid' } },
    });
  });

  it('blocks a YAML that does not parse and a changed name', () => {
    const yaml = switchView(initEditor(loaded), 'yaml');
    expect(checkSave({ ...yaml, yamlText: 'a: [' }, loaded)).toMatchObject({
      ok: false,
      yamlError: { code: 'yaml-syntax' },
    });
    expect(
      checkSave(
        {
          ...yaml,
          yamlText: yaml.yamlText.replace('name: example-kataconfig', 'name: other'),
        },
        loaded,
      ),
    ).toEqual({
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
    const specChange = { ...loaded, spec: { checkNodeEligibility: true } };
    expect(onlyServerFieldsChanged(loaded, specChange)).toBe(false);
  });
});
