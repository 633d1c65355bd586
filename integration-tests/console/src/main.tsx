/** Console host entry: i18n, plugin load and verification, render, then discovery's result. */
import '@patternfly/patternfly/patternfly.css';
import '@patternfly/patternfly/patternfly-addons.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/500.css';
import '@fontsource/noto-sans-jp/700.css';
import './pf-token-bridge.css';
import './host.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { computeModelFlags, modelFlagsOf } from './flags';
import { initI18n } from './i18n';
import {
  createPluginStore,
  loadPlugin,
  PLUGIN_BASE_URL,
  PLUGIN_NAME,
  verifyCodeRefs,
} from './plugin-loader';
import { discover } from './sdk/discovery';
import { hasModel, setModels } from './sdk/models';

/** The i18n namespaces of Preload plugins (SERVER_FLAGS.i18nNamespaces in the console). */
const PLUGIN_NAMESPACES = [`plugin__${PLUGIN_NAME}`];

type Discovery = { models: Awaited<ReturnType<typeof discover>> } | { error: string };

/**
 * Discovery runs beside the app, as in the console (public/components/app.tsx: the app renders,
 * `initApiDiscovery` dispatches discovery on its own): until it resolves, watches report not
 * loaded and the console.flag/model flags are undefined (FLAGS has no value for them yet).
 */
const applyDiscovery = (
  store: ReturnType<typeof createPluginStore>,
  result: Discovery,
  fail: (m: string[]) => void,
) => {
  if ('error' in result) {
    fail([result.error]);
    return;
  }
  setModels(result.models);
  store.setFeatureFlags(computeModelFlags(modelFlagsOf(store.getExtensions()), hasModel));
};

const start = async () => {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const discovery: Promise<Discovery> = discover().then(
    (models) => ({ models }),
    (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
  );
  await initI18n(PLUGIN_NAMESPACES);
  const store = createPluginStore();
  const fail = (messages: string[]) => {
    root.render(<StartupError messages={messages} />);
  };
  try {
    await loadPlugin(store, PLUGIN_NAME, PLUGIN_BASE_URL);
    const errors = await verifyCodeRefs(store.getExtensions());
    if (errors.length > 0) {
      fail(errors);
      return;
    }
  } catch (err) {
    fail([err instanceof Error ? err.message : String(err)]);
    return;
  }
  root.render(<App store={store} />);
  applyDiscovery(store, await discovery, fail);
};

void start();
