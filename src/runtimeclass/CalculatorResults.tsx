import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { CalculatorResult } from '../overhead/calculator';
import { formatBytes, formatCores } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

/** What one pod of the calculator's shape costs: VM memory, host memory, scheduler charges. */
export const CalculatorResults = ({ result }: { result: CalculatorResult }) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  return (
    <DescriptionList isCompact isHorizontal data-test="calculator-results">
      <DescriptionListGroup>
        <DescriptionListTerm>{t('VM memory')}</DescriptionListTerm>
        <DescriptionListDescription data-test="result-vm-memory">
          {t('{{total}} (default {{vmDefault}} + {{hotplug}} hot-plugged)', {
            total: formatBytes(result.vmMemory, locale),
            vmDefault: formatBytes(result.vmDefaultMemory, locale),
            hotplug: formatBytes(result.hotPluggedMemory, locale),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Estimated host-side memory per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="result-host-memory">
          {t(
            '{{hostProcesses}} for QEMU, virtiofsd and containerd-shim-kata-v2 outside the VM; {{estimate}} with the guest kernel',
            {
              hostProcesses: formatBytes(result.hostProcessesMemory, locale),
              estimate: formatBytes(result.estimatedOverheadMemory, locale),
            },
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Memory charged by the scheduler per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="result-charged-memory">
          {t('{{total}} ({{request}} request + {{overhead}} pod overhead)', {
            total: formatBytes(result.chargedMemoryPerPod, locale),
            request: formatBytes(result.effectiveMemoryRequest, locale),
            overhead: formatBytes(result.overheadMemory, locale),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('CPU charged by the scheduler per pod')}</DescriptionListTerm>
        <DescriptionListDescription data-test="result-charged-cpu">
          {t('{{total}} ({{request}} request + {{overhead}} pod overhead)', {
            total: formatCores(result.chargedCpuPerPod, locale),
            request: formatCores(result.cpuRequest, locale),
            overhead: formatCores(result.overheadCpu, locale),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Total for all pods')}</DescriptionListTerm>
        <DescriptionListDescription data-test="result-total">
          {t('Memory {{memory}}, CPU {{cpu}}', {
            memory: formatBytes(result.totalChargedMemory, locale),
            cpu: formatCores(result.totalChargedCpu, locale),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
