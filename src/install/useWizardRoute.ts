import { Fragment, createElement, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWizardContext } from '@patternfly/react-core';
import type { WizardFooterProps } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import {
  WIZARD_STORAGE_KEY,
  WIZARD_STEPS,
  decodeWizard,
  encodeWizard,
  resumeStep,
  searchWithStep,
  stepFromSearch,
} from './persistence';
import type { Draft } from './wizard';
import type { Resume, StoredWizard, WizardStep } from './persistence';

/** sessionStorage, when the browser lets the page use it (private modes may not). */
const storage = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

/** What this browser tab stored of the wizard (answers and step), checked field by field. */
export const readStoredWizard = () => decodeWizard(storage()?.getItem(WIZARD_STORAGE_KEY));

/** Keeps the answers and the step in this tab's sessionStorage (gone with the tab). */
export const useStoredWizard = (step: WizardStep, draft: Draft) => {
  useEffect(() => {
    try {
      storage()?.setItem(WIZARD_STORAGE_KEY, encodeWizard({ step, draft }));
    } catch {
      // A full or refused storage only loses the resume; the wizard works on.
    }
  }, [step, draft]);
};

/**
 * The wizard's step in the URL (`?step=`), so Back/Forward, reload and the plugin's tabs keep it.
 * Where it opens is decided once the cluster is known (resumeStep): a KataConfig being installed
 * opens the progress; otherwise the URL's step, else the one stored in this tab.
 */
export const useWizardRoute = ({
  loaded,
  kataConfigs,
  stored,
}: {
  loaded: boolean;
  kataConfigs: readonly KataConfigKind[];
  stored?: StoredWizard;
}) => {
  const location = useLocation();
  const navigate = useNavigate();
  const [resume, setResume] = useState<Resume>();
  // Decided in the render the cluster arrives in (no flash of another step), once.
  let current = resume;
  if (loaded && !current) {
    current = resumeStep({ urlStep: stepFromSearch(location.search), stored, kataConfigs });
    setResume(current);
  }
  useEffect(() => {
    if (resume && stepFromSearch(location.search) === undefined) {
      void navigate({ search: searchWithStep(location.search, resume.step) }, { replace: true });
    }
  }, [resume, location.search, navigate]);
  const step = stepFromSearch(location.search) ?? current?.step ?? 'prerequisites';
  return {
    step,
    resume: current,
    /** PatternFly's 1-based index over all steps, hidden ones included (the order of WIZARD_STEPS). */
    startIndex: WIZARD_STEPS.indexOf(current?.step ?? 'prerequisites') + 1,
    /** Each step the user moves to is a history entry: the browser's Back returns to it. */
    onStepChange: (id: string | number | undefined) => {
      const next = WIZARD_STEPS.find((s) => s === id);
      if (next && next !== stepFromSearch(location.search)) {
        void navigate({ search: searchWithStep(location.search, next) });
      }
    },
  };
};

/** Inside the wizard: follows the URL when the browser's Back/Forward changes it. */
const WizardUrlSync = ({ step }: { step: WizardStep }) => {
  const { activeStep, goToStepById } = useWizardContext();
  const seen = useRef(step);
  useEffect(() => {
    // Only a change of the URL moves the wizard (a click moves the wizard first, then the URL).
    if (seen.current === step) return;
    seen.current = step;
    // goToStepById ignores disabled and hidden steps: the wizard stays where it may be.
    if (activeStep.id !== step) goToStepById(step);
  }, [step, activeStep.id, goToStepById]);
  return null;
};

/**
 * What every step carries: translated footer buttons (PatternFly's are English by default) and,
 * in its body, the URL follower.
 */
export const useStepChrome = (step: WizardStep) => {
  const { t } = usePluginTranslation();
  return {
    footer: (props: Partial<WizardFooterProps> = {}): Partial<WizardFooterProps> => ({
      nextButtonText: t('Next'),
      backButtonText: t('Back'),
      cancelButtonText: t('Cancel'),
      ...props,
    }),
    body: (children: ReactNode) =>
      createElement(Fragment, null, createElement(WizardUrlSync, { step }), children),
  };
};
