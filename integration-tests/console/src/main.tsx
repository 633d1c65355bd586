/** Console host entry: discovery, i18n, plugin load and verification, then render. */
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
import { initI18n, loadPluginLocales } from './i18n';
import {
  createPluginStore,
  loadPlugin,
  PLUGIN_BASE_URL,
  PLUGIN_NAME,
  verifyCodeRefs,
} from './plugin-loader';
import { discover } from './sdk/discovery';
import { hasModel, setModels } from './sdk/models';

const I18N_NAMESPACE = `plugin__${PLUGIN_NAME}`;

const start = async () => {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  await initI18n();
  const store = createPluginStore();
  try {
    const [models] = await Promise.all([
      discover(),
      loadPluginLocales(PLUGIN_BASE_URL, I18N_NAMESPACE),
      loadPlugin(store, PLUGIN_NAME, PLUGIN_BASE_URL),
    ]);
    setModels(models);
    store.setFeatureFlags(computeModelFlags(modelFlagsOf(store.getExtensions()), hasModel));
    const errors = await verifyCodeRefs(store.getExtensions());
    if (errors.length > 0) {
      root.render(<StartupError messages={errors} />);
      return;
    }
  } catch (err) {
    root.render(<StartupError messages={[err instanceof Error ? err.message : String(err)]} />);
    return;
  }
  root.render(<App store={store} />);
};

void start();
