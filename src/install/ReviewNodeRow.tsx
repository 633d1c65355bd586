import { Content, Icon, Label, List, ListItem } from '@patternfly/react-core';
import { ExclamationCircleIcon, ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Td, Tr } from '@patternfly/react-table';
import { useEligibilityText } from '../eligibility/useEligibilityText';
import { usePluginTranslation } from '../shared/i18n';
import type { ReviewNode, ReviewWarning } from './reviewNodes';

const BLOCKING: readonly ReviewWarning[] = ['blocks-not-ready', 'blocks-cordoned'];

const useWarningText = () => {
  const { t } = usePluginTranslation();
  return (w: ReviewWarning): string => {
    switch (w) {
      case 'blocks-not-ready':
        return t('Not Ready: blocks the whole rollout until it is Ready and schedulable');
      case 'blocks-cordoned':
        return t('Cordoned: blocks the whole rollout until it is Ready and schedulable');
      case 'not-rhcos':
        return t(
          'Not RHCOS: the Kata extension is not installed here, so Kata pods will fail; if its Machine Config Daemon fails instead, the rollout stops',
        );
      case 'kata-pods-fail':
        return t('Installs, but Kata pods will fail here');
      case 'low-memory':
        return t('Installs, but a Kata pod does not fit in its memory');
    }
  };
};

/** One node of the review: its eligibility and what being in the Kata pool means for it. */
export const ReviewNodeRow = ({ node }: { node: ReviewNode }) => {
  const { t } = usePluginTranslation();
  const { verdictText, reasonOf } = useEligibilityText();
  const warningText = useWarningText();
  const status = { eligible: 'success', 'not-eligible': 'danger', unknown: undefined } as const;
  return (
    <Tr data-test={`review-node-${node.name}`} data-certainty={node.certainty}>
      <Td dataLabel={t('Node')}>{node.name}</Td>
      <Td dataLabel={t('Eligibility')}>
        <Label status={status[node.verdict]} isCompact>
          {node.certainty === 'nfd-decides' ? t('NFD decides') : verdictText(node.verdict)}
        </Label>
        {node.reason && node.certainty === 'certain' ? (
          <Content component="small"> {reasonOf(node.reason)}</Content>
        ) : null}
      </Td>
      <Td dataLabel={t('What happens')}>
        {node.warnings.length === 0 ? (
          t('Gets the Kata runtime and reboots')
        ) : (
          <List isPlain>
            {node.warnings.map((w) => (
              <ListItem
                key={w}
                icon={
                  <Icon status={BLOCKING.includes(w) ? 'danger' : 'warning'} isInline>
                    {BLOCKING.includes(w) ? <ExclamationCircleIcon /> : <ExclamationTriangleIcon />}
                  </Icon>
                }
              >
                {warningText(w)}
              </ListItem>
            ))}
          </List>
        )}
      </Td>
    </Tr>
  );
};
