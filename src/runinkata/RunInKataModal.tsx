import { useMemo, useState } from 'react';
import {
  Button,
  ClipboardCopy,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Skeleton,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import yaml from 'js-yaml';
import type { K8sModel } from '../models';
import type { WorkloadKind } from '../models/workloads';
import { PodModel } from '../models/workloads';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { FlowTarget, Mode } from './flow';
import { canSave, isBusy } from './flow';
import { FlowStatus } from './FlowStatus';
import { ImpactDetails } from './ImpactDetails';
import { ImpactNotes, useImpactNotes } from './ImpactNotes';
import type { Impact } from './impact';
import { impactOf } from './impact';
import { jobCopy } from './patch';
import { RolloutNote } from './RolloutNote';
import { useRunInKataData } from './useRunInKataData';
import { useRunInKataFlow } from './useRunInKataFlow';

export type RunInKataModalProps = {
  workload: WorkloadKind;
  model: K8sModel;
  mode: Mode;
  closeOverlay: () => void;
};

const Notes = ({ impact, podsForbidden }: { impact: Impact; podsForbidden: boolean }) => (
  <ImpactNotes notes={useImpactNotes(impact, podsForbidden)} />
);

/** A Job's template is immutable: the way into Kata is a new Job, given here as YAML. */
const JobCopy = ({ workload, runtimeClass }: { workload: WorkloadKind; runtimeClass: string }) => {
  const { t } = usePluginTranslation();
  const text = yaml.dump(jobCopy(workload, runtimeClass), { noRefs: true, lineWidth: -1 });
  return (
    <Stack hasGutter data-test="job-copy">
      <StackItem>
        {t('Create a new Job from this YAML, which is this Job with runtimeClassName set:')}
      </StackItem>
      <StackItem>
        <ClipboardCopy
          isCode
          isReadOnly
          variant="expansion"
          isExpanded
          hoverTip={t('Copy')}
          clickTip={t('Copied')}
        >
          {text}
        </ClipboardCopy>
      </StackItem>
    </Stack>
  );
};

/**
 * "Run in Kata" / "Stop running in Kata" for a Deployment, StatefulSet, DaemonSet or Job: the impact
 * first, then a server dry run, then save, with undo after saving.
 */
export const RunInKataModal = ({ workload, model, mode, closeOverlay }: RunInKataModalProps) => {
  const { t, i18n } = usePluginTranslation();
  const data = useRunInKataData();
  const current = workload.spec?.template?.spec?.runtimeClassName;
  const names = useMemo(
    () => data.kataClasses.map((c) => c.metadata?.name ?? ''),
    [data.kataClasses],
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // kata by default; removing takes away the class the template has.
  const runtimeClass = useMemo(() => {
    if (mode === 'remove') return current;
    return chosen ?? (names.includes('kata') ? 'kata' : names.at(0));
  }, [mode, current, chosen, names]);
  const rc = data.kataClasses.find((c) => c.metadata?.name === runtimeClass);
  const isJob = workload.kind === 'Job';
  const impact = useMemo(
    () =>
      data.nodes
        ? impactOf({ workload, runtimeClass: rc, nodes: data.nodes, usage: data.usage })
        : undefined,
    [workload, rc, data.nodes, data.usage],
  );
  const target = useMemo<FlowTarget | undefined>(
    () => (runtimeClass ? { model, podModel: PodModel, workload, runtimeClass, mode } : undefined),
    [model, workload, runtimeClass, mode],
  );
  const { state, onSave, onUndo } = useRunInKataFlow(target, !isJob && data.runtimeClassesLoaded);
  const name = workload.metadata?.name ?? '';
  const title =
    mode === 'set'
      ? t('Run {{name}} in Kata', { name })
      : t('Stop running {{name}} in Kata', { name });
  const done = ['saved', 'undoing', 'undo-failed', 'undone'].includes(state.step);
  const notInstalled = mode === 'set' && data.runtimeClassesLoaded && names.length === 0;

  let body;
  if (notInstalled) {
    body = (
      <Alert
        variant="warning"
        isInline
        title={t('Kata is not installed')}
        data-test="not-installed"
      >
        {t(
          'There is no Kata RuntimeClass yet. Install Kata first (Sandboxed containers › Install).',
        )}
      </Alert>
    );
  } else if (!impact || !data.runtimeClassesLoaded) {
    body = <Skeleton height="200px" screenreaderText={t('Loading nodes and RuntimeClasses')} />;
  } else {
    body = (
      <Stack hasGutter>
        {mode === 'set' && names.length > 1 ? (
          <StackItem>
            <FormGroup label={t('Kata RuntimeClass')} fieldId="scc-run-in-kata-class">
              <FormSelect
                id="scc-run-in-kata-class"
                value={runtimeClass}
                isDisabled={isBusy(state) || done}
                onChange={(_e, v) => {
                  setChosen(v);
                }}
              >
                {names.map((n) => (
                  <FormSelectOption key={n} value={n} label={n} />
                ))}
              </FormSelect>
            </FormGroup>
          </StackItem>
        ) : null}
        <StackItem>
          <ImpactDetails impact={impact} runtimeClass={runtimeClass ?? ''} />
        </StackItem>
        {mode === 'set' ? (
          <StackItem>
            <Notes impact={impact} podsForbidden={data.podsForbidden} />
          </StackItem>
        ) : null}
        <StackItem>
          <RolloutNote rollout={impact.rollout} kind={workload.kind ?? ''} mode={mode} />
        </StackItem>
        <StackItem>
          {isJob ? (
            <JobCopy workload={workload} runtimeClass={runtimeClass ?? 'kata'} />
          ) : (
            <FlowStatus state={state} mode={mode} />
          )}
        </StackItem>
      </Stack>
    );
  }

  return (
    // onEscapePress, not onClose: PatternFly's close button would be labelled in English only.
    <Modal
      isOpen
      onEscapePress={closeOverlay}
      variant="medium"
      // The dialog renders outside the page (a portal): it says its language itself (LangScope).
      lang={i18n.resolvedLanguage ?? i18n.language}
      aria-labelledby="scc-run-in-kata-title"
      data-test="run-in-kata"
    >
      <ModalHeader title={title} labelId="scc-run-in-kata-title" />
      <ModalBody>{body}</ModalBody>
      <ModalFooter>
        {done ? (
          // Close takes Save's place and Undo comes second: a double click on Save must not undo.
          <>
            <Button variant="primary" onClick={closeOverlay} data-test="close">
              {t('Close')}
            </Button>
            {state.step !== 'undone' ? (
              <Button
                variant="secondary"
                onClick={onUndo}
                isDisabled={isBusy(state)}
                isLoading={state.step === 'undoing'}
                data-test="undo"
              >
                {t('Undo')}
              </Button>
            ) : null}
          </>
        ) : (
          <>
            {isJob || notInstalled ? null : (
              <Button
                variant="primary"
                onClick={onSave}
                isDisabled={!canSave(state)}
                isLoading={state.step === 'saving'}
                data-test="save"
              >
                {t('Save')}
              </Button>
            )}
            <Button variant="link" onClick={closeOverlay}>
              {isJob || notInstalled ? t('Close') : t('Cancel')}
            </Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
};
