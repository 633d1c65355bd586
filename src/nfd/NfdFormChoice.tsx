import { FormGroup, Radio } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import type { KataRuleCarrier } from './carriers';
import type { NfdStepAnswers, NfdStepPlan } from './plan';
import { recommendedForm } from './plan';
import type { NfdSupport } from './support';
import { useCarrierText } from './NfdSupportInfo';

type Props = {
  answers: NfdStepAnswers;
  plan: NfdStepPlan;
  support: NfdSupport;
  /** A carrier of the kata rule that NFD applies already. */
  adoptable?: KataRuleCarrier;
  onChange: (next: NfdStepAnswers) => void;
};

/** Reuse the kata rule that already works, or write one, in the form this cluster's NFD reads. */
export const NfdFormChoice = ({ answers, plan, support, adoptable, onChange }: Props) => {
  const { t } = usePluginTranslation();
  const { name } = useCarrierText();
  const recommended = recommendedForm(support);
  return (
    <>
      {adoptable ? (
        <FormGroup role="radiogroup" isStack fieldId="scc-nfd-adopt" label={t('Kata rule')}>
          <Radio
            id="scc-nfd-adopt-yes"
            name="scc-nfd-adopt"
            label={t('Use the kata rule that already labels nodes: {{carrier}}', {
              carrier: name(adoptable),
            })}
            isChecked={answers.adopt}
            onChange={() => {
              onChange({ ...answers, adopt: true });
            }}
            data-test="nfd-adopt"
          />
          <Radio
            id="scc-nfd-adopt-no"
            name="scc-nfd-adopt"
            label={t('Write a new kata rule')}
            isChecked={!answers.adopt}
            onChange={() => {
              onChange({ ...answers, adopt: false });
            }}
            data-test="nfd-write"
          />
        </FormGroup>
      ) : null}
      {plan.adopted ? null : (
        <FormGroup
          role="radiogroup"
          isStack
          fieldId="scc-nfd-form"
          label={t('Form of the kata rule')}
        >
          <Radio
            id="scc-nfd-form-rule"
            name="scc-nfd-form"
            label={
              recommended === 'rule' ? t('NodeFeatureRule (recommended)') : t('NodeFeatureRule')
            }
            description={t(
              'A NodeFeatureRule with the rule in matchFeatures/matchAny form, next to a NodeFeatureDiscovery that runs the Operator’s own NFD. Works with NFD 4.10 and later.',
            )}
            isDisabled={support.ruleApi === undefined}
            isChecked={plan.form === 'rule'}
            onChange={() => {
              onChange({ ...answers, form: 'rule' });
            }}
            data-test="nfd-form-rule"
          />
          <Radio
            id="scc-nfd-form-legacy"
            name="scc-nfd-form"
            label={t('Legacy configData (OpenShift 4.14 and earlier)')}
            description={
              support.legacyRules === false
                ? t(
                    'The documented nfd.yaml: the rule as matchOn in workerConfig.configData. This NFD ignores matchOn rules, so the form works only with an operand image of OpenShift 4.14 or earlier pinned.',
                  )
                : t(
                    'The documented nfd.yaml: the rule as matchOn in workerConfig.configData, with the operand image pinned.',
                  )
            }
            isChecked={plan.form === 'legacy'}
            onChange={() => {
              onChange({ ...answers, form: 'legacy' });
            }}
            data-test="nfd-form-legacy"
          />
        </FormGroup>
      )}
    </>
  );
};
