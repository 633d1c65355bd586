import { useMemo } from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Card,
  CardBody,
  CardHeader,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { NodeGVK } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { CheckList } from './CheckList';
import { explainNode } from './evaluate';
import { KataStateLabel, VerdictLabel } from './labels';
import type { EligibilityRow } from './table';
import type { EligibilityContext } from './types';

type ChecksPanelProps = {
  row: EligibilityRow;
  context: EligibilityContext;
  /** Takes focus when the title mounts (useChecksDrawer). */
  titleRef: (el: HTMLElement | null) => void;
  onClose: () => void;
};

/**
 * The side panel of the eligibility page: every check of one node with its evidence and what
 * to do. Loaded when the first row is opened (React.lazy in EligibilityView).
 */
const ChecksPanel = ({ row, context, titleRef, onClose }: ChecksPanelProps) => {
  const { t } = usePluginTranslation();
  const { name, verdict, kataState } = row.evaluation;
  const checks = useMemo(() => explainNode(row.node, context), [row.node, context]);
  return (
    <Card isCompact>
      <CardHeader
        actions={{
          actions: (
            <Button
              variant="plain"
              aria-label={t('Close checks')}
              icon={<TimesIcon />}
              onClick={onClose}
            />
          ),
          hasNoOffset: true,
        }}
      >
        <Title headingLevel="h2" size="lg">
          <span ref={titleRef} tabIndex={-1}>
            {t('Checks for {{name}}', { name })}
          </span>
        </Title>
      </CardHeader>
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            <VerdictLabel verdict={verdict} /> <KataStateLabel state={kataState} />{' '}
            <ResourceLink groupVersionKind={NodeGVK} name={name} inline />
          </StackItem>
          <StackItem>
            <CheckList name={name} checks={checks} />
          </StackItem>
        </Stack>
      </CardBody>
    </Card>
  );
};

export default ChecksPanel;
