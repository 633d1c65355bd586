import { useMemo } from 'react';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import type { NodeKind } from '../models';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { CheckList } from './CheckList';
import { evaluateNode, explainNode } from './evaluate';
import { KataStateLabel, ReasonText, VerdictLabel } from './labels';
import type { EligibilityContext } from './types';

/** One node's verdict, Kata state and every check (the Node details tab's content). */
export const NodeChecks = ({ node, context }: { node: NodeKind; context: EligibilityContext }) => {
  const { t } = usePluginTranslation();
  const evaluation = useMemo(
    () => ({ ...evaluateNode(node, context), checks: explainNode(node, context) }),
    [node, context],
  );
  return (
    <Stack hasGutter>
      <StackItem>
        <DescriptionList isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Eligibility')}</DescriptionListTerm>
            <DescriptionListDescription>
              <VerdictLabel verdict={evaluation.verdict} />{' '}
              <ReasonText
                check={evaluation.checks.find(
                  (c) => c.id === (evaluation.firstFailing ?? evaluation.warning)?.id,
                )}
              />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Kata runtime')}</DescriptionListTerm>
            <DescriptionListDescription>
              <KataStateLabel state={evaluation.kataState} />
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Checks')}</Title>
        <CheckList name={evaluation.name} checks={evaluation.checks} />
      </StackItem>
      <StackItem>
        <Link to={ROUTES.nodes}>{t('See the eligibility of all nodes')}</Link>
      </StackItem>
    </Stack>
  );
};
