import type { AnchorHTMLAttributes } from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import { Link } from 'react-router';
import { NodeGVK } from '../models';
import { ROUTES } from '../models/constants';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { useRolloutText } from '../rollout/useRolloutText';
import type { NextAction } from './overview';

/** OperatorHub filtered to the operator (the console's route). */
const OPERATORHUB = '/operatorhub/all-namespaces?keyword=sandboxed%20containers';

const InstallLink = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => (
  <Link {...props} to={ROUTES.install} />
);

/** The one thing to do next on this cluster, with the link that does it. */
export const NextActionCard = ({ next }: { next: NextAction }) => {
  const { t } = usePluginTranslation();
  const { problemTitle, problemAdvice } = useRolloutText();
  const props = { isInline: true, 'data-test': 'next-action', 'data-action': next.kind };
  switch (next.kind) {
    case 'install-operator':
      return (
        <Alert
          {...props}
          variant="info"
          title={t('Next: install the OpenShift sandboxed containers Operator')}
        >
          <p>
            {t(
              'The Operator provides KataConfig and the Kata runtime. Install it from OperatorHub, then come back here.',
            )}
          </p>
          <Link to={OPERATORHUB}>{t('Open OperatorHub')}</Link>
        </Alert>
      );
    case 'install':
      return (
        <Alert {...props} variant="info" title={t('Next: install Kata on the nodes')}>
          <p>
            {t(
              'There is no KataConfig yet. The install wizard checks the nodes, creates the resources and follows the rollout.',
            )}
          </p>
          <Button variant="primary" component={InstallLink}>
            {t('Install Kata')}
          </Button>
        </Alert>
      );
    case 'fix-rollout':
      return (
        <Alert {...props} variant="danger" title={t('Next: fix what stops the rollout')}>
          {next.problem ? (
            <>
              <p data-test="next-problem">{problemTitle(next.problem)}</p>
              {next.node ? <ResourceLink groupVersionKind={NodeGVK} name={next.node} /> : null}
              {next.detail ? <p lang="en">{next.detail}</p> : null}
              <p>{problemAdvice(next.problem)}</p>
            </>
          ) : (
            <p data-test="next-problem">{t('Kata could not be installed on a node.')}</p>
          )}
          <Link to={ROUTES.kataConfig}>{t('See the rollout in the KataConfig')}</Link>
        </Alert>
      );
    case 'remove-kata-pods':
      return (
        <Alert {...props} variant="warning" title={t('Next: remove the pods that run in Kata')}>
          <p>
            {t(
              'The KataConfig is being deleted, and the Operator waits until no pod uses a Kata RuntimeClass.',
            )}
          </p>
          {next.detail ? <p lang="en">{next.detail}</p> : null}
          <Link to={ROUTES.workloads}>{t('See the workloads in Kata')}</Link>
        </Alert>
      );
    case 'wait':
      return (
        <Alert {...props} variant="info" title={t('Next: wait for the rollout')}>
          <p>
            {next.state === 'uninstalling'
              ? t(
                  'Kata is being removed from the nodes. Each node is drained and rebooted in turn.',
                )
              : t(
                  'Kata is being installed on the nodes. Each node is drained and rebooted in turn.',
                )}
          </p>
          <Link to={ROUTES.kataConfig}>{t('Follow the rollout')}</Link>
        </Alert>
      );
    case 'keep-kata-off':
      return (
        <Alert
          {...props}
          variant="warning"
          title={t('Next: keep Kata pods off the nodes that cannot run them')}
        >
          <p data-test="next-problem">{problemTitle(next.problem)}</p>
          <p>{problemAdvice(next.problem)}</p>
          <Link to={ROUTES.kataConfig}>{t('See the rollout in the KataConfig')}</Link>
        </Alert>
      );
    case 'nothing':
      return (
        <Alert {...props} variant="success" title={t('Nothing to do: Kata is installed')}>
          <p>
            {t(
              'To run a workload in Kata, use Run in Kata in the Actions menu of a Deployment, StatefulSet, DaemonSet or Job.',
            )}
          </p>
        </Alert>
      );
  }
};
