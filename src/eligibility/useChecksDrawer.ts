import { useCallback, useEffect, useRef, useState } from 'react';

export type ChecksDrawer = {
  /** The node whose checks are open. */
  selected: string | undefined;
  /** Opens a node's checks (or closes them when it is already open); `trigger` gets focus back. */
  toggle: (name: string, trigger: HTMLElement) => void;
  close: () => void;
  /** Ref for the panel's title: it takes focus whenever the panel opens or shows another node. */
  titleRef: (el: HTMLElement | null) => void;
};

/**
 * The checks drawer's selection and focus: focus moves to the panel's title when it opens (the
 * drawer mounts its content one render later, so on mount of the title) or switches to another
 * node, and back to the button that opened it when it closes, if that row is still rendered.
 */
export const useChecksDrawer = (): ChecksDrawer => {
  const [selected, setSelected] = useState<string>();
  const title = useRef<HTMLElement | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const titleRef = useCallback((el: HTMLElement | null) => {
    title.current = el;
    el?.focus();
  }, []);
  useEffect(() => {
    if (selected !== undefined) title.current?.focus();
  }, [selected]);
  const close = useCallback(() => {
    setSelected(undefined);
    if (trigger.current?.isConnected) trigger.current.focus();
  }, []);
  const toggle = useCallback((name: string, button: HTMLElement) => {
    trigger.current = button;
    setSelected((current) => (current === name ? undefined : name));
  }, []);
  return { selected, toggle, close, titleRef };
};
