import { useEffect, useRef, useState } from 'react';
import type { CSSProperties, UIEvent } from 'react';
import { visibleRange } from './table';

/** Fixed row height (px) of the eligibility table: the windowing relies on it. */
export const ROW_HEIGHT = 48;
const OVERSCAN = 10;

/**
 * Layout as inline styles (PatternFly has no class for them): a scroll container of its own
 * height, and the fixed row height the windowing relies on. No stylesheet: the page would fetch
 * style-loader's runtime with it (about 1.8 KB gzip, npm run size).
 */
export const scrollStyle = (viewportHeight: number | undefined): CSSProperties => ({
  overflow: 'auto',
  ...(viewportHeight === undefined
    ? { height: '70vh', minHeight: 320 }
    : { height: viewportHeight }),
});
export const ROW_STYLE: CSSProperties = { height: ROW_HEIGHT, whiteSpace: 'nowrap' };
export const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };

/** Used until the container is measured (and in jsdom, which has no layout). */
const DEFAULT_VIEWPORT_HEIGHT = 600;

/**
 * The rows a scrolled container shows (visibleRange): its scroll position, and its height, given
 * or measured with a ResizeObserver.
 */
export const useTableWindow = (rowCount: number, viewportHeight: number | undefined) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState<number | undefined>(undefined);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || viewportHeight !== undefined || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setMeasured(el.clientHeight);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [viewportHeight]);

  const height = viewportHeight ?? measured ?? DEFAULT_VIEWPORT_HEIGHT;
  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT, rowCount, OVERSCAN);
  const onScroll = (e: UIEvent<HTMLElement>) => {
    setScrollTop(e.currentTarget.scrollTop);
  };
  return { scrollRef, onScroll, start, end };
};
