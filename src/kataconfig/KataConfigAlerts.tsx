import type { KataConfigKind } from '../models';
import { Alert } from '../shared/Alert';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import type { KataConfigData } from './useKataConfigData';

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

/** The text of the read-only note, when the user may not edit or delete. */
const usePermissionNote = (data: KataConfigData) => {
  const { t } = usePluginTranslation();
  const noEdit = !data.canUpdate && !data.accessLoading;
  const noDelete = !data.canDelete && !data.accessLoading;
  if (noEdit && noDelete) {
    return t('Read-only: you do not have permission to edit or delete this KataConfig.');
  }
  if (noEdit) return t('Read-only: you do not have permission to edit this KataConfig.');
  if (noDelete) return t('You do not have permission to delete (uninstall) this KataConfig.');
  return undefined;
};

/** Above the tabs: what may be out of date, an uninstall in progress, what the user may not do. */
export const KataConfigAlerts = ({
  kataConfig,
  data,
  deleting,
}: ViewProps & { deleting: boolean }) => {
  const { t } = usePluginTranslation();
  const permissionNote = usePermissionNote(data);
  return (
    <>
      <WatchAlerts kataConfig={kataConfig} data={data} />
      {deleting ? (
        <Alert
          variant="info"
          isInline
          title={t('Uninstalling: the KataConfig is being deleted')}
          data-test="uninstall-progress"
        >
          {t(
            'The operator removes the Kata runtime from each node, and the nodes reboot. The Nodes tab follows it node by node until the KataConfig is gone.',
          )}
        </Alert>
      ) : null}
      {permissionNote ? (
        <Alert variant="info" isInline isPlain title={permissionNote} data-test="read-only" />
      ) : null}
    </>
  );
};
