import { Suspense, lazy, useState } from 'react';
import { Skeleton, Wizard, WizardStep } from '@patternfly/react-core';
import { useNavigate } from 'react-router';
import { hasErrors } from '../kataconfig/form';
import { ROUTES } from '../models/constants';
import { nfdStepReady } from '../nfd/plan';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { reviewNextAllowed } from './gates';
import { ApplyStep } from './steps/ApplyStep';
import { KataConfigStep } from './steps/KataConfigStep';
import { MethodStep } from './steps/MethodStep';
import { NfdStep } from './steps/NfdStep';
import { PrerequisitesStep } from './steps/PrerequisitesStep';
import { ProgressStep } from './steps/ProgressStep';
import { useInstallWizard } from './useInstallWizard';
import { readStoredWizard, useStepChrome, useStoredWizard, useWizardRoute } from './useWizardRoute';

/** The review shows each object as YAML: its code (js-yaml) is fetched when the step opens. */
const ReviewStep = lazy(() =>
  import('./steps/ReviewStep').then(({ ReviewStep: step }) => ({ default: step })),
);

/** The install wizard's steps over its model (useInstallWizard) and its place in the URL. */
export const InstallWizard = () => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const [stored] = useState(readStoredWizard);
  const wizard = useInstallWizard(stored?.draft);
  const { data, view, locked, applied } = wizard;
  const route = useWizardRoute({ loaded: data.loaded, kataConfigs: data.kataConfigs, stored });
  useStoredWizard(route.step, wizard.draft);
  const { footer, body } = useStepChrome(route.step);
  const { answers, errors } = view;

  if (data.error) {
    return (
      <Alert variant="danger" isInline title={t('Could not load the cluster nodes')}>
        <span lang="en">{data.error.message}</span>
      </Alert>
    );
  }
  if (!data.loaded || !route.resume) {
    return <Skeleton height="20rem" screenreaderText={t('Loading the cluster')} />;
  }
  const rolloutShown = applied || route.resume.notice === 'rollout-in-progress';
  let dryRunBlocked: string | undefined;
  if (data.accessLoading) dryRunBlocked = t('Checking your permissions…');
  else if (view.missing.length > 0) {
    dryRunBlocked = t('The dry run needs the same permissions as the installation.');
  }
  const before = locked || rolloutShown;

  return (
    <Wizard
      isVisitRequired
      startIndex={route.startIndex}
      onStepChange={(_e, current) => {
        route.onStepChange(current.id);
      }}
      navAriaLabel={t('Installation steps')}
      onClose={() => {
        void navigate(ROUTES.nodes);
      }}
      onSave={() => {
        void navigate(ROUTES.kataConfig);
      }}
      data-test="install-wizard"
    >
      <WizardStep
        id="prerequisites"
        name={t('Prerequisites')}
        isDisabled={before}
        footer={footer({ isNextDisabled: wizard.blockers.length > 0 })}
      >
        {body(
          <PrerequisitesStep
            oscInstalled={data.oscInstalled}
            nfdInstalled={data.nfdInstalled}
            access={data.access}
            accessLoading={data.accessLoading}
            existingKataConfigs={wizard.apply ? [] : data.kataConfigs}
            infrastructure={data.infrastructure}
            gate={view.gate}
          />,
        )}
      </WizardStep>
      <WizardStep
        id="method"
        name={t('Eligibility method')}
        isDisabled={before}
        footer={footer({ isNextDisabled: errors.noNodes })}
      >
        {body(
          <MethodStep
            method={answers.method}
            onMethod={wizard.setMethod}
            nfdInstalled={data.nfdInstalled}
            choices={view.choices}
            selected={answers.manualNodes}
            onSelected={wizard.setNodeSelection}
          />,
        )}
      </WizardStep>
      <WizardStep
        id="nfd"
        name={t('NodeFeatureDiscovery')}
        isHidden={answers.method !== 'nfd'}
        isDisabled={before}
        footer={footer({ isNextDisabled: !nfdStepReady(view.nfd) })}
      >
        {body(
          <NfdStep
            value={answers.nfd}
            facts={wizard.nfdFacts}
            plan={view.nfd}
            onChange={wizard.setNfd}
          />,
        )}
      </WizardStep>
      <WizardStep
        id="kataconfig"
        name={t('KataConfig')}
        isDisabled={before}
        footer={footer({ isNextDisabled: hasErrors(errors.kataConfig) })}
      >
        {body(
          <KataConfigStep
            value={answers.kataConfig}
            onChange={wizard.setKataConfig}
            nodes={data.nodes}
          />,
        )}
      </WizardStep>
      <WizardStep
        id="review"
        name={t('Review')}
        isDisabled={before}
        footer={footer({ isNextDisabled: !reviewNextAllowed(wizard.dryRunGate) })}
      >
        {body(
          <Suspense fallback={<Skeleton height="20rem" screenreaderText={t('Loading')} />}>
            <ReviewStep
              operations={view.plan.operations}
              review={view.review}
              dryRun={wizard.dryRun}
              gate={wizard.dryRunGate}
              onDryRun={wizard.runDryRun}
              onSkipDryRun={wizard.skipDryRun}
              dryRunBlocked={dryRunBlocked}
            />
          </Suspense>,
        )}
      </WizardStep>
      <WizardStep
        id="apply"
        name={t('Apply')}
        isDisabled={rolloutShown && !applied}
        footer={footer({ isNextDisabled: !applied, isBackDisabled: locked })}
      >
        {body(
          <ApplyStep
            state={wizard.apply}
            missing={view.missing}
            accessLoading={data.accessLoading}
            dryRunGate={wizard.dryRunGate}
            onStart={wizard.start}
            onRetry={wizard.start}
          />,
        )}
      </WizardStep>
      <WizardStep
        id="progress"
        name={t('Progress')}
        isDisabled={!rolloutShown}
        footer={footer({ nextButtonText: t('Go to the KataConfig'), isBackDisabled: true })}
      >
        {body(
          <ProgressStep
            kataConfig={wizard.ourKataConfig}
            nodes={data.nodes}
            resumed={route.resume.notice === 'rollout-in-progress' && !applied}
          />,
        )}
      </WizardStep>
    </Wizard>
  );
};
