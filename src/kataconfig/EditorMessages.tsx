import { Suspense, lazy } from 'react';
import { List, ListItem, Skeleton } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import type { KataConfigEditorModel } from './useKataConfigEditor';
import { useEditorMessages } from './useEditorMessages';

/** Shown only after a 409: fetched then, not with the page. */
const ConflictPanel = lazy(() =>
  import('./ConflictPanel').then(({ ConflictPanel: panel }) => ({ default: panel })),
);

/** What the last save attempt came to: refused, failed, in conflict, or saved. */
export const EditorMessages = ({ editor }: { editor: KataConfigEditorModel }) => {
  const { t } = usePluginTranslation();
  const { blockedMessages } = useEditorMessages();
  const { model } = editor;
  const { blocked, saveError, conflict } = model;
  return (
    <>
      {blocked ? (
        <Alert
          variant="danger"
          isInline
          title={t('Nothing was saved: fix these problems first')}
          data-test="save-blocked"
        >
          <List>
            {blockedMessages(blocked, model.draft).map((m, i) => (
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
        <Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
          <ConflictPanel
            base={model.base}
            mine={conflict.mine}
            latest={conflict.latest}
            busy={model.saving}
            onReapply={editor.reapply}
            onDiscard={() => {
              editor.reset(conflict.latest);
            }}
          />
        </Suspense>
      ) : null}
      {model.saved ? (
        <Alert
          variant="success"
          isInline
          title={t('The KataConfig was saved.')}
          data-test="saved"
        />
      ) : null}
    </>
  );
};
