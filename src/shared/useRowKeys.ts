import { useCallback, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex="0"]';

/**
 * One tab stop per table row: the row itself is the focus target (tabIndex 0) and the links and
 * buttons inside it leave the tab order (they stay clickable). Enter or Space opens the row,
 * ArrowUp/ArrowDown move to the previous/next row. The rows carry `data-row`.
 */
export const useRowKeys = <E extends HTMLElement>(onOpen: (key: string, row: E) => void) => {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // After every render: rows come and go with the windowing and the filters.
  useLayoutEffect(() => {
    bodyRef.current?.querySelectorAll<HTMLElement>('[data-row]').forEach((row) => {
      row.querySelectorAll<HTMLElement>(FOCUSABLE).forEach((el) => {
        el.tabIndex = -1;
      });
    });
  });
  const onKeyDown = useCallback(
    (key: string) => (e: KeyboardEvent<E>) => {
      if (e.target !== e.currentTarget) return;
      const row = e.currentTarget;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(key, row);
        return;
      }
      const next =
        e.key === 'ArrowDown'
          ? row.nextElementSibling
          : e.key === 'ArrowUp'
            ? row.previousElementSibling
            : null;
      if (next instanceof HTMLElement && next.dataset.row !== undefined) {
        e.preventDefault();
        // focus() also scrolls the row into view.
        next.focus();
      }
    },
    [onOpen],
  );
  /** Props for a row: the focus target with its keys. */
  const rowProps = (key: string) => ({ tabIndex: 0, 'data-row': key, onKeyDown: onKeyDown(key) });
  return { bodyRef, rowProps };
};
