import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { NodeFeatureDiscoveryGVK } from '../models';
import { KATA_RUNTIME_LABEL, OSC_NAMESPACE, ROUTES } from '../models/constants';
import { selectorRequirements } from '../kataconfig/status';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import type { Overview } from './overview';

const CSV_GVK = {
  group: 'operators.coreos.com',
  version: 'v1alpha1',
  kind: 'ClusterServiceVersion',
};

const OperatorLine = ({ operator }: { operator: Overview['operator'] }) => {
  const { t } = usePluginTranslation();
  if (!operator.present) return <>{t('Not installed')}</>;
  if (!operator.csvName) return <>{t('Installed (version unknown)')}</>;
  return (
    <ResourceLink
      groupVersionKind={CSV_GVK}
      name={operator.csvName}
      namespace={OSC_NAMESPACE}
      displayName={t('Installed, version {{version}}', {
        version: operator.version ?? operator.csvName,
      })}
    />
  );
};

const NfdLine = ({ nfd }: { nfd: Overview['nfd'] }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  switch (nfd.kind) {
    case 'not-installed':
      return <>{t('The Node Feature Discovery Operator is not installed')}</>;
    case 'no-instance':
      return <>{t('Installed; no NodeFeatureDiscovery yet')}</>;
    case 'running':
      return (
        <List isPlain>
          <ListItem>
            <ResourceLink
              groupVersionKind={NodeFeatureDiscoveryGVK}
              name={nfd.name}
              namespace={nfd.namespace}
            />
          </ListItem>
          <ListItem>
            {nfd.kataRule
              ? t('Its configuration has the Kata rule')
              : t('Its configuration has no Kata rule')}
          </ListItem>
          <ListItem>
            <Link to={ROUTES.nodes} data-test="nfd-labelled">
              {t('{{formatted}} nodes labelled {{label}}=true', {
                count: nfd.labelledNodes,
                formatted: fmt.count(nfd.labelledNodes),
                label: KATA_RUNTIME_LABEL,
              })}
            </Link>
          </ListItem>
        </List>
      );
  }
};

/** The KataConfig in words: where Kata goes and how. */
const KataConfigLine = ({ kc }: { kc: NonNullable<Overview['kataConfig']> }) => {
  const { t } = usePluginTranslation();
  const selector = selectorRequirements(kc.poolSelector).join(', ');
  return (
    <List isPlain>
      <ListItem>
        <Link to={ROUTES.kataConfig}>{kc.name}</Link>
      </ListItem>
      <ListItem>
        {kc.eligibilityRequired
          ? t(
              'Kata goes to the worker nodes labelled {{label}}=true (checkNodeEligibility: true)',
              {
                label: KATA_RUNTIME_LABEL,
              },
            )
          : t('Kata goes to all worker nodes (checkNodeEligibility: false)')}
      </ListItem>
      {selector ? (
        <ListItem>
          {t('Only the nodes that match {{selector}} (kataConfigPoolSelector)', { selector })}
        </ListItem>
      ) : null}
      <ListItem>{t('CRI-O log level: {{level}}', { level: kc.logLevel })}</ListItem>
      {kc.peerPods ? <ListItem>{t('Peer pods are enabled')}</ListItem> : null}
    </List>
  );
};

/** Operators, NFD and the KataConfig. */
export const SetupCard = ({ overview }: { overview: Overview }) => {
  const { t } = usePluginTranslation();
  return (
    <Card isFullHeight data-test="setup-card">
      <CardTitle component="h2">{t('Setup')}</CardTitle>
      <CardBody>
        <DescriptionList>
          <DescriptionListGroup>
            <DescriptionListTerm>
              {t('OpenShift sandboxed containers Operator')}
            </DescriptionListTerm>
            <DescriptionListDescription data-test="operator">
              <OperatorLine operator={overview.operator} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Node Feature Discovery')}</DescriptionListTerm>
            <DescriptionListDescription data-test="nfd">
              <NfdLine nfd={overview.nfd} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('KataConfig')}</DescriptionListTerm>
            <DescriptionListDescription data-test="kataconfig">
              {overview.kataConfig ? <KataConfigLine kc={overview.kataConfig} /> : t('None')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
