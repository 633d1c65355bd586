import { act, renderHook } from '@testing-library/react';
import { useChecksDrawer } from './useChecksDrawer';

const button = (label: string) => {
  const el = document.createElement('button');
  el.textContent = label;
  document.body.append(el);
  return el;
};

describe('useChecksDrawer', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('opens a node, switches to another, and closes when the open one is asked again', () => {
    const { result } = renderHook(() => useChecksDrawer());
    act(() => {
      result.current.toggle('a', button('a'));
    });
    expect(result.current.selected).toBe('a');
    act(() => {
      result.current.toggle('b', button('b'));
    });
    expect(result.current.selected).toBe('b');
    act(() => {
      result.current.toggle('b', button('b'));
    });
    expect(result.current.selected).toBeUndefined();
  });

  it('focuses the title when it mounts, and the opening button when it closes', () => {
    const { result } = renderHook(() => useChecksDrawer());
    const trigger = button('a');
    act(() => {
      result.current.toggle('a', trigger);
    });
    const title = document.createElement('span');
    title.tabIndex = -1;
    document.body.append(title);
    act(() => {
      result.current.titleRef(title);
    });
    expect(title).toHaveFocus();
    act(() => {
      result.current.close();
    });
    expect(result.current.selected).toBeUndefined();
    expect(trigger).toHaveFocus();
  });

  it('leaves focus alone on close when the opening row is no longer rendered', () => {
    const { result } = renderHook(() => useChecksDrawer());
    const trigger = button('a');
    act(() => {
      result.current.toggle('a', trigger);
    });
    trigger.remove();
    act(() => {
      result.current.close();
    });
    expect(trigger).not.toHaveFocus();
  });
});
