import { useMemo } from 'react';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
  Skeleton,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { useEligibilityData } from '../hooks/useEligibilityData';
import type { NodeKind } from '../models';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';
import { LangScope } from '../shared/LangScope';
import { CheckList } from './CheckList';
import { evaluateNode } from './evaluate';
import { KataStateLabel, VerdictLabel } from './labels';
import { useEligibilityText } from './useEligibilityText';

type NodeEligibilityTabProps = { obj?: NodeKind };

/**
 * "Sandboxed containers" tab on the Node details page (console.tab/horizontalNav): the node's
 * eligibility checks and Kata state. Watches only the cluster context, not the node list.
 */
const NodeEligibilityTab = ({ obj }: NodeEligibilityTabProps) => {
  const { t } = usePluginTranslation();
  const { reasonOf } = useEligibilityText();
  const { loaded, context } = useEligibilityData(false);
  const evaluation = useMemo(() => (obj ? evaluateNode(obj, context) : undefined), [obj, context]);

  let content;
  if (!evaluation) {
    content = (
      <Alert
        variant="warning"
        isInline
        title={t('The node could not be read')}
        data-test="no-node"
      />
    );
  } else if (!loaded) {
    content = <Skeleton height="300px" screenreaderText={t('Loading eligibility checks')} />;
  } else {
    content = (
      <Stack hasGutter>
        <StackItem>
          <DescriptionList isHorizontal>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Eligibility')}</DescriptionListTerm>
              <DescriptionListDescription>
                <VerdictLabel verdict={evaluation.verdict} /> {reasonOf(evaluation.firstFailing)}
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
          <CheckList evaluation={evaluation} />
        </StackItem>
        <StackItem>
          <Link to={ROUTES.nodes}>{t('See the eligibility of all nodes')}</Link>
        </StackItem>
      </Stack>
    );
  }
  return (
    <LangScope>
      <PageSection data-test="node-eligibility-tab">
        <Stack hasGutter>
          <StackItem>
            <Title headingLevel="h2">{t('Sandboxed containers')}</Title>
          </StackItem>
          <StackItem>{content}</StackItem>
        </Stack>
      </PageSection>
    </LangScope>
  );
};

export default NodeEligibilityTab;
