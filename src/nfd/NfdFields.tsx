import {
  Content,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useValidationMessage } from '../shared/useValidationMessage';
import { usePluginTranslation } from '../shared/i18n';
import type { NfdStepAnswers, NfdStepPlan } from './plan';
import type { NfdSupport } from './support';
import { useNfdFieldText } from './useNfdFieldText';

const Helper = ({ id, error, text }: { id: string; error?: string; text?: string }) =>
  error || text ? (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

type Field = 'name' | 'namespace' | 'image' | 'ruleName';

type Props = {
  answers: NfdStepAnswers;
  plan: NfdStepPlan;
  support: NfdSupport;
  onChange: (next: NfdStepAnswers) => void;
};

/** The names and the operand image of what the NFD step creates. */
export const NfdFields = ({ answers, plan, support, onChange }: Props) => {
  const { t } = usePluginTranslation();
  const message = useValidationMessage();
  const { imageError } = useNfdFieldText();
  const createsInstance = plan.creates.some((c) => c.object.kind === 'NodeFeatureDiscovery');
  const e = plan.fieldErrors;
  let nsError: string | undefined;
  if (e.namespace?.code === 'outside-operator-namespace') {
    nsError = t(
      'The NFD Operator runs NodeFeatureDiscoveries of its namespace {{namespace}} only.',
      {
        namespace: e.namespace.namespace,
      },
    );
  } else if (e.namespace) nsError = message(e.namespace);
  const errors: Record<Field, string | undefined> = {
    name: e.name && message(e.name),
    namespace: nsError,
    image: e.image && imageError(e.image),
    ruleName: e.ruleName && message(e.ruleName),
  };
  const input = (
    field: Exclude<Field, 'image'> | 'image',
    label: string,
    help?: string,
    placeholder?: string,
  ) => (
    <FormGroup
      label={label}
      isRequired={field !== 'image' || plan.fieldErrors.image === 'required'}
      fieldId={`scc-nfd-${field}`}
    >
      <TextInput
        id={`scc-nfd-${field}`}
        value={answers[field]}
        placeholder={placeholder}
        validated={errors[field] ? 'error' : 'default'}
        aria-describedby={`scc-nfd-${field}-help`}
        onChange={(_ev, value) => {
          onChange({ ...answers, [field]: value });
        }}
        data-test={`nfd-${field}`}
      />
      <Helper id={`scc-nfd-${field}-help`} error={errors[field]} text={help} />
    </FormGroup>
  );
  const imageHelp =
    plan.form === 'legacy'
      ? t('Leave empty for {{image}}.', { image: plan.image ?? '' })
      : support.operandImageRequired === false
        ? t('Optional: leave empty and the NFD Operator runs its own operand.')
        : plan.image
          ? t(
              'This NFD Operator needs an image (NFD 4.16 and earlier): leave empty for its own, {{image}}.',
              {
                image: plan.image,
              },
            )
          : undefined;
  return (
    <>
      {createsInstance ? (
        <>
          {input('name', t('NodeFeatureDiscovery name'))}
          {input('namespace', t('Namespace'))}
          {input('image', t('Operand image'), imageHelp, plan.image)}
        </>
      ) : plan.runsOn ? (
        <Content component="p" data-test="nfd-runs-on">
          {t(
            'NodeFeatureDiscovery {{name}} in {{namespace}} already runs NFD: it applies the new rule.',
            plan.runsOn,
          )}
        </Content>
      ) : null}
      {plan.form === 'rule' ? input('ruleName', t('NodeFeatureRule name')) : null}
    </>
  );
};
