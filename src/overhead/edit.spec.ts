import type { RuntimeClassKind } from '../models';
import { initOverheadEdit, overheadEditReducer, overheadEditView } from './edit';

const kata = (memory: string, cpu: string, resourceVersion: string): RuntimeClassKind => ({
  apiVersion: 'node.k8s.io/v1',
  kind: 'RuntimeClass',
  metadata: { name: 'kata', resourceVersion },
  handler: 'kata',
  overhead: { podFixed: { memory, cpu } },
});

describe('the pod overhead editor', () => {
  it('starts from the loaded values and sends nothing until the change is confirmed', () => {
    const s = initOverheadEdit(kata('350Mi', '250m', '42'));
    expect(s).toMatchObject({ memory: '350Mi', cpu: '250m', confirmed: false });
    expect(overheadEditView(s).patch).toBeUndefined();
    const confirmed = overheadEditReducer(s, { type: 'confirm', confirmed: true });
    expect(overheadEditView(confirmed).patch).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '42' },
      { op: 'replace', path: '/overhead/podFixed/memory', value: '350Mi' },
      { op: 'replace', path: '/overhead/podFixed/cpu', value: '250m' },
    ]);
  });

  it('keeps what the user typed and says what is wrong with it; nothing is sent', () => {
    let s = overheadEditReducer(initOverheadEdit(kata('350Mi', '250m', '1')), {
      type: 'confirm',
      confirmed: true,
    });
    s = overheadEditReducer(s, { type: 'memory', value: '2 GB' });
    s = overheadEditReducer(s, { type: 'cpu', value: '' });
    const view = overheadEditView(s);
    expect(s.memory).toBe('2 GB');
    expect(view.memory.error).toBe('invalid');
    expect(view.cpu.error).toBe('required');
    expect(view.patch).toBeUndefined();
  });

  it('warns before Save when the memory is below the estimate (170Mi), and still allows it', () => {
    let s = overheadEditReducer(initOverheadEdit(kata('350Mi', '250m', '1')), {
      type: 'confirm',
      confirmed: true,
    });
    expect(overheadEditView(s).belowEstimate).toBe(false);
    s = overheadEditReducer(s, { type: 'memory', value: '100Mi' });
    expect(overheadEditView(s).belowEstimate).toBe(true);
    expect(overheadEditView(s).patch).toBeDefined();
  });

  it('refuses values the API cannot hold and unit mix-ups', () => {
    let s = overheadEditReducer(initOverheadEdit(kata('350Mi', '250m', '1')), {
      type: 'confirm',
      confirmed: true,
    });
    s = overheadEditReducer(s, { type: 'memory', value: '99999999Ei' });
    s = overheadEditReducer(s, { type: 'cpu', value: '250Mi' });
    const view = overheadEditView(s);
    expect(view.memory.error).toBe('outOfRange');
    expect(view.cpu.error).toBe('memoryUnitOnCpu');
    expect(view.belowEstimate).toBe(false);
    expect(view.patch).toBeUndefined();
  });

  it('sends nothing while saving, and keeps the values and the error when the API refuses', () => {
    let s = overheadEditReducer(initOverheadEdit(kata('350Mi', '250m', '1')), {
      type: 'confirm',
      confirmed: true,
    });
    s = overheadEditReducer(s, { type: 'saving' });
    expect(overheadEditView(s).patch).toBeUndefined();
    s = overheadEditReducer(s, {
      type: 'failed',
      error: { code: 500, message: 'boom', causes: [] },
    });
    expect(s).toMatchObject({ saving: false, memory: '350Mi', error: { code: 500 } });
    expect(overheadEditView(s).stale).toBe(false);
  });

  it('offers to reload after the resourceVersion test failed, and reloads the newer object', () => {
    let s = overheadEditReducer(initOverheadEdit(kata('350Mi', '250m', '1')), {
      type: 'failed',
      error: {
        code: 422,
        message: 'testing value /metadata/resourceVersion failed: test failed',
        causes: [],
      },
    });
    expect(overheadEditView(s).stale).toBe(true);
    s = overheadEditReducer(s, { type: 'reload', rc: kata('400Mi', '300m', '8') });
    expect(s).toMatchObject({ memory: '400Mi', cpu: '300m' });
    expect(s.error).toBeUndefined();
    s = overheadEditReducer(s, { type: 'confirm', confirmed: true });
    expect(overheadEditView(s).patch?.[0]).toEqual({
      op: 'test',
      path: '/metadata/resourceVersion',
      value: '8',
    });
  });
});
