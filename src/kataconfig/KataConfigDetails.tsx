import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  Stack,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { DEFAULT_LOG_LEVEL } from './form';
import { PhaseAlert } from './PhaseAlert';
import { inProgressCondition, progressPhase, selectorRequirements } from './status';

/** Details and the InProgress condition of a KataConfig (the nodes are in the Nodes tab). */
export const KataConfigDetails = ({ kataConfig }: { kataConfig: KataConfigKind }) => {
  const { t } = usePluginTranslation();
  const spec = kataConfig.spec;
  const condition = inProgressCondition(kataConfig);
  const requirements = selectorRequirements(spec?.kataConfigPoolSelector);
  const runtimeClasses = kataConfig.status?.runtimeClasses ?? [];

  return (
    <Stack hasGutter>
      <DescriptionList isHorizontal data-test="kataconfig-details">
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
          <DescriptionListDescription>{kataConfig.metadata?.name}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
          <DescriptionListDescription>
            <Timestamp timestamp={kataConfig.metadata?.creationTimestamp ?? ''} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Check node eligibility')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-check-node-eligibility">
            {spec?.checkNodeEligibility
              ? t('Yes: only nodes labelled as eligible')
              : t('No: all selected worker nodes')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Node pool selector')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-selector">
            {requirements.length > 0 ? (
              <LabelGroup numLabels={10} aria-label={t('Node pool selector')}>
                {requirements.map((r) => (
                  <Label key={r} variant="outline">
                    {r}
                  </Label>
                ))}
              </LabelGroup>
            ) : (
              t('None: all worker nodes')
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Log level')}</DescriptionListTerm>
          <DescriptionListDescription>
            {spec?.logLevel ?? DEFAULT_LOG_LEVEL}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Peer pods')}</DescriptionListTerm>
          <DescriptionListDescription>
            {spec?.enablePeerPods ? t('Enabled') : t('Disabled')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('InProgress condition')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-condition">
            {condition
              ? t('{{status}} (reason: {{reason}})', {
                  status: condition.status,
                  reason: condition.reason || '—',
                })
              : t('Not reported yet')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('RuntimeClasses')}</DescriptionListTerm>
          <DescriptionListDescription data-test="details-runtimeclasses">
            {runtimeClasses.length > 0 ? (
              <LabelGroup numLabels={10} aria-label={t('RuntimeClasses')}>
                {runtimeClasses.map((name) => (
                  <Label
                    key={name}
                    render={({ className, content }) => (
                      <Link to={ROUTES.runtimeClasses} className={className}>
                        {content}
                      </Link>
                    )}
                  >
                    {name}
                  </Label>
                ))}
              </LabelGroup>
            ) : (
              t('None created yet')
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>

      <div data-test="kataconfig-phase">
        <PhaseAlert phase={progressPhase(kataConfig)} />
      </div>
    </Stack>
  );
};
