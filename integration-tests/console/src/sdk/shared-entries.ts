/**
 * Reference counting shared by the list watches (watch-store.ts) and the named-object watches
 * (object-watch.ts): one entry per key, started by the first user, kept LINGER_MS after the last
 * one leaves so a remount (route change) reuses it, as the console's REF_COUNTS do.
 */

/** Keep an unused watch a moment so a remount (route change) reuses it. */
export const LINGER_MS = 2000;

export type SharedEntry = {
  refs: number;
  listeners: Set<() => void>;
  lingerTimer: ReturnType<typeof setTimeout> | undefined;
};

/** Joins the entry at `key` (creating and starting it first); returns the key and a release. */
export const acquireShared = <E extends SharedEntry>(
  entries: Map<string, E>,
  key: string,
  create: () => E,
  stop: (e: E) => void,
): { key: string; release: () => void } => {
  let entry = entries.get(key);
  if (!entry) {
    entry = create();
    entries.set(key, entry);
  }
  const e = entry;
  e.refs += 1;
  if (e.lingerTimer) {
    clearTimeout(e.lingerTimer);
    e.lingerTimer = undefined;
  }
  let released = false;
  return {
    key,
    release: () => {
      if (released) return;
      released = true;
      e.refs -= 1;
      if (e.refs === 0) {
        e.lingerTimer = setTimeout(() => {
          stop(e);
        }, LINGER_MS);
      }
    },
  };
};

export const subscribeShared = <E extends SharedEntry>(
  entries: Map<string, E>,
  key: string,
  listener: () => void,
): (() => void) => {
  const e = entries.get(key);
  if (!e) return () => undefined;
  e.listeners.add(listener);
  return () => {
    e.listeners.delete(listener);
  };
};

/** The fields both kinds of watch entry start with: no users yet, no socket, no timers. */
export const newEntryBase = (reconnectDelay: number) => ({
  refs: 0,
  listeners: new Set<() => void>(),
  lingerTimer: undefined,
  flushTimer: undefined,
  socket: undefined,
  reconnectDelay,
  reconnectTimer: undefined,
  closed: false,
});
