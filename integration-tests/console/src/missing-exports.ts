/**
 * Shared modules are wrapped in a Proxy: when the plugin reads an export the host does not
 * provide, the name is recorded, logged with console.error and shown in an Alert by the app.
 */
const missing = new Set<string>();
/** Snapshot for useSyncExternalStore: replaced (never mutated) when a name is added. */
let snapshot: readonly string[] = [];
const listeners = new Set<() => void>();

/** Properties module loaders probe that are not plugin imports. */
const IGNORED = new Set([
  '__esModule',
  'default',
  'then',
  'toJSON',
  '$$typeof',
  'constructor',
  'prototype',
]);

export const getMissingExports = (): readonly string[] => snapshot;

export const subscribeMissingExports = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

export const reportMissingExport = (name: string): void => {
  if (missing.has(name)) return;
  missing.add(name);
  snapshot = [...missing];
  console.error(`Console host: the plugin imports "${name}", which the host does not provide.`);
  listeners.forEach((l) => {
    l();
  });
};

export const guardModule = <T extends object>(moduleName: string, mod: T): T =>
  new Proxy(mod, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target) && !IGNORED.has(prop)) {
        reportMissingExport(`${moduleName}#${prop}`);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
