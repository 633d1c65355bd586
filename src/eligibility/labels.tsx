import { Icon, Label } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  InProgressIcon,
  MinusCircleIcon,
  OutlinedQuestionCircleIcon,
} from '@patternfly/react-icons';
import type { KataState } from './kataState';
import type { CheckStatus, Verdict } from './types';
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

/** The icon of a check's status; the status text sits next to it for screen readers. */
export const CheckStatusIcon = ({ status }: { status: CheckStatus }) => {
  switch (status) {
    case 'pass':
      return (
        <Icon status="success">
          <CheckCircleIcon />
        </Icon>
      );
    case 'fail':
      return (
        <Icon status="danger">
          <ExclamationCircleIcon />
        </Icon>
      );
    case 'unknown':
      return (
        <Icon>
          <OutlinedQuestionCircleIcon />
        </Icon>
      );
    case 'not-applicable':
      return (
        <Icon>
          <MinusCircleIcon />
        </Icon>
      );
  }
};
