import type { ReactNode } from 'react';
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Skeleton,
} from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from './i18n';
import { OPERATOR_HUB_PATH } from './setupAction';
import { useSetupAction } from './useSetupAction';

/** Module-level: a component created in render would remount the button on every render. */
const InstallLink = (props: object) => <Link {...props} to={ROUTES.install} />;
const OperatorHubLink = (props: object) => <Link {...props} to={OPERATOR_HUB_PATH} />;

type SetupEmptyStateProps = {
  title: string;
  children: ReactNode;
  'data-test'?: string;
};

/**
 * The one empty state of the pages when something is not installed yet: the same icon and
 * layout everywhere, and a primary action that fits the user (useSetupAction): Install, a link
 * to OperatorHub when the operator is missing, nothing for a user who may not install.
 */
export const SetupEmptyState = ({
  title,
  children,
  'data-test': dataTest,
}: SetupEmptyStateProps) => {
  const { t } = usePluginTranslation();
  const action = useSetupAction();
  return (
    <EmptyState titleText={title} headingLevel="h2" icon={CubesIcon} data-test={dataTest}>
      <EmptyStateBody>
        {children}
        {action === 'none' ? (
          <p data-test="ask-admin">
            {t('Ask a cluster administrator to install OpenShift sandboxed containers.')}
          </p>
        ) : null}
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          {action === 'loading' ? <Skeleton width="12rem" screenreaderText={t('Loading')} /> : null}
          {action === 'install' ? (
            <Button variant="primary" component={InstallLink} data-test="setup-install">
              {t('Install OpenShift sandboxed containers')}
            </Button>
          ) : null}
          {action === 'operatorHub' ? (
            <Button variant="primary" component={OperatorHubLink} data-test="setup-operatorhub">
              {t('Go to OperatorHub')}
            </Button>
          ) : null}
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
