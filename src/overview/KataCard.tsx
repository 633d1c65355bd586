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
  Skeleton,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import { RolloutLine } from './RolloutLine';
import type { Overview } from './overview';
import type { OverviewData } from './useOverviewData';

type CardProps = { data: OverviewData; overview: Overview };

const PodsLine = ({ data, overview }: CardProps) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const totals = overview.pods;
  if (data.pods === 'forbidden') return <>{t('You cannot list pods in all namespaces')}</>;
  if (data.pods === 'error') return <>{t('Pods could not be loaded')}</>;
  if (!totals) return <Skeleton width="60%" screenreaderText={t('Loading Kata pods')} />;
  return (
    <Link to={ROUTES.workloads} data-test="kata-pods">
      {t('{{pods}} holding node resources; overhead {{memory}}, {{cpu}} CPU', {
        pods: fmt.count(totals.active),
        memory: fmt.memory(totals.overhead.memory),
        cpu: fmt.cpu(totals.overhead.cpu),
      })}
    </Link>
  );
};

const NodesUnavailable = ({ error }: { error: string | undefined }) => {
  const { t } = usePluginTranslation();
  if (error === undefined) return <Skeleton width="60%" screenreaderText={t('Loading nodes')} />;
  return (
    <span data-test="nodes-error">
      {t('Nodes could not be loaded:')} <span lang="en">{error}</span>
    </span>
  );
};

/** Rollout, nodes, RuntimeClasses and the Kata pods with what their overhead adds up to. */
export const KataCard = ({ data, overview }: CardProps) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const nodes = overview.nodes;
  return (
    <Card isFullHeight data-test="kata-card">
      <CardTitle component="h2">{t('Kata')}</CardTitle>
      <CardBody>
        <DescriptionList>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Rollout')}</DescriptionListTerm>
            <DescriptionListDescription>
              <RolloutLine rollout={overview.rollout} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Nodes')}</DescriptionListTerm>
            <DescriptionListDescription>
              {nodes ? (
                <Link to={ROUTES.nodes} data-test="node-counts">
                  {t(
                    'Eligible: {{eligible}}; Kata installed: {{installed}}; all nodes: {{total}}',
                    {
                      eligible: fmt.count(nodes.eligible),
                      installed: fmt.count(nodes.installed),
                      total: fmt.count(nodes.total),
                    },
                  )}
                </Link>
              ) : (
                <NodesUnavailable error={data.nodesError} />
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Kata RuntimeClasses')}</DescriptionListTerm>
            <DescriptionListDescription data-test="runtimeclasses">
              {overview.runtimeClasses.length === 0 ? (
                t('None yet: the Operator creates them when Kata is installed')
              ) : (
                <List isPlain>
                  {overview.runtimeClasses.map((rc) => (
                    <ListItem key={rc.name}>
                      <Link to={ROUTES.runtimeClasses} data-test={`rc-${rc.name}`}>
                        {rc.overhead
                          ? t('{{name}}: overhead {{memory}}, {{cpu}} CPU per pod', {
                              name: rc.name,
                              memory: fmt.memory(rc.overhead.memory),
                              cpu: fmt.cpu(rc.overhead.cpu),
                            })
                          : t('{{name}}: no overhead', { name: rc.name })}
                      </Link>
                    </ListItem>
                  ))}
                </List>
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Kata pods')}</DescriptionListTerm>
            <DescriptionListDescription>
              <PodsLine data={data} overview={overview} />
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
