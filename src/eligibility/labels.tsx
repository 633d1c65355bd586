import type { CSSProperties } from 'react';
import { Icon, Label } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  MinusCircleIcon,
  OutlinedQuestionCircleIcon,
} from '@patternfly/react-icons';
import type { KataState } from './kataState';
import type { CheckResult, CheckStatus, Verdict } from './types';
import { useEligibilityText } from './useEligibilityText';

/** Eligible / Not eligible / Unknown as a coloured PatternFly label with an icon. */
export const VerdictLabel = ({ verdict }: { verdict: Verdict }) => {
  const { verdictText } = useEligibilityText();
  const text = verdictText(verdict);
  switch (verdict) {
    case 'eligible':
      return (
        <Label status="success" isCompact data-test="verdict">
          {text}
        </Label>
      );
    case 'not-eligible':
      return (
        <Label status="danger" isCompact data-test="verdict">
          {text}
        </Label>
      );
    case 'unknown':
      return (
        <Label color="grey" icon={<OutlinedQuestionCircleIcon />} isCompact data-test="verdict">
          {text}
        </Label>
      );
  }
};

export const KataStateLabel = ({ state }: { state: KataState }) => {
  const { kataStateText } = useEligibilityText();
  const text = kataStateText(state);
  switch (state) {
    case 'installed':
      return (
        <Label status="success" variant="outline" isCompact data-test="kata-state">
          {text}
        </Label>
      );
    case 'failed':
    case 'failed-to-uninstall':
      return (
        <Label status="danger" variant="outline" isCompact data-test="kata-state">
          {text}
        </Label>
      );
    case 'installing':
    case 'waiting':
    case 'uninstalling':
    case 'waiting-to-uninstall':
      return (
        <Label
          color="blue"
          icon={<InProgressIcon />}
          variant="outline"
          isCompact
          data-test="kata-state"
        >
          {text}
        </Label>
      );
    case 'not-installed':
      return <span data-test="kata-state">{text}</span>;
  }
};

/**
 * The icon of a check's status (decorative: the status text, or the reason's sentence, sits next
 * to it for screen readers).
 */
export const CheckStatusIcon = ({
  status,
  isInline,
}: {
  status: CheckStatus;
  isInline?: boolean;
}) => {
  const props = { isInline, 'data-test': `status-icon-${status}` };
  switch (status) {
    case 'pass':
      return (
        <Icon status="success" {...props}>
          <CheckCircleIcon />
        </Icon>
      );
    case 'warn':
      return (
        <Icon status="warning" {...props}>
          <ExclamationTriangleIcon />
        </Icon>
      );
    case 'fail':
      return (
        <Icon status="danger" {...props}>
          <ExclamationCircleIcon />
        </Icon>
      );
    case 'unknown':
      return (
        <Icon {...props}>
          <OutlinedQuestionCircleIcon />
        </Icon>
      );
    case 'not-applicable':
      return (
        <Icon {...props}>
          <MinusCircleIcon />
        </Icon>
      );
  }
};

const WARNING_ICON_STYLE: CSSProperties = { marginInlineEnd: 'var(--pf-t--global--spacer--xs)' };

/**
 * The sentence that explains a verdict (the table's reason column, the Node tab): a failure or an
 * unknown as text; the warning of an eligible node (cordoned) after a warning icon, so that it
 * reads as a caveat and not as a reason it is not eligible.
 */
export const ReasonText = ({ check }: { check: CheckResult | undefined }) => {
  const { reasonOf } = useEligibilityText();
  const text = reasonOf(check);
  if (check?.status !== 'warn') return text;
  return (
    <>
      <span style={WARNING_ICON_STYLE}>
        <CheckStatusIcon status="warn" isInline />
      </span>
      {text}
    </>
  );
};
