import { useMemo, useState } from 'react';
import { k8sCreate, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { Skeleton, Wizard, WizardStep } from '@patternfly/react-core';
import type { WizardFooterProps } from '@patternfly/react-core';
import { useNavigate } from 'react-router';
import { evaluateCluster, isKataTarget } from '../eligibility';
import { eligibilityContext } from '../eligibility/context';
import { hasErrors, validateForm } from '../kataconfig/form';
import type { KataConfigFormState } from '../kataconfig/form';
import { ROUTES } from '../models/constants';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { PluginPage } from '../shared/PluginPage';
import { Alert } from '../shared/Alert';
import { runPlan } from './executor';
import type { K8sClient } from './executor';
import { nfdsWithKataRule } from './nfdRule';
import { buildInstallPlan, buildKataConfig, nfdStepValid } from './plan';
import type { NfdAnswers } from './plan';
import { ApplyStep, isApplied } from './steps/ApplyStep';
import type { ApplyState } from './steps/ApplyStep';
import { KataConfigStep } from './steps/KataConfigStep';
import { MethodStep } from './steps/MethodStep';
import { NfdStep } from './steps/NfdStep';
import { PrerequisitesStep } from './steps/PrerequisitesStep';
import { ProgressStep } from './steps/ProgressStep';
import { ReviewStep } from './steps/ReviewStep';
import type { DryRunState } from './steps/ReviewStep';
import { useInstallData } from './useInstallData';
import {
  expectedTargets,
  initialDraft,
  methodForCheckNodeEligibility,
  missingPermissions,
  nodeChoices,
  preselectedNodes,
  prerequisiteBlockers,
  resolveAnswers,
  watchedLookup,
} from './wizard';
import type { Draft, NodeVerdict } from './wizard';

/** The SDK's k8s functions, as the executor wants them. */
const sdkClient: K8sClient = {
  get: (options) => k8sGet(options),
  create: (options) => k8sCreate(options),
  patch: (options) => k8sPatch(options),
};

const InstallWizard = () => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initialDraft);
  /** The dry run's results, with the plan they were computed for. */
  const [dryRun, setDryRun] = useState<DryRunState & { planKey?: string }>({ running: false });
  const [apply, setApply] = useState<ApplyState | undefined>();
  const data = useInstallData(draft.nfd.create.namespace);

  const evaluation = useMemo(
    () =>
      evaluateCluster(
        data.nodes,
        eligibilityContext({
          infrastructure: data.infrastructure,
          nfdInstalled: data.nfdInstalled,
          nodeFeatureDiscoveries: data.nfdInstalled ? data.nfds : undefined,
        }),
      ),
    [data.nodes, data.nfds, data.nfdInstalled, data.infrastructure],
  );
  const verdicts = useMemo(
    () => new Map<string, NodeVerdict>(evaluation.evaluations.map((e) => [e.name, e.verdict])),
    [evaluation],
  );
  const choices = useMemo(() => nodeChoices(data.nodes, verdicts), [data.nodes, verdicts]);
  const reusableNfds = useMemo(() => nfdsWithKataRule(data.nfds), [data.nfds]);
  const answers = resolveAnswers(draft, {
    nfdInstalled: data.nfdInstalled,
    preselected: preselectedNodes(choices),
    reusableNfds,
  });
  const plan = buildInstallPlan(answers, { nodes: data.nodes });
  const kataConfig = buildKataConfig(answers);
  const targets = expectedTargets(
    answers.method,
    data.nodes,
    kataConfig.spec ?? {
      checkNodeEligibility: false,
    },
    isKataTarget,
    { manualNodes: answers.manualNodes, verdicts },
  );
  const planKey = JSON.stringify(plan.operations);
  // While the access reviews load, nothing is reported missing (the buttons wait instead).
  const missing = data.accessLoading ? [] : missingPermissions(plan, data.access);
  // Results of a dry run of another plan (the user changed something since) are not shown.
  const currentDryRun: DryRunState =
    dryRun.planKey === planKey ? dryRun : { running: dryRun.running };

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

  const started = apply !== undefined;
  const applied = isApplied(apply);
  // The KataConfig this wizard creates shows up in the watch too: it is not a blocker.
  const blockers = started
    ? []
    : prerequisiteBlockers({
        oscInstalled: data.oscInstalled,
        nfdInstalled: data.nfdInstalled,
        kataConfigs: data.kataConfigs,
      });
  const kcErrors = validateForm(answers.kataConfig);
  const ourKataConfig: KataConfigKind | undefined = data.kataConfigs.find(
    (kc) => kc.metadata?.name === kataConfig.metadata?.name,
  );

  const setNfd = (nfd: NfdAnswers) => {
    setDraft((d) => ({ ...d, nfd: { mode: nfd.mode, create: nfd.create, reuse: nfd.reuse } }));
  };
  const setKataConfig = (next: KataConfigFormState) => {
    setDraft((d) => ({
      ...d,
      method:
        next.checkNodeEligibility === answers.kataConfig.checkNodeEligibility
          ? d.method
          : methodForCheckNodeEligibility(
              next.checkNodeEligibility,
              answers.method,
              data.nfdInstalled,
            ),
      kataConfig: next,
    }));
  };
  // Existence checks from the watched lists (no 404 per create); unknown kinds ask the API.
  const lookup = watchedLookup({
    Node: data.nodes,
    ...(data.oscInstalled ? { KataConfig: data.kataConfigs } : {}),
    ...(data.nfdsLoaded ? { NodeFeatureDiscovery: data.nfds } : {}),
  });
  const runDry = () => {
    setDryRun({ running: true });
    void runPlan(plan.operations, sdkClient, { dryRun: true, lookup }).then(({ results }) => {
      setDryRun({ running: false, results, planKey });
    });
  };
  const run = (
    operations: ApplyState['operations'],
    from: number,
    previous: ApplyState['results'],
  ) => {
    const results = [...previous];
    setApply({ operations, results, running: from });
    void runPlan(operations, sdkClient, {
      from,
      lookup,
      onResult: (i, result) => {
        results[i] = result;
        const next = result.status === 'succeeded' && i + 1 < operations.length ? i + 1 : undefined;
        setApply({ operations, results: [...results], running: next });
      },
    }).then(({ failedAt }) => {
      setApply({ operations, results: [...results], running: undefined, failedAt });
    });
  };
  const start = () => {
    // A changed plan (the user went back after a failure) starts over; reconciling each
    // operation adopts what the first attempt already created.
    const same =
      apply !== undefined && JSON.stringify(apply.operations) === JSON.stringify(plan.operations);
    // Pin the derived defaults, so what the watch shows next (our own NFD, new labels) cannot
    // change the plan under the user's feet.
    setDraft((d) => ({
      ...d,
      method: answers.method,
      nodeSelection: answers.manualNodes,
      nfd: { ...d.nfd, mode: answers.nfd.mode, reuse: answers.nfd.reuse },
    }));
    if (same) run(apply.operations, apply.failedAt ?? 0, apply.results);
    else
      run(
        plan.operations,
        0,
        plan.operations.map(() => undefined),
      );
  };
  const retry = () => {
    start();
  };
  let dryRunBlocked: string | undefined;
  if (data.accessLoading) dryRunBlocked = t('Checking your permissions…');
  else if (missing.length > 0) {
    dryRunBlocked = t('The dry run needs the same permissions as the installation.');
  }
  const locked = applied || apply?.running !== undefined;
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
        footer={footer({ isNextDisabled: blockers.length > 0 })}
      >
        <PrerequisitesStep
          oscInstalled={data.oscInstalled}
          nfdInstalled={data.nfdInstalled}
          access={data.access}
          accessLoading={data.accessLoading}
          existingKataConfigs={started ? [] : data.kataConfigs}
          infrastructure={data.infrastructure}
        />
      </WizardStep>
      <WizardStep
        id="method"
        name={t('Eligibility method')}
        isDisabled={locked}
        footer={footer({
          isNextDisabled: answers.method === 'manual' && answers.manualNodes.length === 0,
        })}
      >
        <MethodStep
          method={answers.method}
          onMethod={(method) => {
            setDraft((d) => ({ ...d, method }));
          }}
          nfdInstalled={data.nfdInstalled}
          choices={choices}
          selected={answers.manualNodes}
          onSelected={(nodeSelection) => {
            setDraft((d) => ({ ...d, nodeSelection }));
          }}
        />
      </WizardStep>
      <WizardStep
        id="nfd"
        name={t('NodeFeatureDiscovery')}
        isHidden={answers.method !== 'nfd'}
        isDisabled={locked}
        footer={footer({ isNextDisabled: !nfdStepValid(answers) })}
      >
        <NfdStep value={answers.nfd} reusable={reusableNfds} onChange={setNfd} />
      </WizardStep>
      <WizardStep
        id="kataconfig"
        name={t('KataConfig')}
        isDisabled={locked}
        footer={footer({ isNextDisabled: hasErrors(kcErrors) })}
      >
        <KataConfigStep value={answers.kataConfig} onChange={setKataConfig} nodes={data.nodes} />
      </WizardStep>
      <WizardStep id="review" name={t('Review')} isDisabled={locked} footer={footer()}>
        <ReviewStep
          operations={plan.operations}
          targets={targets}
          dryRun={currentDryRun}
          onDryRun={runDry}
          dryRunBlocked={dryRunBlocked}
        />
      </WizardStep>
      <WizardStep
        id="apply"
        name={t('Apply')}
        footer={footer({ isNextDisabled: !applied, isBackDisabled: locked })}
      >
        <ApplyStep
          state={apply}
          missing={missing}
          accessLoading={data.accessLoading}
          onStart={start}
          onRetry={retry}
        />
      </WizardStep>
      <WizardStep
        id="progress"
        name={t('Progress')}
        isDisabled={!applied}
        footer={footer({ nextButtonText: t('Go to the KataConfig'), isBackDisabled: true })}
      >
        <ProgressStep kataConfig={ourKataConfig} />
      </WizardStep>
    </Wizard>
  );
};

const InstallWizardPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('Install OpenShift sandboxed containers')}>
      <InstallWizard />
    </PluginPage>
  );
};

export default InstallWizardPage;
