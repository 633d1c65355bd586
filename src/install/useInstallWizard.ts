import { useMemo, useReducer, useState } from 'react';
import { k8sCreate, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { eligibilityContext } from '../eligibility/context';
import {
  KataConfigModel,
  NodeFeatureDiscoveryModel,
  NodeFeatureRuleModel,
  NodeFeatureRuleOpenShiftModel,
  NodeModel,
} from '../models';
import { evaluateCluster } from '../eligibility/evaluate';
import type { KataConfigFormState } from '../kataconfig/form';
import { useNfdKataRule } from '../nfd/useNfdKataRule';
import { kataRuleStatus } from '../nfd/carriers';
import type { NfdStepAnswers, NfdStepFacts } from '../nfd/plan';
import { nfdSupport } from '../nfd/support';
import { isConvergedCluster } from '../rollout/pool';
import { runPlan, targetOf } from './executor';
import { dryRunGate } from './gates';
import type { K8sClient } from './executor';
import type { EligibilityMethod } from './plan';
import {
  INITIAL_RUN,
  applyFor,
  dryRunFor,
  isApplied,
  planKey,
  runReducer,
  startApply,
} from './run';
import { useInstallData } from './useInstallData';
import {
  deriveWizard,
  initialDraft,
  methodForCheckNodeEligibility,
  objectKey,
  pinAnswers,
  prerequisiteBlockers,
  watchKey,
  watchedLookup,
} from './wizard';
import type { Draft } from './wizard';

/** The SDK's k8s functions, as the executor wants them. */
const sdkClient: K8sClient = {
  get: (options) => k8sGet(options),
  create: (options) => k8sCreate(options),
  patch: (options) => k8sPatch(options),
};

/**
 * The install wizard's model: the user's draft, what the cluster says (useInstallData and the
 * eligibility engine), what follows from both (deriveWizard) and the dry run and apply runs
 * (run.ts), performed with the executor.
 */
export const useInstallWizard = (stored?: Draft) => {
  const [draft, setDraft] = useState<Draft>(() => stored ?? initialDraft());
  const [skipped, setSkipped] = useState<string>();
  /** The draft an apply started with: a later draft means the admin changed the answers. */
  const [appliedDraft, setAppliedDraft] = useState<Draft>();
  const [run, dispatch] = useReducer(runReducer, INITIAL_RUN);
  /** Objects this wizard created or labelled: the lookup asks the API until the watch shows them. */
  // One Set for the life of the page, mutated when an operation succeeds (state, not a ref: the
  // lookup built during render reads it).
  const [written] = useState(() => new Set<string>());
  const data = useInstallData(draft.nfd.namespace);
  // The YAML reader loads only when a NodeFeatureDiscovery has configData to read.
  const nfdRule = useNfdKataRule(data.nfdsLoaded ? data.nfds : undefined);
  const legacy = nfdRule.reusable;
  const nfdFacts = useMemo(
    (): NfdStepFacts => ({
      support: nfdSupport(data.nfdSupportInput),
      nfds: data.nfds,
      legacy,
      rules: data.rules,
    }),
    [data.nfdSupportInput, data.nfds, legacy, data.rules],
  );
  const { ctx, evaluations } = useMemo(() => {
    const context = eligibilityContext({
      infrastructure: data.infrastructure,
      nfdInstalled: data.nfdInstalled,
      nodeFeatureDiscoveries: data.nfdInstalled ? data.nfds : undefined,
      // A carrier of either kind that a running NFD applies (legacy configData or NodeFeatureRule).
      nfdKataRule: kataRuleStatus(nfdFacts).active === true,
    });
    const result = evaluateCluster(data.nodes, context);
    return { ctx: context, evaluations: new Map(result.evaluations.map((e) => [e.name, e])) };
  }, [data.nodes, data.nfds, data.nfdInstalled, data.infrastructure, nfdFacts]);
  const view = deriveWizard(draft, {
    ...data,
    evaluations,
    ctx,
    nfd: nfdFacts,
    converged: isConvergedCluster(data.pools),
  });
  const key = planKey(view.plan.operations);
  const shownApply = applyFor(run, draft !== appliedDraft);
  const started = run.apply !== undefined;
  const applied = isApplied(run.apply);

  // Existence checks from the watched lists (no 404 per create); unknown kinds ask the API.
  const lookup = watchedLookup(
    {
      [watchKey(NodeModel)]: data.nodes,
      ...(data.oscInstalled ? { [watchKey(KataConfigModel)]: data.kataConfigs } : {}),
      ...(data.nfdsLoaded ? { [watchKey(NodeFeatureDiscoveryModel)]: data.nfds } : {}),
      [watchKey(NodeFeatureRuleModel)]: data.rules['nfd.k8s-sigs.io'],
      [watchKey(NodeFeatureRuleOpenShiftModel)]: data.rules['nfd.openshift.io'],
    },
    written,
  );

  return {
    draft,
    // Defaults (reuse an NFD) and verdicts depend on the kata rule: the wizard waits for it.
    data: { ...data, loaded: data.loaded && !nfdRule.pending },
    view,
    nfdFacts,
    dryRun: dryRunFor(run, key),
    dryRunGate: dryRunGate(key, run.dryRun, skipped),
    skipDryRun: () => {
      setSkipped(key);
    },
    apply: shownApply,
    applied,
    /** Going back is closed while applying and after success. */
    locked: applied || run.apply?.running !== undefined,
    // The KataConfig this wizard creates shows up in the watch too: it is not a blocker.
    blockers: started
      ? []
      : prerequisiteBlockers({
          oscInstalled: data.oscInstalled,
          nfdInstalled: data.nfdInstalled,
          kataConfigs: data.kataConfigs,
        }),
    // Only one KataConfig is allowed per cluster: the progress follows the one there is.
    ourKataConfig: data.kataConfigs.at(0),
    setMethod: (method: EligibilityMethod) => {
      setDraft((d) => ({ ...d, method }));
    },
    setNodeSelection: (nodeSelection: string[]) => {
      setDraft((d) => ({ ...d, nodeSelection }));
    },
    setNfd: (nfd: NfdStepAnswers) => {
      setDraft((d) => ({ ...d, nfd }));
    },
    /** The form's "Check node eligibility" box picks the matching method (cleared: all workers). */
    setKataConfig: (next: KataConfigFormState) => {
      const { answers } = view;
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
    },
    runDryRun: () => {
      dispatch({ type: 'dry-run-started' });
      void runPlan(view.plan.operations, sdkClient, { dryRun: true, lookup }).then(
        ({ results }) => {
          dispatch({ type: 'dry-run-done', results, planKey: key });
        },
      );
    },
    /** Applies the plan, or after a failure retries it (resuming where it stopped). */
    start: () => {
      const apply = startApply(run.apply, view.plan.operations, draft !== appliedDraft);
      const pinned = pinAnswers(draft, view.answers, view.nfd);
      setDraft(pinned);
      setAppliedDraft(pinned);
      dispatch({ type: 'apply-started', apply });
      void runPlan(apply.operations, sdkClient, {
        from: apply.running,
        lookup,
        onResult: (index, result) => {
          const op = apply.operations[index];
          if (result.status === 'succeeded') written.add(objectKey(targetOf(op)));
          dispatch({ type: 'apply-result', index, result });
        },
      }).then(({ failedAt }) => {
        dispatch({ type: 'apply-done', failedAt });
      });
    },
  };
};
