import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { useInstallWizard } from './useInstallWizard';
import { readStoredWizard, useStepChrome, useStoredWizard, useWizardRoute } from './useWizardRoute';

/**
 * The install wizard page's model: the wizard (answers, cluster, runs), its place in the URL and
 * this tab's storage, and what the steps' chrome follows from them (which steps are closed, why the
 * dry run cannot run yet).
 */
export const useWizardPage = () => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const [stored] = useState(readStoredWizard);
  const wizard = useInstallWizard(stored?.draft);
  const { data, view, locked, applied } = wizard;
  const route = useWizardRoute({ loaded: data.loaded, kataConfigs: data.kataConfigs, stored });
  useStoredWizard(route.step, wizard.draft);
  const chrome = useStepChrome(route.step);
  const resumed = route.resume?.notice === 'rollout-in-progress';
  const rolloutShown = applied || resumed;
  let dryRunBlocked: string | undefined;
  if (data.accessLoading) dryRunBlocked = t('Checking your permissions…');
  else if (view.missing.length > 0) {
    dryRunBlocked = t('The dry run needs the same permissions as the installation.');
  }
  return {
    wizard,
    route,
    ...chrome,
    /** Steps before Apply are closed while applying, after success and during a rollout. */
    before: locked || rolloutShown,
    rolloutShown,
    /** Opened on a KataConfig being installed (not by this wizard's apply). */
    resumed: resumed && !applied,
    dryRunBlocked,
    onStepChange: (_e: unknown, current: { id: string | number }) => {
      route.onStepChange(current.id);
    },
    close: () => {
      void navigate(ROUTES.nodes);
    },
    finish: () => {
      void navigate(ROUTES.kataConfig);
    },
  };
};
