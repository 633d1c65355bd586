import { isKataRuntimeClass, kataClassNames, kataRuntimeClasses } from './kataClasses';
import { runtimeClass } from './fixtures';

describe('Kata RuntimeClasses', () => {
  it.each([
    ['kata', 'kata', true],
    ['kata-remote', 'kata-remote', true],
    ['my-sandbox', 'kata', true],
    ['kata-gpu', 'kata-nvidia-gpu', true],
    ['runc-fast', 'runc', false],
    ['crun', 'crun', false],
    ['katalyst', 'katalyst', false],
  ])('%s (handler %s) is Kata: %s', (name, handler, expected) => {
    expect(isKataRuntimeClass(runtimeClass(name, handler))).toBe(expected);
  });

  it('always counts kata and kata-remote, even when RuntimeClasses cannot be read', () => {
    expect([...kataClassNames(undefined)].sort()).toEqual(['kata', 'kata-remote']);
  });

  it('adds classes whose handler is Kata and leaves the others out', () => {
    const names = kataClassNames([runtimeClass('sandbox', 'kata'), runtimeClass('fast', 'runc')]);
    expect(names.has('sandbox')).toBe(true);
    expect(names.has('fast')).toBe(false);
  });

  it('lists the existing Kata classes by name', () => {
    expect(
      kataRuntimeClasses([
        runtimeClass('kata-remote', 'kata-remote'),
        runtimeClass('runc', 'runc'),
        runtimeClass('kata', 'kata'),
      ]).map((rc) => rc.metadata?.name),
    ).toEqual(['kata', 'kata-remote']);
  });
});
