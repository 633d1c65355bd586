import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { visibleRange } from './table';

/**
 * Fixed row height (px) of the eligibility table: the windowing relies on it. Three lines, so
 * the reason wraps instead of being cut (Japanese sentences are long at 1280 px, and longer
 * still beside the checks panel).
 */
export const ROW_HEIGHT = 72;
const OVERSCAN = 10;

/** Layout as inline styles (PatternFly has no class for them; no stylesheet: npm run size). */
export const ROW_STYLE: CSSProperties = { height: ROW_HEIGHT };
export const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };
/** The reason wraps on at most three lines (the row's height); the checks panel has it whole. */
export const REASON_STYLE: CSSProperties = {
  display: '-webkit-box',
  // -webkit-line-clamp works only with it (CSS Overflow 4 keeps it for compatibility).
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: 3,
  overflow: 'hidden',
  lineBreak: 'strict',
};

/** Used until the scroll container is measured (and in jsdom, which has no layout). */
const DEFAULT_VIEWPORT_HEIGHT = 600;

/**
 * The nearest ancestor that scrolls: in the console, `#content-scrollable`. Mirrors
 * getParentScrollableElement (openshift/console packages/console-shared/src/hooks/
 * useScrollContainer.ts), which the console's VirtualizedTable windows over.
 */
const scrollParent = (node: HTMLElement): HTMLElement | undefined => {
  for (let el: HTMLElement | null = node.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(window.getComputedStyle(el).overflowY)) return el;
  }
  return undefined;
};

/**
 * The rows of a table that are in view when the PAGE scrolls (as the console's VirtualizedTable
 * with its WindowScroller): the table's own top within the scroll container, the container's
 * scroll position and height. `viewportHeight` fixes the height (tests: jsdom has no layout).
 */
export const useTableWindow = (rowCount: number, viewportHeight: number | undefined) => {
  const tableRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: viewportHeight ?? DEFAULT_VIEWPORT_HEIGHT });

  useEffect(() => {
    const table = tableRef.current;
    const container = table && scrollParent(table);
    if (!table || !container || viewportHeight !== undefined) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const offset =
        table.getBoundingClientRect().top -
        container.getBoundingClientRect().top +
        container.scrollTop;
      const top = Math.max(0, container.scrollTop - offset);
      const height = container.clientHeight || DEFAULT_VIEWPORT_HEIGHT;
      setView((v) => (v.top === top && v.height === height ? v : { top, height }));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    container.addEventListener('scroll', schedule, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    observer?.observe(container);
    return () => {
      container.removeEventListener('scroll', schedule);
      observer?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [viewportHeight]);

  const { start, end } = visibleRange(view.top, view.height, ROW_HEIGHT, rowCount, OVERSCAN);
  return { tableRef, start, end };
};
