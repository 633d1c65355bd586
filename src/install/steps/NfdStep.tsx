import { useState } from 'react';
import {
  CodeBlock,
  CodeBlockCode,
  ExpandableSection,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
} from '@patternfly/react-core';
import type { NodeFeatureDiscoveryKind } from '../../models';
import { useValidationMessage } from '../../kataconfig/useValidationMessage';
import { KATA_NFD_CONFIG_DATA } from '../../nfd/configData';
import { TextFormGroup } from '../../shared/fields';
import { usePluginTranslation } from '../../shared/i18n';
import { RadioGroup } from '../../shared/RadioGroup';
import { validateNfdSettings } from '../plan';
import type { NfdAnswers, NfdCreateSettings } from '../plan';

type NfdStepProps = {
  value: NfdAnswers;
  /** Existing NodeFeatureDiscoveries that already carry the Kata rule. */
  reusable: readonly NodeFeatureDiscoveryKind[];
  onChange: (next: NfdAnswers) => void;
};

const refOf = (nfd: NodeFeatureDiscoveryKind) => ({
  name: nfd.metadata?.name ?? '',
  namespace: nfd.metadata?.namespace ?? '',
});
const keyOf = (ref: { name: string; namespace: string }) => `${ref.namespace}/${ref.name}`;

/** Step 3 (NFD method only): reuse a NodeFeatureDiscovery with the Kata rule, or create one. */
export const NfdStep = ({ value, reusable, onChange }: NfdStepProps) => {
  const { t } = usePluginTranslation();
  const message = useValidationMessage();
  const [showRule, setShowRule] = useState(false);
  const errors = validateNfdSettings(value.create);
  const setCreate = (patch: Partial<NfdCreateSettings>) => {
    onChange({ ...value, create: { ...value.create, ...patch } });
  };
  const imageError = (() => {
    switch (errors.image) {
      case undefined:
        return undefined;
      case 'required':
        return t('Enter the operand image.');
      case 'image-invalid':
        return t('Enter an image reference without spaces, such as registry/repository:tag.');
    }
  })();
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <RadioGroup<NfdAnswers['mode']>
        id="scc-install-nfd"
        label={t('NodeFeatureDiscovery')}
        testPrefix="nfd"
        value={value.mode}
        onChange={(mode) => {
          onChange({ ...value, mode });
        }}
        options={[
          {
            value: 'reuse',
            label: t('Use an existing NodeFeatureDiscovery that has the Kata rule'),
            description:
              reusable.length === 0
                ? t('None of the existing NodeFeatureDiscoveries has the Kata rule.')
                : undefined,
            isDisabled: reusable.length === 0,
          },
          { value: 'create', label: t('Create a NodeFeatureDiscovery') },
        ]}
      />
      {value.mode === 'reuse' && reusable.length > 0 ? (
        <FormGroup label={t('Existing NodeFeatureDiscovery')} fieldId="scc-install-nfd-existing">
          <FormSelect
            id="scc-install-nfd-existing"
            value={value.reuse ? keyOf(value.reuse) : ''}
            onChange={(_e, key) => {
              const found = reusable.map(refOf).find((r) => keyOf(r) === key);
              onChange({ ...value, reuse: found });
            }}
          >
            {reusable.map(refOf).map((r) => (
              <FormSelectOption key={keyOf(r)} value={keyOf(r)} label={keyOf(r)} />
            ))}
          </FormSelect>
        </FormGroup>
      ) : null}
      {value.mode === 'create' ? (
        <>
          <TextFormGroup
            label={t('Name')}
            id="scc-install-nfd-name"
            isRequired
            value={value.create.name}
            error={errors.name ? message(errors.name) : undefined}
            onChange={(name) => {
              setCreate({ name });
            }}
            data-test="nfd-name"
          />
          <TextFormGroup
            label={t('Namespace')}
            id="scc-install-nfd-namespace"
            isRequired
            value={value.create.namespace}
            error={errors.namespace ? message(errors.namespace) : undefined}
            onChange={(namespace) => {
              setCreate({ namespace });
            }}
            data-test="nfd-namespace"
          />
          <TextFormGroup
            label={t('Operand image')}
            id="scc-install-nfd-image"
            isRequired
            value={value.create.image}
            error={imageError}
            onChange={(image) => {
              setCreate({ image });
            }}
            data-test="nfd-image"
          />
          <ExpandableSection
            toggleText={t('Show the Kata detection rule')}
            isExpanded={showRule}
            onToggle={(_e, expanded) => {
              setShowRule(expanded);
            }}
          >
            <CodeBlock>
              <CodeBlockCode>{KATA_NFD_CONFIG_DATA}</CodeBlockCode>
            </CodeBlock>
          </ExpandableSection>
        </>
      ) : null}
    </Form>
  );
};
