import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { Form, Skeleton, Stack, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import type { KataConfigKind, NodeKind } from '../models';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { currentDraft, planSave } from './editor';
import type { EditorModel } from './editor';
import { EditorMessages } from './EditorMessages';
import { validateForm } from './form';
import { KataConfigSpecFields } from './KataConfigSpecFields';
import { SaveActions } from './SaveActions';
import { useEditorMessages } from './useEditorMessages';
import { useKataConfigEditor } from './useKataConfigEditor';

/** The nodes a save would reboot; none when the save is blocked (it shows why instead). */
const rebootingOnSave = (
  model: EditorModel,
  rebootingOf: (before: KataConfigKind, after: KataConfigKind) => string[],
): string[] => {
  const plan = planSave(model);
  return plan.blocked ? [] : rebootingOf(plan.from, plan.data);
};

type KataConfigEditorProps = {
  /** The KataConfig as the watch currently has it. */
  loaded: KataConfigKind;
  nodes: NodeKind[];
  /** Shows which nodes gain or lose Kata between two specs (rendered under the form). */
  renderImpact?: (before: KataConfigKind, after: KataConfigKind, nodes: NodeKind[]) => ReactNode;
  /** The nodes a save from `before` to `after` reboots: Save asks for confirmation first. */
  rebootingOf?: (before: KataConfigKind, after: KataConfigKind) => string[];
};

/** Form and YAML views over one draft; validated save with resourceVersion; 409 handling. */
export const KataConfigEditor = ({
  loaded,
  nodes,
  renderImpact,
  rebootingOf,
}: KataConfigEditorProps) => {
  const { t } = usePluginTranslation();
  const { yamlErrorMessage } = useEditorMessages();
  const editor = useKataConfigEditor(loaded);
  const { model } = editor;
  const { draft } = model;
  const current = currentDraft(draft);

  return (
    <Stack hasGutter data-test="kataconfig-editor">
      <ToggleGroup aria-label={t('Editor view')}>
        <ToggleGroupItem
          text={t('Form view')}
          buttonId="scc-kataconfig-form-view"
          isSelected={draft.view === 'form'}
          onChange={editor.showForm}
        />
        <ToggleGroupItem
          text={t('YAML view')}
          buttonId="scc-kataconfig-yaml-view"
          isSelected={draft.view === 'yaml'}
          onChange={editor.showYaml}
        />
      </ToggleGroup>

      {draft.view === 'yaml' && draft.yamlError ? (
        <Alert
          variant="danger"
          isInline
          title={t('Fix the YAML before switching to the form view')}
          data-test="yaml-error"
        >
          {yamlErrorMessage(draft.yamlError)}
        </Alert>
      ) : null}
      {editor.yamlUnavailable ? (
        <Alert
          variant="danger"
          isInline
          title={t('The YAML view could not be loaded. Reload the page to try again.')}
          data-test="yaml-unavailable"
        />
      ) : null}

      {draft.view === 'form' ? (
        <Form
          isWidthLimited
          onSubmit={(e) => {
            e.preventDefault();
            editor.save();
          }}
        >
          <KataConfigSpecFields
            value={draft.form}
            errors={validateForm(draft.form)}
            nodes={nodes}
            nameReadOnly
            onChange={editor.editForm}
          />
        </Form>
      ) : (
        // The SDK's CodeEditor is lazy (Monaco): without this boundary its first render would
        // suspend the console's whole page to its spinner. Its language defaults to YAML.
        <Suspense fallback={<Skeleton height="400px" screenreaderText={t('Loading the editor')} />}>
          <CodeEditor
            value={draft.yamlText}
            minHeight="400px"
            // A definite height: with only minHeight Monaco collapses to one line in the console's
            // editor layout (CodeEditor.scss: Monaco is absolutely positioned).
            height="400px"
            onChange={editor.editYaml}
          />
        </Suspense>
      )}

      {renderImpact && current.obj ? renderImpact(model.base, current.obj, nodes) : null}

      <EditorMessages editor={editor} />

      <SaveActions
        editor={editor}
        loaded={loaded}
        rebooting={rebootingOf ? rebootingOnSave(model, rebootingOf) : []}
      />
    </Stack>
  );
};
