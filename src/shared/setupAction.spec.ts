import { setupAction } from './setupAction';

describe('setupAction', () => {
  it.each([
    [{ operatorInstalled: undefined, canCreate: true, checkingAccess: false }, 'loading'],
    [{ operatorInstalled: true, canCreate: false, checkingAccess: true }, 'loading'],
    [{ operatorInstalled: true, canCreate: false, checkingAccess: false }, 'none'],
    [{ operatorInstalled: false, canCreate: false, checkingAccess: false }, 'none'],
    [{ operatorInstalled: false, canCreate: true, checkingAccess: false }, 'operatorHub'],
    [{ operatorInstalled: true, canCreate: true, checkingAccess: false }, 'install'],
  ] as const)('%j -> %s', (facts, action) => {
    expect(setupAction(facts)).toBe(action);
  });
});
