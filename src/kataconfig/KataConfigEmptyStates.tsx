import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { CubesIcon, ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';

/** The KataConfig CRD does not exist: the operator is not installed. */
export const NotInstalled = () => {
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

/** The operator is installed but there is no KataConfig yet. */
export const NoKataConfig = () => {
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
