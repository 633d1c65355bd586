import { Suspense, lazy, useState } from 'react';
import { Button, Card, CardBody, CardTitle, Skeleton, Stack } from '@patternfly/react-core';
import type { KataConfigKind } from '../models';
import { isKataTarget } from '../eligibility/selector';
import { Alert } from '../shared/Alert';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import { KataConfigDetails } from './KataConfigDetails';
import { KataConfigEditor } from './KataConfigEditor';
import { NodeImpact } from './NodeImpact';
import { isBeingDeleted } from './status';
import type { KataConfigData } from './useKataConfigData';

/** The uninstall dialog: fetched when it is opened. */
const UninstallModal = lazy(() =>
  import('./UninstallModal').then(({ UninstallModal: modal }) => ({ default: modal })),
);

type ViewProps = { kataConfig: KataConfigKind; data: KataConfigData };

/** What may be out of date or incomplete on the page. */
const WatchAlerts = ({ kataConfig, data }: ViewProps) => {
  const { t } = usePluginTranslation();
  return (
    <>
      {data.kataConfigsError ? (
        <ApiErrorAlert
          title={t('The connection to the KataConfig watch was lost; the page may be out of date')}
          error={toApiError(data.kataConfigsError)}
          data-test="watch-error"
        />
      ) : null}
      {data.nodesError ? (
        <ApiErrorAlert
          title={t('Could not load the nodes; the list of affected nodes may be incomplete')}
          error={toApiError(data.nodesError)}
          data-test="nodes-error"
        />
      ) : null}
      {data.kataConfigs.length > 1 ? (
        <Alert
          variant="warning"
          isInline
          title={t('There is more than one KataConfig; only {{name}} is shown.', {
            name: kataConfig.metadata?.name ?? '',
          })}
        />
      ) : null}
    </>
  );
};

/**
 * The cluster's KataConfig: what the watches report, its details, the editor (when the user may
 * update it) and uninstall (when the user may delete it).
 */
export const KataConfigView = ({ kataConfig, data }: ViewProps) => {
  const { t } = usePluginTranslation();
  const [uninstallOpen, setUninstallOpen] = useState(false);
  const [deleteRequested, setDeleteRequested] = useState(false);
  const deleting = deleteRequested || isBeingDeleted(kataConfig);
  const noEdit = !data.canUpdate && !data.accessLoading;
  const noDelete = !data.canDelete && !data.accessLoading;
  const permissionNote = (() => {
    if (noEdit && noDelete) {
      return t('Read-only: you do not have permission to edit or delete this KataConfig.');
    }
    if (noEdit) return t('Read-only: you do not have permission to edit this KataConfig.');
    if (noDelete) return t('You do not have permission to delete (uninstall) this KataConfig.');
    return undefined;
  })();
  return (
    <Stack hasGutter>
      <WatchAlerts kataConfig={kataConfig} data={data} />
      {deleting ? (
        <Alert
          variant="info"
          isInline
          title={t('Uninstalling: the KataConfig is being deleted')}
          data-test="uninstall-progress"
        >
          {t(
            'The operator removes the Kata runtime from each node, and the nodes reboot. This page shows the progress until the KataConfig is gone.',
          )}
        </Alert>
      ) : null}
      {permissionNote ? (
        <Alert variant="info" isInline isPlain title={permissionNote} data-test="read-only" />
      ) : null}
      <Card>
        <CardTitle>{t('Details')}</CardTitle>
        <CardBody>
          <KataConfigDetails kataConfig={kataConfig} />
        </CardBody>
      </Card>
      {data.canUpdate && !deleting ? (
        <Card>
          <CardTitle>{t('Edit')}</CardTitle>
          <CardBody>
            <KataConfigEditor
              loaded={kataConfig}
              nodes={data.nodes}
              renderImpact={(before, after, nodes) => (
                <NodeImpact before={before} after={after} nodes={nodes} isTarget={isKataTarget} />
              )}
            />
          </CardBody>
        </Card>
      ) : null}
      {data.canDelete && !deleting ? (
        <div>
          <Button
            variant="danger"
            onClick={() => {
              setUninstallOpen(true);
            }}
            data-test="kataconfig-uninstall"
          >
            {t('Uninstall')}
          </Button>
        </div>
      ) : null}
      {uninstallOpen ? (
        <Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
          <UninstallModal
            kataConfig={kataConfig}
            onClose={() => {
              setUninstallOpen(false);
            }}
            onDeleted={() => {
              setUninstallOpen(false);
              setDeleteRequested(true);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
};
