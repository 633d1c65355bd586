import {
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
import type { K8sModel } from '../models';
import type { WorkloadKind } from '../models/workloads';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { Mode } from './flow';
import { isBusy, isDone } from './flow';
import { FlowStatus } from './FlowStatus';
import { RunInKataFooter } from './RunInKataFooter';
import { ImpactDetails } from './ImpactDetails';
import { ImpactNotes, useImpactNotes } from './ImpactNotes';
import type { Impact } from './impact';
import { JobCopy } from './JobCopy';
import { RolloutNote } from './RolloutNote';
import { useRunInKataModel } from './useRunInKataModel';

export type RunInKataModalProps = {
  workload: WorkloadKind;
  model: K8sModel;
  mode: Mode;
  closeOverlay: () => void;
};

const Notes = ({ impact, podsForbidden }: { impact: Impact; podsForbidden: boolean }) => (
  <ImpactNotes notes={useImpactNotes(impact, podsForbidden)} />
);

/**
 * "Run in Kata" / "Stop running in Kata" for a Deployment, StatefulSet, DaemonSet or Job: the impact
 * first, then a server dry run, then save, with undo after saving.
 */
export const RunInKataModal = ({ workload, model, mode, closeOverlay }: RunInKataModalProps) => {
  const { t, i18n } = usePluginTranslation();
  const m = useRunInKataModel(workload, model, mode);
  const { state, onSave, onUndo, impact, names, runtimeClass, isJob, notInstalled } = m;
  const name = workload.metadata?.name ?? '';
  const title =
    mode === 'set'
      ? t('Run {{name}} in Kata', { name })
      : t('Stop running {{name}} in Kata', { name });

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
  } else if (!impact || !m.loaded) {
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
                isDisabled={isBusy(state) || isDone(state)}
                onChange={(_e, v) => {
                  m.setChosen(v);
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
            <Notes impact={impact} podsForbidden={m.podsForbidden} />
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
        <RunInKataFooter
          state={state}
          canWrite={!isJob && !notInstalled}
          onSave={onSave}
          onUndo={onUndo}
          onClose={closeOverlay}
        />
      </ModalFooter>
    </Modal>
  );
};
