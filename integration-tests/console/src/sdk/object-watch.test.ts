import { erroredObject, modifyObject, OBJECT_START } from './object-watch';

/** reducers/k8s.ts ModifyObject / Errored for a named-object watch. */
describe('named object watch state', () => {
  const rc = (rv: string, handler = 'kata') => ({
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: 'kata', resourceVersion: rv },
    handler,
  });
  const gone = Object.assign(new Error('runtimeclasses.node.k8s.io "kata" not found'), {
    code: 404,
  });

  it('starts with data null, not loaded, loadError ""', () => {
    expect(OBJECT_START).toEqual({ data: null, loaded: false, loadError: '' });
  });

  it('a GET or a watch event sets the object, loaded, and clears the error', () => {
    const s = modifyObject(erroredObject(OBJECT_START, gone), rc('1'));
    expect(s).toEqual({ data: rc('1'), loaded: true, loadError: '' });
  });

  it('a change of resourceVersion alone is not an update', () => {
    const s = modifyObject(OBJECT_START, rc('1'));
    expect(modifyObject(s, rc('2'))).toBe(s);
    expect(modifyObject(s, rc('2', 'kata-qemu')).data).toEqual(rc('2', 'kata-qemu'));
  });

  it('a DELETED event keeps the deleted object as data, loaded, without error', () => {
    const live = modifyObject(OBJECT_START, rc('1'));
    const deleted = { ...rc('2'), metadata: { ...rc('2').metadata, deletionTimestamp: 'now' } };
    expect(modifyObject(live, deleted)).toEqual({ data: deleted, loaded: true, loadError: '' });
  });

  it('a failed GET (404 after the deletion) only sets loadError: the stale object stays', () => {
    const live = modifyObject(OBJECT_START, rc('1'));
    expect(erroredObject(live, gone)).toEqual({ data: rc('1'), loaded: true, loadError: gone });
    // Never seen: still null and not loaded, with the 404.
    expect(erroredObject(OBJECT_START, gone)).toEqual({
      data: null,
      loaded: false,
      loadError: gone,
    });
  });
});
