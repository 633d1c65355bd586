import { useState } from 'react';
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Skeleton,
  Stack,
} from '@patternfly/react-core';
import { CubesIcon, ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Link } from 'react-router';
import { FLAG_KATACONFIG, ROUTES } from '../models/constants';
import type { KataConfigKind } from '../models';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { useFlagState } from '../shared/flags';
import { PluginPage } from '../shared/PluginPage';
import { isKataTarget } from '../eligibility';
import { Alert } from '../shared/Alert';
import { ApiErrorAlert } from './ApiErrorAlert';
import { KataConfigDetails } from './KataConfigDetails';
import { KataConfigEditor } from './KataConfigEditor';
import { NodeImpact } from './NodeImpact';
import { isBeingDeleted } from './status';
import { UninstallModal } from './UninstallModal';
import { useKataConfigData } from './useKataConfigData';

const NotInstalled = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('The OpenShift sandboxed containers Operator is not installed')}
      headingLevel="h2"
      icon={ExclamationTriangleIcon}
      data-test="operator-missing"
    >
      <EmptyStateBody>
        {t(
          'The KataConfig resource type does not exist on this cluster. Install the OpenShift sandboxed containers Operator from OperatorHub, then create a KataConfig.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

const InstallLink = (props: object) => <Link {...props} to={ROUTES.install} />;

const NoKataConfig = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('No KataConfig')}
      headingLevel="h2"
      icon={CubesIcon}
      data-test="kataconfig-empty"
    >
      <EmptyStateBody>
        {t(
          'The Kata runtime is not installed. Create a KataConfig with the install wizard to install it on the cluster nodes.',
        )}
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="primary" component={InstallLink}>
            {t('Install OpenShift sandboxed containers')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};

const KataConfigView = ({
  kataConfig,
  data,
  onUninstallRequested,
  deleteRequested,
}: {
  kataConfig: KataConfigKind;
  data: ReturnType<typeof useKataConfigData>;
  onUninstallRequested: () => void;
  deleteRequested: boolean;
}) => {
  const { t } = usePluginTranslation();
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
          <Button variant="danger" onClick={onUninstallRequested} data-test="kataconfig-uninstall">
            {t('Uninstall')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
};

/** `/sandboxed-containers/kataconfig`: details, editor and uninstall of the cluster's KataConfig. */
const KataConfigPage = () => {
  const { t } = usePluginTranslation();
  const crdPresent = useFlagState(FLAG_KATACONFIG);
  const data = useKataConfigData(crdPresent === true);
  const [uninstallOpen, setUninstallOpen] = useState(false);
  const [deleteRequested, setDeleteRequested] = useState(false);
  const kataConfig = data.kataConfigs.at(0);
  if (!kataConfig && deleteRequested && data.kataConfigsLoaded) setDeleteRequested(false);

  const loading = (
    <div data-test="loading">
      <Skeleton screenreaderText={t('Loading')} height="200px" />
    </div>
  );
  const body = (() => {
    // Until the console has resolved the flag, neither "installed" nor "not installed" is known.
    if (crdPresent === undefined) return loading;
    if (!crdPresent) return <NotInstalled />;
    if (data.kataConfigsError && !kataConfig) {
      return (
        <ApiErrorAlert
          title={t('Could not load the KataConfig')}
          error={toApiError(data.kataConfigsError)}
          data-test="load-error"
        />
      );
    }
    if (!data.kataConfigsLoaded) return loading;
    if (!kataConfig) return <NoKataConfig />;
    return (
      <>
        {data.kataConfigsError ? (
          <ApiErrorAlert
            title={t(
              'The connection to the KataConfig watch was lost; the page may be out of date',
            )}
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
        <KataConfigView
          kataConfig={kataConfig}
          data={data}
          deleteRequested={deleteRequested}
          onUninstallRequested={() => {
            setUninstallOpen(true);
          }}
        />
        {uninstallOpen ? (
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
        ) : null}
      </>
    );
  })();

  return <PluginPage title={t('KataConfig')}>{body}</PluginPage>;
};

export default KataConfigPage;
