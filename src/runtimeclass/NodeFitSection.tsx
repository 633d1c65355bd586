import { Content, Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { CalculatorNode, CalculatorResult, LimitingResource } from '../overhead/calculator';
import { formatBytes, formatCores } from '../overhead/quantity';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';

const useLimitingText = () => {
  const { t } = usePluginTranslation();
  return (r: LimitingResource | undefined): string => {
    switch (r) {
      case 'memory':
        return t('Memory');
      case 'cpu':
        return t('CPU');
      case 'pods':
        return t('Pod limit');
      case undefined:
        return t('Unknown');
    }
  };
};

const NodeFitTable = ({ result }: { result: CalculatorResult }) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const limiting = useLimitingText();
  const fmt = (v: number | undefined, f: (x: number, l: string) => string) =>
    v === undefined ? t('Unknown') : f(v, locale);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <Table aria-label={t('Pods that fit per node')} variant="compact" data-test="node-fit-table">
      <Thead>
        <Tr>
          <Th>{t('Node')}</Th>
          <Th>{t('Allocatable memory')}</Th>
          <Th>{t('Allocatable CPU')}</Th>
          <Th>{t('Pods that fit')}</Th>
          <Th>{t('Limited by')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {result.nodes.map((n) => (
          <Tr key={n.name} data-test={`node-fit-${n.name}`}>
            <Td dataLabel={t('Node')}>{n.name}</Td>
            <Td dataLabel={t('Allocatable memory')}>{fmt(n.allocatableMemory, formatBytes)}</Td>
            <Td dataLabel={t('Allocatable CPU')}>{fmt(n.allocatableCpu, formatCores)}</Td>
            <Td dataLabel={t('Pods that fit')}>
              {n.fit === undefined ? t('Unknown') : count(n.fit)}
            </Td>
            <Td dataLabel={t('Limited by')}>{limiting(n.limitedBy)}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

type NodeFitSectionProps = {
  result: CalculatorResult | undefined;
  nodes: readonly CalculatorNode[];
  nodesLoaded: boolean;
  nodesError: string | undefined;
};

/** How many pods of the calculator's shape fit on each node where the RuntimeClass runs. */
export const NodeFitSection = ({ result, nodes, nodesLoaded, nodesError }: NodeFitSectionProps) => {
  const { t, i18n } = usePluginTranslation();
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  if (nodesError !== undefined) {
    return (
      <Alert variant="warning" isInline title={t('Nodes could not be loaded')}>
        {nodesError}
      </Alert>
    );
  }
  if (!nodesLoaded) return <Skeleton screenreaderText={t('Loading nodes')} />;
  if (nodes.length === 0) {
    return (
      <Content component="p">
        {t('No schedulable node has Kata installed or matches the RuntimeClass node selector.')}
      </Content>
    );
  }
  if (!result) return null;
  return (
    <>
      <Content component="p">
        {t('On otherwise empty nodes, by allocatable memory, CPU and pod limit.')}
      </Content>
      <Content component="p" data-test="node-fit-total">
        {t('Pods of this shape that fit in total: {{total}}', {
          total: count(result.totalFit),
        })}
      </Content>
      <NodeFitTable result={result} />
    </>
  );
};
