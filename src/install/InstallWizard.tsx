import { Skeleton, Wizard, WizardStep } from '@patternfly/react-core';
import { hasErrors } from '../kataconfig/form';
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
import { LazyReviewStep } from './steps/LazyReviewStep';
import { useWizardPage } from './useWizardPage';

/** The install wizard's steps over its page model (useWizardPage). */
export const InstallWizard = () => {
  const { t } = usePluginTranslation();
  const page = useWizardPage();
  const { wizard, route, footer, body, before, rolloutShown } = page;
  const { data, view, locked, applied } = wizard;
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
  return (
    <Wizard
      isVisitRequired
      startIndex={route.startIndex}
      onStepChange={page.onStepChange}
      navAriaLabel={t('Installation steps')}
      onClose={page.close}
      onSave={page.finish}
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
            data={data}
            existingKataConfigs={wizard.apply ? [] : data.kataConfigs}
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
          <LazyReviewStep
            operations={view.plan.operations}
            review={view.review}
            dryRun={wizard.dryRun}
            gate={wizard.dryRunGate}
            onDryRun={wizard.runDryRun}
            onSkipDryRun={wizard.skipDryRun}
            dryRunBlocked={page.dryRunBlocked}
          />,
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
            resumed={page.resumed}
          />,
        )}
      </WizardStep>
    </Wizard>
  );
};
