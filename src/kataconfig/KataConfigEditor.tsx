import { Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { CodeEditor, k8sGet, k8sUpdate } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Button,
  Form,
  List,
  ListItem,
  Skeleton,
  Stack,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { KataConfigModel } from '../models';
import type { KataConfigKind, NodeKind } from '../models';
import { isConflict, toApiError } from '../shared/errors';
import type { ApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';
import { ApiErrorAlert } from './ApiErrorAlert';
import { rebaseEdits } from './conflict';
import { ConflictPanel } from './ConflictPanel';
import {
  checkSave,
  currentDraft,
  initEditor,
  isDirty,
  onlyServerFieldsChanged,
  switchView,
} from './editor';
import type { EditorState, SaveCheck } from './editor';
import { formErrorYamlPath, hasErrors, toFormState, validateForm } from './form';
import type { FormErrors, YamlParseResult } from './form';
import { KataConfigSpecFields } from './KataConfigSpecFields';
import { useValidationMessage } from './useValidationMessage';

type YamlError = NonNullable<YamlParseResult['error']>;

const useYamlErrorMessage = () => {
  const { t } = usePluginTranslation();
  return function yamlErrorMessage(e: YamlError): ReactNode {
    switch (e.code) {
      case 'yaml-syntax':
        // The position in words; the parser's own sentence is English and says so.
        return (
          <>
            {e.line !== undefined && e.column !== undefined
              ? t('The YAML is not valid at line {{line}}, column {{column}}:', {
                  line: e.line,
                  column: e.column,
                })
              : t('The YAML is not valid:')}{' '}
            <span lang="en">{e.message ?? ''}</span>
          </>
        );
      case 'yaml-not-object':
        return t('The YAML must describe one object.');
      case 'yaml-wrong-kind':
        return t('The YAML must describe a KataConfig (kataconfiguration.openshift.io/v1).');
      case 'yaml-invalid-field':
        return t('The field {{path}} has the wrong type.', { path: e.path ?? '' });
    }
  };
};

type Blocked = Exclude<SaveCheck, { ok: true }>;

type KataConfigEditorProps = {
  /** The KataConfig as the watch currently has it. */
  loaded: KataConfigKind;
  nodes: NodeKind[];
  /** Shows which nodes gain or lose Kata between two specs (rendered under the form). */
  renderImpact?: (before: KataConfigKind, after: KataConfigKind, nodes: NodeKind[]) => ReactNode;
};

/** Form and YAML views over one draft; validated save with resourceVersion; 409 handling. */
export const KataConfigEditor = ({ loaded, nodes, renderImpact }: KataConfigEditorProps) => {
  const { t } = usePluginTranslation();
  const validationMessage = useValidationMessage();
  const yamlErrorMessage = useYamlErrorMessage();
  /** The version the user started editing from (pinned while there are unsaved edits). */
  const [base, setBase] = useState(loaded);
  const [editor, setEditor] = useState<EditorState>(() => initEditor(loaded));
  const [tracked, setTracked] = useState(loaded);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<ApiError>();
  const [blocked, setBlocked] = useState<Blocked>();
  const [conflict, setConflict] = useState<{ latest: KataConfigKind; mine: KataConfigKind }>();
  const [saved, setSaved] = useState(false);

  const dirty = isDirty(editor, base);

  // Follow the watch while there is nothing unsaved (status updates arrive all the time).
  if (loaded !== tracked) {
    setTracked(loaded);
    if (!dirty && !conflict && !busy) {
      setBase(loaded);
      setEditor(initEditor(loaded, editor.view));
    }
  }

  const reset = (obj: KataConfigKind) => {
    setBase(obj);
    setEditor(initEditor(obj, editor.view));
    setConflict(undefined);
    setBlocked(undefined);
    setSaveError(undefined);
  };

  const update = async (data: KataConfigKind, from: KataConfigKind) => {
    setBusy(true);
    setSaveError(undefined);
    setSaved(false);
    try {
      const result = await k8sUpdate({ model: KataConfigModel, data });
      reset(result);
      setSaved(true);
    } catch (e) {
      const err = toApiError(e);
      if (isConflict(err)) {
        let latest = loaded;
        try {
          latest = await k8sGet<KataConfigKind>({
            model: KataConfigModel,
            name: from.metadata?.name ?? '',
          });
        } catch {
          // Keep the watched version: it is the newest we know.
        }
        setConflict({ latest, mine: data });
      } else {
        setSaveError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const onSave = () => {
    setSaved(false);
    const check = checkSave(editor, base);
    if (!check.ok) {
      setBlocked(check);
      return;
    }
    setBlocked(undefined);
    // Only status moved on the server since loading: re-apply on the newest version directly.
    const data =
      loaded.metadata?.resourceVersion !== base.metadata?.resourceVersion &&
      onlyServerFieldsChanged(base, loaded)
        ? rebaseEdits(base, check.data, loaded).merged
        : check.data;
    void update(data, base);
  };

  const onReapply = () => {
    if (!conflict) return;
    const { merged } = rebaseEdits(base, conflict.mine, conflict.latest);
    const errors = validateForm(toFormState(merged));
    const newBase = conflict.latest;
    setBase(newBase);
    setEditor(initEditor(merged, editor.view));
    setConflict(undefined);
    if (hasErrors(errors)) {
      setBlocked({ ok: false, formErrors: errors });
      return;
    }
    void update(merged, newBase);
  };

  const formErrors: FormErrors = editor.view === 'form' ? validateForm(editor.form) : {};
  const draft = currentDraft(editor);

  const blockedMessages = (b: Blocked): ReactNode[] => {
    if ('yamlError' in b) return [yamlErrorMessage(b.yamlError)];
    if ('nameChanged' in b) {
      return [
        t('The name cannot be changed (from {{from}} to {{to}}).', {
          from: b.nameChanged.from,
          to: b.nameChanged.to,
        }),
      ];
    }
    const state = draft.obj ? toFormState(draft.obj) : editor.form;
    return Object.entries(b.formErrors).flatMap(([field, e]) =>
      e
        ? [
            t('{{field}}: {{message}}', {
              field: formErrorYamlPath(field, state),
              message: validationMessage(e),
            }),
          ]
        : [],
    );
  };

  return (
    <Stack hasGutter data-test="kataconfig-editor">
      <ToggleGroup aria-label={t('Editor view')}>
        <ToggleGroupItem
          text={t('Form view')}
          buttonId="scc-kataconfig-form-view"
          isSelected={editor.view === 'form'}
          onChange={() => {
            setEditor((prev) => switchView(prev, 'form'));
          }}
        />
        <ToggleGroupItem
          text={t('YAML view')}
          buttonId="scc-kataconfig-yaml-view"
          isSelected={editor.view === 'yaml'}
          onChange={() => {
            setEditor((prev) => switchView(prev, 'yaml'));
          }}
        />
      </ToggleGroup>

      {editor.view === 'yaml' && editor.yamlError ? (
        <Alert
          variant="danger"
          isInline
          title={t('Fix the YAML before switching to the form view')}
          data-test="yaml-error"
        >
          {yamlErrorMessage(editor.yamlError)}
        </Alert>
      ) : null}

      {editor.view === 'form' ? (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            onSave();
          }}
        >
          <KataConfigSpecFields
            value={editor.form}
            errors={formErrors}
            nodes={nodes}
            nameReadOnly
            onChange={(form) => {
              setSaved(false);
              setBlocked(undefined);
              setEditor((prev) => ({ ...prev, form }));
            }}
          />
        </Form>
      ) : (
        // The SDK's CodeEditor is lazy (Monaco): without this boundary its first render would
        // suspend the console's whole page to its spinner. Its language defaults to YAML.
        <Suspense fallback={<Skeleton height="400px" screenreaderText={t('Loading the editor')} />}>
          <CodeEditor
            value={editor.yamlText}
            minHeight="400px"
            // A definite height: with only minHeight Monaco collapses to one line in the console's
            // editor layout (CodeEditor.scss: Monaco is absolutely positioned).
            height="400px"
            onChange={(yamlText: string) => {
              setSaved(false);
              setBlocked(undefined);
              setEditor((prev) => ({ ...prev, yamlText, yamlError: undefined }));
            }}
          />
        </Suspense>
      )}

      {renderImpact && draft.obj ? renderImpact(base, draft.obj, nodes) : null}

      {blocked ? (
        <Alert
          variant="danger"
          isInline
          title={t('Nothing was saved: fix these problems first')}
          data-test="save-blocked"
        >
          <List>
            {blockedMessages(blocked).map((m, i) => (
              // Messages are not reordered while shown: the index is a stable key.
              <ListItem key={i}>{m}</ListItem>
            ))}
          </List>
        </Alert>
      ) : null}

      {saveError ? (
        <ApiErrorAlert
          title={t('Could not save the KataConfig')}
          error={saveError}
          data-test="save-error"
        />
      ) : null}

      {conflict ? (
        <ConflictPanel
          base={base}
          mine={conflict.mine}
          latest={conflict.latest}
          busy={busy}
          onReapply={onReapply}
          onDiscard={() => {
            reset(conflict.latest);
          }}
        />
      ) : null}

      {saved ? (
        <Alert
          variant="success"
          isInline
          title={t('The KataConfig was saved.')}
          data-test="saved"
        />
      ) : null}

      <ActionGroup>
        <Button
          variant="primary"
          onClick={onSave}
          isDisabled={busy || !dirty || conflict !== undefined}
          isLoading={busy && !conflict}
          data-test="kataconfig-save"
        >
          {t('Save')}
        </Button>
        <Button
          variant="link"
          isDisabled={busy || !dirty}
          onClick={() => {
            reset(loaded);
          }}
          data-test="kataconfig-reset"
        >
          {t('Reset to the current version')}
        </Button>
      </ActionGroup>
    </Stack>
  );
};
