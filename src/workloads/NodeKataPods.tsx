import { Skeleton, Stack, StackItem, Title } from '@patternfly/react-core';
import { useMemo } from 'react';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { KataPodsSummary } from './KataPodsSummary';
import { PodRows } from './PodRows';
import { totalsOf } from './rows';
import { ALL_NAMESPACES_KEY } from './useKataPodList';
import { useKataPods } from './useKataPods';

/**
 * The Kata pods on one node and the overhead they add up to (Node details › Sandboxed containers).
 * One list+watch of the node's pods (fieldSelector spec.nodeName), not of the whole cluster.
 */
export const NodeKataPods = ({ nodeName }: { nodeName: string }) => {
  const { t } = usePluginTranslation();
  const { allowed, rows, loaded, error } = useKataPods({
    namespace: ALL_NAMESPACES_KEY,
    fieldSelector: `spec.nodeName=${nodeName}`,
  });
  const totals = useMemo(() => totalsOf(rows), [rows]);
  let content;
  if (allowed === false) content = <p>{t('You cannot list pods in all namespaces')}</p>;
  else if (error)
    content = (
      <Alert variant="danger" isInline title={t('Pods could not be loaded')}>
        <span lang="en">{error.message}</span>
      </Alert>
    );
  else if (!loaded) content = <Skeleton height="80px" screenreaderText={t('Loading Kata pods')} />;
  else if (rows.length === 0)
    content = <p data-test="no-kata-pods">{t('No pod on this node runs in Kata.')}</p>;
  else
    content = (
      <>
        <KataPodsSummary totals={totals} />
        <PodRows
          rows={rows}
          withNamespace
          withOwner
          withNode={false}
          ariaLabel={t('Kata pods on this node')}
        />
      </>
    );
  return (
    <Stack hasGutter data-test="node-kata-pods">
      <StackItem>
        <Title headingLevel="h3">{t('Kata pods on this node')}</Title>
      </StackItem>
      <StackItem>{content}</StackItem>
    </Stack>
  );
};
