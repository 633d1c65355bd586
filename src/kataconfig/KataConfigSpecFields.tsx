import type { ReactNode } from 'react';
import { Checkbox, FormGroup } from '@patternfly/react-core';
import { CRIO_LOG_LEVELS, KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import type { NodeKind } from '../models';
import { SelectField, TextFormGroup } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { useFormErrorText } from '../shared/useValidationMessage';
import type { FormErrors, KataConfigFormState } from './form';
import { PeerPodsPrerequisites } from './PeerPodsWarning';
import { PoolSelectorField } from './PoolSelectorField';

export type KataConfigSpecFieldsProps = {
  value: KataConfigFormState;
  onChange: (next: KataConfigFormState) => void;
  /** Errors by field path, from validateForm. */
  errors: FormErrors;
  /** Cluster nodes; when given, the pool selector shows how many nodes it selects. */
  nodes?: NodeKind[];
  /** The name cannot change once the KataConfig exists. */
  nameReadOnly?: boolean;
  /** Prefix for element ids, so two instances can live on one page. */
  idPrefix?: string;
  /** Extra content shown under the pool selector (e.g. a preview of affected nodes). */
  selectorFooter?: ReactNode;
};

/**
 * The KataConfig spec as a controlled PatternFly form section: name, checkNodeEligibility, the
 * node pool selector (matchLabels and matchExpressions rows), CRI-O log level and peer pods.
 * Used by the KataConfig page and the install wizard.
 */
export const KataConfigSpecFields = ({
  value,
  onChange,
  errors,
  nodes,
  nameReadOnly = false,
  idPrefix = 'scc-kataconfig',
  selectorFooter,
}: KataConfigSpecFieldsProps) => {
  const { t } = usePluginTranslation();
  const id = (suffix: string) => `${idPrefix}-${suffix}`;

  const error = useFormErrorText(errors);
  const set = (patch: Partial<KataConfigFormState>) => {
    onChange({ ...value, ...patch });
  };

  return (
    <>
      <TextFormGroup
        label={t('Name')}
        id={id('name')}
        value={value.name}
        isRequired
        readOnly={nameReadOnly}
        error={error('name')}
        onChange={(name) => {
          set({ name });
        }}
        data-test="kataconfig-name"
      />

      <FormGroup fieldId={id('check-node-eligibility')}>
        <Checkbox
          id={id('check-node-eligibility')}
          label={t('Check node eligibility')}
          description={t(
            'Install the Kata runtime only on nodes labelled {{label}}. The label is applied by the Node Feature Discovery (NFD) Operator or by hand to nodes known to be eligible. When cleared, the Kata runtime is installed on all worker nodes.',
            { label: `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}` },
          )}
          isChecked={value.checkNodeEligibility}
          onChange={(_e, checked) => {
            set({ checkNodeEligibility: checked });
          }}
          data-test="kataconfig-check-node-eligibility"
        />
      </FormGroup>

      <PoolSelectorField
        value={value}
        onChange={set}
        errors={errors}
        id={id('selector')}
        nodes={nodes}
        footer={selectorFooter}
      />

      <FormGroup label={t('Log level')} fieldId={id('log-level')}>
        <SelectField
          id={id('log-level')}
          value={value.logLevel}
          options={CRIO_LOG_LEVELS}
          keepUnknown
          error={error('logLevel')}
          hint={t('CRI-O log level on the nodes that run the Kata runtime.')}
          onChange={(logLevel) => {
            set({ logLevel });
          }}
          data-test="kataconfig-log-level"
        />
      </FormGroup>

      <FormGroup fieldId={id('peer-pods')}>
        <Checkbox
          id={id('peer-pods')}
          label={t('Enable peer pods')}
          description={t(
            'Runs pod VMs on a remote system (a cloud provider) instead of on the cluster nodes. Creates the kata-remote RuntimeClass.',
          )}
          isChecked={value.enablePeerPods}
          onChange={(_e, checked) => {
            set({ enablePeerPods: checked });
          }}
          data-test="kataconfig-peer-pods"
        />
      </FormGroup>
      <PeerPodsPrerequisites enabled={value.enablePeerPods} />
    </>
  );
};
