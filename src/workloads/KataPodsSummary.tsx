import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import type { Totals } from './rows';
import { useAmounts } from './useAmounts';

/**
 * Kata pods, workloads, the pods that hold node resources (not Succeeded or Failed) and the
 * overhead those add up to.
 */
export const KataPodsSummary = ({ totals, workloads }: { totals: Totals; workloads?: number }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const items: [string, string, string][] = [
    ['pods', t('Kata pods'), fmt.count(totals.pods)],
    ...(workloads === undefined
      ? []
      : [['workloads', t('Workloads'), fmt.count(workloads)] as [string, string, string]]),
    ['active', t('Holding node resources'), fmt.count(totals.active)],
    [
      'overhead',
      t('Overhead they add'),
      t('{{memory}}, {{cpu}} CPU', {
        memory: fmt.memory(totals.overhead.memory),
        cpu: fmt.cpu(totals.overhead.cpu),
      }),
    ],
  ];
  return (
    <DescriptionList
      isCompact
      isHorizontal
      columnModifier={{ default: '2Col' }}
      data-test="kata-pods-summary"
    >
      {items.map(([id, term, value]) => (
        <DescriptionListGroup key={id}>
          <DescriptionListTerm>{term}</DescriptionListTerm>
          <DescriptionListDescription data-test={`summary-${id}`}>
            {value}
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
};
