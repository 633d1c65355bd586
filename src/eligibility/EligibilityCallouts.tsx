import { StackItem } from '@patternfly/react-core';
import { Trans } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { EligibilityContext } from './types';

/** What the page must say before the table: NFD is missing, or every worker is a target. */
export const EligibilityCallouts = ({ context }: { context: EligibilityContext }) => {
  const { t } = usePluginTranslation();
  const allWorkers = context.kataConfig?.spec?.checkNodeEligibility === false;
  return (
    <>
      {context.nfdPresent !== true && (
        <StackItem>
          <Alert
            variant="info"
            isInline
            title={t('Hardware virtualization support is unknown until NFD labels the nodes')}
            data-test="nfd-callout"
          >
            {context.nfdInstalled ? (
              <Trans t={t}>
                No NodeFeatureDiscovery exists. Create one in the{' '}
                <Link to={ROUTES.install}>install wizard</Link>, or apply the label by hand to nodes
                known to be eligible.
              </Trans>
            ) : (
              <Trans t={t}>
                The Node Feature Discovery (NFD) Operator is not installed. Install it and create a
                NodeFeatureDiscovery with the <Link to={ROUTES.install}>install wizard</Link>, or
                apply the label by hand to nodes known to be eligible.
              </Trans>
            )}
          </Alert>
        </StackItem>
      )}
      {allWorkers && (
        <StackItem>
          <Alert
            variant="info"
            isInline
            title={t('Kata is installed on all worker nodes')}
            data-test="all-workers-callout"
          >
            {t(
              'The KataConfig sets checkNodeEligibility: false, so every worker node is a target, and installation fails on ineligible workers.',
            )}
          </Alert>
        </StackItem>
      )}
    </>
  );
};
