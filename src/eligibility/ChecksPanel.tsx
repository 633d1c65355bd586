import { useMemo } from 'react';
import {
  DrawerActions,
  DrawerCloseButton,
  DrawerHead,
  DrawerPanelBody,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
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
 * The drawer content of the eligibility page: every check of one node with its evidence and what
 * to do. Loaded when the first row is opened (React.lazy in EligibilityView).
 */
const ChecksPanel = ({ row, context, titleRef, onClose }: ChecksPanelProps) => {
  const { t } = usePluginTranslation();
  const { name, verdict, kataState } = row.evaluation;
  const checks = useMemo(() => explainNode(row.node, context), [row.node, context]);
  return (
    <>
      <DrawerHead>
        <Title headingLevel="h2" size="lg">
          <span ref={titleRef} tabIndex={-1}>
            {t('Checks for {{name}}', { name })}
          </span>
        </Title>
        <DrawerActions>
          <DrawerCloseButton aria-label={t('Close checks')} onClick={onClose} />
        </DrawerActions>
      </DrawerHead>
      <DrawerPanelBody>
        <Stack hasGutter>
          <StackItem>
            <VerdictLabel verdict={verdict} /> <KataStateLabel state={kataState} />
          </StackItem>
          <StackItem>
            <CheckList name={name} checks={checks} />
          </StackItem>
        </Stack>
      </DrawerPanelBody>
    </>
  );
};

export default ChecksPanel;
