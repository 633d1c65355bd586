/**
 * Pure state of one list+watch: objects keyed by namespace/name, the last resourceVersion seen,
 * and how a watch event changes them. No React, no sockets.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export type StatusObject = {
  kind?: string;
  code?: number;
  reason?: string;
  message?: string;
};

export type WatchEvent =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'; object: K8sResourceCommon }
  | { type: 'ERROR'; object: StatusObject };

export type WatchState = {
  items: ReadonlyMap<string, K8sResourceCommon>;
  resourceVersion: string;
};

/** What the watch loop must do after an event. */
export type WatchAction = 'none' | 'relist' | 'error';

export const objectKey = (o: K8sResourceCommon): string =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

export const fromList = (items: K8sResourceCommon[], resourceVersion: string): WatchState => ({
  items: new Map(items.map((o) => [objectKey(o), o])),
  resourceVersion,
});

/** resourceVersions are opaque strings; never go back to an empty one. */
const nextRV = (current: string, o: K8sResourceCommon): string =>
  o.metadata?.resourceVersion ?? current;

export const isWatchEvent = (v: unknown): v is WatchEvent => {
  if (typeof v !== 'object' || v === null) return false;
  const { type, object } = v as { type?: unknown; object?: unknown };
  return (
    typeof object === 'object' &&
    object !== null &&
    (type === 'ADDED' ||
      type === 'MODIFIED' ||
      type === 'DELETED' ||
      type === 'BOOKMARK' ||
      type === 'ERROR')
  );
};

/**
 * Applies one event. Returns the new state (the same object when nothing changed) and the
 * action: `relist` on 410 Gone (resourceVersion too old), `error` on any other ERROR event.
 * `matches` filters objects out of a watch the server could not filter (e.g. by name).
 */
export const reduceWatchEvent = (
  state: WatchState,
  event: WatchEvent,
  matches: (o: K8sResourceCommon) => boolean = () => true,
): { state: WatchState; action: WatchAction } => {
  switch (event.type) {
    case 'ERROR':
      return { state, action: event.object.code === 410 ? 'relist' : 'error' };
    case 'BOOKMARK':
      return {
        state: { ...state, resourceVersion: nextRV(state.resourceVersion, event.object) },
        action: 'none',
      };
    case 'ADDED':
    case 'MODIFIED': {
      if (!matches(event.object)) return { state, action: 'none' };
      const items = new Map(state.items);
      items.set(objectKey(event.object), event.object);
      return {
        state: { items, resourceVersion: nextRV(state.resourceVersion, event.object) },
        action: 'none',
      };
    }
    case 'DELETED': {
      const items = new Map(state.items);
      items.delete(objectKey(event.object));
      return {
        state: { items, resourceVersion: nextRV(state.resourceVersion, event.object) },
        action: 'none',
      };
    }
  }
};

/**
 * Applies a batch of events in one pass (one Map copy for the whole batch, so 5,000 updates
 * cost one render). Stops at the first event whose action is not `none`.
 */
export const reduceWatchEvents = (
  state: WatchState,
  events: readonly WatchEvent[],
  matches: (o: K8sResourceCommon) => boolean = () => true,
): { state: WatchState; action: WatchAction; error?: StatusObject } => {
  const items = new Map(state.items);
  let resourceVersion = state.resourceVersion;
  for (const event of events) {
    switch (event.type) {
      case 'ERROR':
        return {
          state: { items, resourceVersion },
          action: event.object.code === 410 ? 'relist' : 'error',
          error: event.object,
        };
      case 'BOOKMARK':
        break;
      case 'ADDED':
      case 'MODIFIED':
        if (matches(event.object)) items.set(objectKey(event.object), event.object);
        break;
      case 'DELETED':
        items.delete(objectKey(event.object));
        break;
    }
    resourceVersion = nextRV(resourceVersion, event.object);
  }
  return { state: { items, resourceVersion }, action: 'none' };
};
