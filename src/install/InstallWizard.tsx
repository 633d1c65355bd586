import { Suspense, lazy } from 'react';
import { Skeleton, Wizard, WizardStep } from '@patternfly/react-core';
import type { WizardFooterProps } from '@patternfly/react-core';
import { useNavigate } from 'react-router';
import { hasErrors } from '../kataconfig/form';
import { ROUTES } from '../models/constants';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { nfdStepValid } from './plan';
import { ApplyStep } from './steps/ApplyStep';
import { KataConfigStep } from './steps/KataConfigStep';
import { MethodStep } from './steps/MethodStep';
import { NfdStep } from './steps/NfdStep';
import { PrerequisitesStep } from './steps/PrerequisitesStep';
import { ProgressStep } from './steps/ProgressStep';
import { useInstallWizard } from './useInstallWizard';

/** The review shows each object as YAML: its code (js-yaml) is fetched when the step opens. */
const ReviewStep = lazy(() =>
  import('./steps/ReviewStep').then(({ ReviewStep: step }) => ({ default: step })),
);

/** The install wizard's steps over its model (useInstallWizard). */
export const InstallWizard = () => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const wizard = useInstallWizard();
  const { data, view, locked, applied } = wizard;
  const { answers, errors } = view;

  if (data.error) {
    return (
      <Alert variant="danger" isInline title={t('Could not load the cluster nodes')}>
        <span lang="en">{data.error.message}</span>
      </Alert>
    );
  }
  if (!data.loaded) {
    return <Skeleton height="20rem" screenreaderText={t('Loading the cluster')} />;
  }

  let dryRunBlocked: string | undefined;
  if (data.accessLoading) dryRunBlocked = t('Checking your permissions…');
  else if (view.missing.length > 0) {
    dryRunBlocked = t('The dry run needs the same permissions as the installation.');
  }
  /** PatternFly's footer buttons are English by default: every step passes translated texts. */
  const footer = (props: Partial<WizardFooterProps> = {}): Partial<WizardFooterProps> => ({
    nextButtonText: t('Next'),
    backButtonText: t('Back'),
    cancelButtonText: t('Cancel'),
    ...props,
  });

  return (
    <Wizard
      isVisitRequired
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
        isDisabled={locked}
        footer={footer({ isNextDisabled: wizard.blockers.length > 0 })}
      >
        <PrerequisitesStep
          oscInstalled={data.oscInstalled}
          nfdInstalled={data.nfdInstalled}
          access={data.access}
          accessLoading={data.accessLoading}
          existingKataConfigs={wizard.apply ? [] : data.kataConfigs}
          infrastructure={data.infrastructure}
        />
      </WizardStep>
      <WizardStep
        id="method"
        name={t('Eligibility method')}
        isDisabled={locked}
        footer={footer({ isNextDisabled: errors.noNodes })}
      >
        <MethodStep
          method={answers.method}
          onMethod={wizard.setMethod}
          nfdInstalled={data.nfdInstalled}
          choices={view.choices}
          selected={answers.manualNodes}
          onSelected={wizard.setNodeSelection}
        />
      </WizardStep>
      <WizardStep
        id="nfd"
        name={t('NodeFeatureDiscovery')}
        isHidden={answers.method !== 'nfd'}
        isDisabled={locked}
        footer={footer({ isNextDisabled: !nfdStepValid(errors) })}
      >
        <NfdStep value={answers.nfd} reusable={wizard.reusableNfds} onChange={wizard.setNfd} />
      </WizardStep>
      <WizardStep
        id="kataconfig"
        name={t('KataConfig')}
        isDisabled={locked}
        footer={footer({ isNextDisabled: hasErrors(errors.kataConfig) })}
      >
        <KataConfigStep
          value={answers.kataConfig}
          onChange={wizard.setKataConfig}
          nodes={data.nodes}
        />
      </WizardStep>
      <WizardStep id="review" name={t('Review')} isDisabled={locked} footer={footer()}>
        <Suspense fallback={<Skeleton height="20rem" screenreaderText={t('Loading')} />}>
          <ReviewStep
            operations={view.plan.operations}
            targets={view.targets}
            dryRun={wizard.dryRun}
            onDryRun={wizard.runDryRun}
            dryRunBlocked={dryRunBlocked}
          />
        </Suspense>
      </WizardStep>
      <WizardStep
        id="apply"
        name={t('Apply')}
        footer={footer({ isNextDisabled: !applied, isBackDisabled: locked })}
      >
        <ApplyStep
          state={wizard.apply}
          missing={view.missing}
          accessLoading={data.accessLoading}
          onStart={wizard.start}
          onRetry={wizard.start}
        />
      </WizardStep>
      <WizardStep
        id="progress"
        name={t('Progress')}
        isDisabled={!applied}
        footer={footer({ nextButtonText: t('Go to the KataConfig'), isBackDisabled: true })}
      >
        <ProgressStep kataConfig={wizard.ourKataConfig} />
      </WizardStep>
    </Wizard>
  );
};
