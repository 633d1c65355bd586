import { getMissingExports, guardModule } from './missing-exports';

describe('guardModule', () => {
  it('passes provided exports through and reports the missing ones once', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const mod = guardModule('sdk', { __esModule: true, useFlag: () => true });
    expect(typeof mod.useFlag).toBe('function');
    expect((mod as Record<string, unknown>).useActivePerspective).toBeUndefined();
    expect((mod as Record<string, unknown>).useActivePerspective).toBeUndefined();
    expect((mod as Record<string, unknown>).default).toBeUndefined();
    expect(getMissingExports()).toEqual(['sdk#useActivePerspective']);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
