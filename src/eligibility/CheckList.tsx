import type { CSSProperties } from 'react';
import { Content, Flex, FlexItem, List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import { CheckStatusIcon } from './labels';
import type { CheckResult, Evidence } from './types';
import { useCheckText } from './useCheckText';
import { useEligibilityText } from './useEligibilityText';

const EVIDENCE_STYLE: CSSProperties = {
  marginInlineEnd: 'var(--pf-t--global--spacer--sm)',
  wordBreak: 'break-all',
};

const evidenceText = (e: Evidence): string =>
  e.value === undefined ? e.key : `${e.key}=${e.value}`;

const CheckItem = ({ check }: { check: CheckResult }) => {
  const { t } = usePluginTranslation();
  const { statusText, reason } = useEligibilityText();
  const { checkTitle, remedy } = useCheckText();
  const problem = check.status !== 'pass' && check.status !== 'not-applicable';
  return (
    <ListItem data-test={`check-${check.id}`}>
      <Flex spaceItems={{ default: 'spaceItemsSm' }} alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>
          <CheckStatusIcon status={check.status} />
        </FlexItem>
        <FlexItem>
          <strong>{checkTitle(check.id)}</strong>
        </FlexItem>
        <FlexItem data-test="check-status">{statusText(check.status)}</FlexItem>
      </Flex>
      {check.hint && problem && <Content component="p">{reason(check, check.hint)}</Content>}
      {check.evidence.length > 0 && (
        <Content component="p">
          {t('Evidence:')}{' '}
          {check.evidence.map((e) => (
            <code key={e.key} style={EVIDENCE_STYLE}>
              {evidenceText(e)}
            </code>
          ))}
        </Content>
      )}
      {check.hint && (
        <Content component="small" data-test="check-hint">
          {remedy(check, check.hint)}
        </Content>
      )}
    </ListItem>
  );
};

/** Every check of one node: status, what was looked at, and what to do about it. */
export const CheckList = ({ name, checks }: { name: string; checks: readonly CheckResult[] }) => {
  const { t } = usePluginTranslation();
  return (
    <List
      isPlain
      isBordered
      aria-label={t('Eligibility checks for {{name}}', { name })}
      data-test="check-list"
    >
      {checks.map((check) => (
        <CheckItem key={check.id} check={check} />
      ))}
    </List>
  );
};
