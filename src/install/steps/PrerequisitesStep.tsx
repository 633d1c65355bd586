import { Content, List, Title, Stack } from '@patternfly/react-core';
import { Link } from 'react-router';
import { ROUTES } from '../../models/constants';
import type { InfrastructureKind, KataConfigKind } from '../../models';
import { PlatformGateAlert } from '../PlatformGateAlert';
import { usePlatformName } from '../../shared/usePlatformName';
import type { PlatformGate } from '../platformGate';
import { usePluginTranslation } from '../../shared/i18n';
import type { Access } from '../wizard';
import { Alert } from '../../shared/Alert';
import { StatusLine } from './StatusLine';

const PermissionLine = ({
  allowed,
  yes,
  no,
  'data-test': dataTest,
}: {
  allowed: boolean;
  yes: string;
  no: string;
  'data-test': string;
}) => (
  <StatusLine status={allowed ? 'success' : 'warning'} data-test={dataTest}>
    {allowed ? yes : no}
  </StatusLine>
);

type PrerequisitesStepProps = {
  /** What the wizard read of the cluster (useInstallData). */
  data: {
    oscInstalled: boolean;
    nfdInstalled: boolean;
    access: Access;
    accessLoading: boolean;
    infrastructure?: InfrastructureKind;
  };
  /** KataConfigs that existed before this wizard ran (only one is allowed). */
  existingKataConfigs: readonly KataConfigKind[];
  /** Whether Kata can run on this platform at all (platformGate.ts). */
  gate: PlatformGate;
};

/** Step 1 (OSC docs › Checking node eligibility › Prerequisites): operators, permissions, an existing KataConfig, platforms. */
export const PrerequisitesStep = ({ data, existingKataConfigs, gate }: PrerequisitesStepProps) => {
  const { t } = usePluginTranslation();
  const { oscInstalled, nfdInstalled, access, accessLoading, infrastructure } = data;
  const platformName = usePlatformName();
  const platform =
    infrastructure?.status?.platformStatus?.type ?? infrastructure?.status?.platform ?? '';
  const existing = existingKataConfigs.at(0);
  return (
    <Stack hasGutter>
      <PlatformGateAlert gate={gate} />
      {existing ? (
        <Alert
          variant="danger"
          isInline
          title={t('A KataConfig already exists')}
          data-test="kataconfig-exists"
        >
          <p>
            {t(
              'Only one KataConfig is allowed per cluster, and {{name}} already exists. Edit it instead of installing again.',
              { name: existing.metadata?.name ?? '' },
            )}
          </p>
          <Link to={ROUTES.kataConfig}>{t('Go to the KataConfig')}</Link>
        </Alert>
      ) : null}
      <Title headingLevel="h2" size="lg">
        {t('Operators')}
      </Title>
      <List isPlain data-test="prerequisite-operators">
        <StatusLine status={oscInstalled ? 'success' : 'danger'} data-test="osc-operator">
          {oscInstalled
            ? t('The OpenShift sandboxed containers Operator is installed.')
            : t(
                'The OpenShift sandboxed containers Operator is not installed. Install it from OperatorHub first.',
              )}
        </StatusLine>
        <StatusLine status={nfdInstalled ? 'success' : 'warning'} data-test="nfd-operator">
          {nfdInstalled
            ? t('The Node Feature Discovery (NFD) Operator is installed.')
            : t(
                'The Node Feature Discovery (NFD) Operator is not installed. Eligible nodes cannot be detected automatically; you can label nodes by hand or install on all worker nodes.',
              )}
        </StatusLine>
      </List>
      <Title headingLevel="h2" size="lg">
        {t('Your permissions')}
      </Title>
      {accessLoading ? (
        <Content component="p">{t('Checking your permissions…')}</Content>
      ) : (
        <List isPlain data-test="prerequisite-permissions">
          {/* RBAC answers for a kind whose CRD does not exist: a permission to create nothing
              (ui-walk #19). The Operator lines above say what is missing. */}
          {oscInstalled ? (
            <PermissionLine
              allowed={access['create-kataconfig']}
              yes={t('You can create KataConfigs.')}
              no={t('You cannot create KataConfigs.')}
              data-test="permission-kataconfig"
            />
          ) : null}
          {nfdInstalled ? (
            <PermissionLine
              allowed={access['create-nfd']}
              yes={t('You can create NodeFeatureDiscoveries.')}
              no={t('You cannot create NodeFeatureDiscoveries.')}
              data-test="permission-nfd"
            />
          ) : null}
          <PermissionLine
            allowed={access['patch-nodes']}
            yes={t('You can label nodes.')}
            no={t('You cannot label nodes.')}
            data-test="permission-nodes"
          />
        </List>
      )}
      <Title headingLevel="h2" size="lg">
        {t('Supported platforms')}
      </Title>
      <List data-test="supported-platforms">
        <StatusLine status="success">
          {t(
            'RHCOS worker nodes on on-premise bare metal (user-provisioned, installer-provisioned or assisted installer).',
          )}
        </StatusLine>
        <StatusLine status="success">
          {t('Amazon Web Services (AWS) bare-metal instances.')}
        </StatusLine>
        <StatusLine status="danger">{t('RHEL worker nodes are not supported.')}</StatusLine>
        <StatusLine status="danger">{t('Nested virtualization is not supported.')}</StatusLine>
        <StatusLine status="danger">
          {t('Bare-metal instances of other cloud providers are not supported.')}
        </StatusLine>
      </List>
      {platform ? (
        <Content component="p" data-test="cluster-platform">
          {t('This cluster runs on the platform {{platform}}.', {
            platform: platformName(platform),
          })}
        </Content>
      ) : null}
    </Stack>
  );
};
