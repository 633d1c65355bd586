import { usePluginTranslation } from '../shared/i18n';
import type { Totals } from './rows';
import { useAmounts } from './useAmounts';

/**
 * "5 Kata pods in 4 workloads; the 4 that hold node resources add 2 GiB of memory and 2 CPU of
 * overhead." Succeeded and Failed pods are counted but hold nothing.
 */
export const KataPodsSummary = ({ totals, workloads }: { totals: Totals; workloads?: number }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const values = {
    count: totals.pods,
    pods: fmt.count(totals.pods),
    active: fmt.count(totals.active),
    memory: fmt.memory(totals.overhead.memory),
    cpu: fmt.cpu(totals.overhead.cpu),
  };
  return (
    <p data-test="kata-pods-summary">
      {workloads === undefined
        ? t(
            '{{pods}} Kata pods; the {{active}} that hold node resources add {{memory}} of memory and {{cpu}} CPU of overhead.',
            values,
          )
        : t(
            '{{pods}} Kata pods in {{workloads}} workloads; the {{active}} that hold node resources add {{memory}} of memory and {{cpu}} CPU of overhead.',
            { ...values, workloads: fmt.count(workloads) },
          )}
    </p>
  );
};
