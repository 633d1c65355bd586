import { Content, ExpandableSection, List, ListItem, Stack } from '@patternfly/react-core';
import { Table, Tbody, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { NotLabelledReason, ReviewNodes } from './reviewNodes';
import { ReviewNodeRow } from './ReviewNodeRow';

/** The review's answer to "which nodes get Kata and reboot": every one by name, with what it means. */
export const ReviewNodeList = ({ review }: { review: ReviewNodes }) => {
  const { t, i18n } = usePluginTranslation();
  const [showOthers, setShowOthers] = useState(false);
  const fmt = new Intl.NumberFormat(i18n.language);
  const { certain, nfdDecides, blocking, notLabelled } = review;
  const reasonText = (r: NotLabelledReason) => {
    switch (r) {
      case 'no-virtualization':
        return t('NFD reports no hardware virtualization (VMX or SVM)');
      case 'kvm-not-loaded':
        return t('VMX or SVM, but the kvm modules are not loaded');
      case 'not-ready':
        return t('not Ready: NFD cannot run on it, so it gets no label until it is Ready');
      case 'not-chosen':
        return t('neither chosen nor labelled already');
    }
  };
  const total = review.nodes.length;
  let headline: string;
  if (total === 0) headline = t('No node will get the Kata runtime.');
  else if (nfdDecides === 0) {
    headline = t('{{formatted}} nodes will get the Kata runtime and reboot one after another.', {
      count: certain,
      formatted: fmt.format(certain),
    });
  } else if (certain === 0) {
    headline = t(
      'NFD decides which of these {{formatted}} workers get the Kata runtime: it has not reported their hardware yet. Each one that gets it reboots.',
      { count: nfdDecides, formatted: fmt.format(nfdDecides) },
    );
  } else {
    headline = t(
      '{{formatted}} nodes will get the Kata runtime and reboot; NFD decides for {{unknown}} more whose hardware it has not reported yet.',
      { count: certain, formatted: fmt.format(certain), unknown: fmt.format(nfdDecides) },
    );
  }
  return (
    <Stack hasGutter>
      <Content component="p" data-test="target-count">
        {headline}
      </Content>
      {blocking > 0 ? (
        <Alert
          variant="danger"
          isInline
          title={t('{{count}} of these nodes will stop the rollout', { count: blocking })}
          data-test="review-blocking"
        >
          {t(
            'The nodes are updated one at a time, and a node that is not Ready or is cordoned counts as unavailable: no node updates after it until it is Ready and schedulable. Fix those nodes first, or leave them out with the KataConfig node selector.',
          )}
        </Alert>
      ) : null}
      {review.ignoredChoices.length > 0 ? (
        <Alert
          variant="warning"
          isInline
          title={t('Some chosen nodes will not get Kata')}
          data-test="review-ignored"
        >
          {t(
            'The KataConfig does not select these nodes (not workers, gone, or outside its node selector): {{names}}',
            {
              names: review.ignoredChoices.join(', '),
            },
          )}
        </Alert>
      ) : null}
      {total > 0 ? (
        <Table
          aria-label={t('Nodes that get the Kata runtime')}
          variant="compact"
          data-test="target-nodes"
        >
          <Thead>
            <Tr>
              <Th>{t('Node')}</Th>
              <Th>{t('Eligibility')}</Th>
              <Th>{t('What happens')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {review.nodes.map((n) => (
              <ReviewNodeRow key={n.name} node={n} />
            ))}
          </Tbody>
        </Table>
      ) : null}
      {notLabelled.length > 0 ? (
        <ExpandableSection
          toggleText={
            showOthers
              ? t('Hide the workers that do not get Kata')
              : t('Show the {{count}} workers that do not get Kata', { count: notLabelled.length })
          }
          isExpanded={showOthers}
          onToggle={(_e, v) => {
            setShowOthers(v);
          }}
        >
          <List data-test="not-labelled">
            {notLabelled.map((n) => (
              <ListItem key={n.name}>
                {n.name}: {reasonText(n.reason)}
              </ListItem>
            ))}
          </List>
        </ExpandableSection>
      ) : null}
    </Stack>
  );
};
