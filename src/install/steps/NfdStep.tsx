import { useState } from 'react';
import {
  CodeBlock,
  CodeBlockCode,
  ExpandableSection,
  Form,
  List,
  ListItem,
} from '@patternfly/react-core';
import { KATA_NFD_CONFIG_DATA } from '../../nfd/configData';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';
import { kataRuleStatus } from '../../nfd/carriers';
import { NfdFields } from '../../nfd/NfdFields';
import { NfdFormChoice } from '../../nfd/NfdFormChoice';
import { NfdSupportInfo } from '../../nfd/NfdSupportInfo';
import type { NfdStepAnswers, NfdStepFacts, NfdStepPlan } from '../../nfd/plan';
import { useNfdFieldText } from '../../nfd/useNfdFieldText';

/** The rule as it will be written (JSON is YAML too: no YAML library before the review). */
const ruleText = (plan: NfdStepPlan): string => {
  if (plan.form === 'legacy') return KATA_NFD_CONFIG_DATA;
  const rule = plan.creates.find((c) => c.object.kind === 'NodeFeatureRule')?.object;
  return JSON.stringify(rule ?? {}, null, 2);
};

type NfdStepProps = {
  value: NfdStepAnswers;
  facts: NfdStepFacts;
  plan: NfdStepPlan;
  onChange: (next: NfdStepAnswers) => void;
};

/**
 * Step 3 (NFD method only): what this cluster's NFD reads, the kata rule that already works (to
 * adopt) or the form to write it in, and the names and image of what is created. The decisions are
 * nfd/plan.ts's; this lays them out.
 */
export const NfdStep = ({ value, facts, plan, onChange }: NfdStepProps) => {
  const { t } = usePluginTranslation();
  const { stepError, warning } = useNfdFieldText();
  const [showRule, setShowRule] = useState(false);
  const { carriers } = kataRuleStatus(facts);
  const adoptable =
    carriers.find((c) => c.effective === true && c.kind === 'rule') ??
    carriers.find((c) => c.effective === true);
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <NfdSupportInfo support={facts.support} carriers={carriers} />
      <NfdFormChoice
        answers={value}
        plan={plan}
        support={facts.support}
        adoptable={adoptable}
        onChange={onChange}
      />
      {plan.error ? (
        <Alert
          variant={plan.error === 'pending' ? 'info' : 'danger'}
          isInline
          title={stepError(plan.error)}
          data-test="nfd-step-error"
        />
      ) : null}
      {plan.adopted ? null : (
        <>
          <NfdFields answers={value} plan={plan} support={facts.support} onChange={onChange} />
          {plan.warnings.length > 0 ? (
            <Alert variant="warning" isInline title={t('Check before you go on')}>
              <List>
                {plan.warnings.map((w) => (
                  <ListItem key={w}>{warning(w)}</ListItem>
                ))}
              </List>
            </Alert>
          ) : null}
          <ExpandableSection
            toggleText={showRule ? t('Hide the kata rule') : t('Show the kata rule')}
            isExpanded={showRule}
            onToggle={(_e, expanded) => {
              setShowRule(expanded);
            }}
          >
            <CodeBlock>
              <CodeBlockCode data-test="nfd-rule-text">{ruleText(plan)}</CodeBlockCode>
            </CodeBlock>
          </ExpandableSection>
        </>
      )}
    </Form>
  );
};
