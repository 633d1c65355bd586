import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createTestI18n } from './test-utils';
import { useTextMetricsKey } from './useTextMetricsKey';

describe('useTextMetricsKey', () => {
  const fonts = new EventTarget();
  beforeAll(() => {
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  });
  afterAll(() => {
    Reflect.deleteProperty(document, 'fonts');
  });

  const render = () => {
    const i18n = createTestI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    return { i18n, ...renderHook(() => useTextMetricsKey(), { wrapper }) };
  };

  it('changes when the language changes, so the tabs measure the new labels', async () => {
    const { i18n, result } = render();
    const before = result.current;
    await act(async () => {
      await i18n.changeLanguage('ja');
    });
    expect(result.current).not.toBe(before);
  });

  it('changes when a web font has loaded, and not otherwise', () => {
    const { result, rerender } = render();
    const before = result.current;
    rerender();
    expect(result.current).toBe(before);
    act(() => {
      fonts.dispatchEvent(new Event('loadingdone'));
    });
    expect(result.current).not.toBe(before);
  });
});
