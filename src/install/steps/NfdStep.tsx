import {
  CodeBlock,
  CodeBlockCode,
  ExpandableSection,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Radio,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';
import type { NodeFeatureDiscoveryKind } from '../../models';
import { useValidationMessage } from '../../kataconfig/useValidationMessage';
import { usePluginTranslation } from '../../shared/i18n';
import { KATA_NFD_CONFIG_DATA } from '../../nfd/kataRule';
import { validateNfdSettings } from '../plan';
import type { NfdAnswers, NfdCreateSettings } from '../plan';

const FieldError = ({ id, text }: { id: string; text: string | undefined }) =>
  text ? (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant="error">{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

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
  const creating = value.mode === 'create';
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <FormGroup
        role="radiogroup"
        isStack
        fieldId="scc-install-nfd-mode"
        label={t('NodeFeatureDiscovery')}
      >
        <Radio
          id="scc-install-nfd-reuse"
          name="scc-install-nfd-mode"
          label={t('Use an existing NodeFeatureDiscovery that has the Kata rule')}
          description={
            reusable.length === 0
              ? t('None of the existing NodeFeatureDiscoveries has the Kata rule.')
              : undefined
          }
          isDisabled={reusable.length === 0}
          isChecked={value.mode === 'reuse'}
          onChange={() => {
            onChange({ ...value, mode: 'reuse' });
          }}
          data-test="nfd-reuse"
        />
        <Radio
          id="scc-install-nfd-create"
          name="scc-install-nfd-mode"
          label={t('Create a NodeFeatureDiscovery')}
          isChecked={creating}
          onChange={() => {
            onChange({ ...value, mode: 'create' });
          }}
          data-test="nfd-create"
        />
      </FormGroup>
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
      {creating ? (
        <>
          <FormGroup label={t('Name')} isRequired fieldId="scc-install-nfd-name">
            <TextInput
              id="scc-install-nfd-name"
              isRequired
              value={value.create.name}
              validated={errors.name ? 'error' : 'default'}
              aria-describedby={errors.name ? 'scc-install-nfd-name-error' : undefined}
              onChange={(_e, name) => {
                setCreate({ name });
              }}
              data-test="nfd-name"
            />
            <FieldError
              id="scc-install-nfd-name-error"
              text={errors.name ? message(errors.name) : undefined}
            />
          </FormGroup>
          <FormGroup label={t('Namespace')} isRequired fieldId="scc-install-nfd-namespace">
            <TextInput
              id="scc-install-nfd-namespace"
              isRequired
              value={value.create.namespace}
              validated={errors.namespace ? 'error' : 'default'}
              aria-describedby={errors.namespace ? 'scc-install-nfd-namespace-error' : undefined}
              onChange={(_e, namespace) => {
                setCreate({ namespace });
              }}
              data-test="nfd-namespace"
            />
            <FieldError
              id="scc-install-nfd-namespace-error"
              text={errors.namespace ? message(errors.namespace) : undefined}
            />
          </FormGroup>
          <FormGroup label={t('Operand image')} isRequired fieldId="scc-install-nfd-image">
            <TextInput
              id="scc-install-nfd-image"
              isRequired
              value={value.create.image}
              validated={errors.image ? 'error' : 'default'}
              aria-describedby={errors.image ? 'scc-install-nfd-image-error' : undefined}
              onChange={(_e, image) => {
                setCreate({ image });
              }}
              data-test="nfd-image"
            />
            <FieldError id="scc-install-nfd-image-error" text={imageError} />
          </FormGroup>
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
