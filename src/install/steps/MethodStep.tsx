import { Form, Title } from '@patternfly/react-core';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { usePluginTranslation } from '../../shared/i18n';
import { RadioGroup } from '../../shared/RadioGroup';
import type { EligibilityMethod } from '../plan';
import { methodUnavailableReason } from '../wizard';
import type { NodeChoice } from '../wizard';
import { NodePicker } from './NodePicker';

type MethodStepProps = {
  method: EligibilityMethod;
  onMethod: (method: EligibilityMethod) => void;
  nfdInstalled: boolean;
  choices: readonly NodeChoice[];
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
};

/** Step 2: how nodes become eligible (OSC docs › Checking node eligibility, and its note on the two non-NFD methods). */
export const MethodStep = ({
  method,
  onMethod,
  nfdInstalled,
  choices,
  selected,
  onSelected,
}: MethodStepProps) => {
  const { t } = usePluginTranslation();
  const label = `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}`;
  const nfdReason = methodUnavailableReason('nfd', { nfdInstalled });
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <RadioGroup<EligibilityMethod>
        id="scc-install-method"
        label={t('Eligibility method')}
        testPrefix="method"
        value={method}
        onChange={onMethod}
        options={[
          {
            value: 'nfd',
            label: t('Automatic with Node Feature Discovery (recommended)'),
            description: nfdReason
              ? t('Unavailable: the Node Feature Discovery (NFD) Operator is not installed.')
              : t(
                  'A NodeFeatureDiscovery resource labels every node that supports virtualization with {{label}}; Kata is installed only on those nodes.',
                  { label },
                ),
            isDisabled: nfdReason !== undefined,
          },
          {
            value: 'manual',
            label: t('Label chosen nodes by hand'),
            description: t(
              'You apply {{label}} to worker nodes you know are eligible, and the KataConfig checks node eligibility. No NodeFeatureDiscovery is needed.',
              { label },
            ),
          },
          {
            value: 'all-workers',
            label: t('All worker nodes'),
            description: t(
              'The KataConfig installs Kata on every worker node (checkNodeEligibility: false). No NodeFeatureDiscovery is needed.',
            ),
          },
        ]}
      />
      {method === 'manual' ? (
        <>
          <Title headingLevel="h2" size="md">
            {t('Nodes to label')}
          </Title>
          <NodePicker choices={choices} selected={selected} onChange={onSelected} />
        </>
      ) : null}
    </Form>
  );
};
