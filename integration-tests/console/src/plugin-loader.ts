/**
 * Loads the built plugin like the console: PluginStore with the console's share scope and the
 * `@console/pluginAPI` dependency resolution, then resolves every code reference once so a
 * missing shared module fails at startup with a clear message instead of on first use.
 */
import {
  isCodeRef,
  PluginEventType,
  PluginStore,
  type Extension,
  type PluginInfoEntry,
} from '@openshift/dynamic-plugin-sdk';
import { createShareScope } from './shared-scope';

export const PLUGIN_NAME = 'sandboxed-containers-console-plugin';
export const PLUGIN_BASE_URL = `/api/plugins/${PLUGIN_NAME}/`;
export const CONSOLE_PLUGIN_API_VERSION = '4.22.0';

/** One store per page: it registers window.__load_plugin_entry__. */
export const createPluginStore = (): PluginStore =>
  new PluginStore({
    loaderOptions: {
      sharedScope: createShareScope(),
      customDependencyResolutions: { '@console/pluginAPI': CONSOLE_PLUGIN_API_VERSION },
    },
  });

const settled = (store: PluginStore, name: string): PluginInfoEntry | undefined =>
  store.getPluginInfo().find((p) => p.manifest.name === name && p.status !== 'pending');

/** Loads the plugin and waits until it is loaded or failed (the store's promise does not say). */
export const loadPlugin = async (
  store: PluginStore,
  name: string,
  baseURL: string,
): Promise<void> => {
  const done = new Promise<PluginInfoEntry>((resolve) => {
    const check = () => {
      const info = settled(store, name);
      if (info) {
        unsubscribe();
        resolve(info);
      }
    };
    const unsubscribe = store.subscribe([PluginEventType.PluginInfoChanged], check);
  });
  await store.loadPlugin(`${baseURL}plugin-manifest.json`);
  const info = settled(store, name) ?? (await done);
  if (info.status === 'failed') {
    throw new Error(`Plugin ${name} failed to load: ${info.errorMessage}`);
  }
};

/** Every code reference in the extensions' properties (one level deep, as console uses them). */
const codeRefsOf = (e: Extension): { key: string; ref: () => Promise<unknown> }[] =>
  Object.entries(e.properties).flatMap(([key, value]) =>
    isCodeRef(value) ? [{ key: `${e.type}.${key}`, ref: value }] : [],
  );

/** Resolves every code reference; returns one message per failure. */
export const verifyCodeRefs = async (extensions: Extension[]): Promise<string[]> => {
  const refs = extensions.flatMap(codeRefsOf);
  const results = await Promise.allSettled(refs.map(({ ref }) => ref()));
  return results.flatMap((r, i) =>
    r.status === 'rejected'
      ? [
          `${refs[i]?.key ?? '?'}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`,
        ]
      : [],
  );
};
