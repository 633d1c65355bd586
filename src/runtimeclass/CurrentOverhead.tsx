import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { OverheadAnalysis } from '../overhead/calculator';
import { DOCUMENTED_DEFAULT_OVERHEAD, OPERATOR_DEFAULT_OVERHEAD } from '../overhead/memoryModel';
import { formatBytes, formatCores, parseQuantity } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

/** The RuntimeClass's `overhead.podFixed` next to the documented and the operator defaults. */
export const CurrentOverhead = ({ analysis }: { analysis: OverheadAnalysis }) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const fmtMem = (q: string) => formatBytes(parseQuantity(q) ?? 0, locale);
  const fmtCpu = (q: string) => formatCores(parseQuantity(q) ?? 0, locale);
  return (
    <DescriptionList isCompact isHorizontal>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Memory')}</DescriptionListTerm>
        <DescriptionListDescription data-test="current-overhead-memory">
          {analysis.memory === undefined ? t('None') : formatBytes(analysis.memory, locale)}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('CPU')}</DescriptionListTerm>
        <DescriptionListDescription data-test="current-overhead-cpu">
          {analysis.cpu === undefined ? t('None') : formatCores(analysis.cpu, locale)}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Documented default (supported)')}</DescriptionListTerm>
        <DescriptionListDescription>
          {t('Memory {{memory}}, CPU {{cpu}}', {
            memory: fmtMem(DOCUMENTED_DEFAULT_OVERHEAD.memory),
            cpu: fmtCpu(DOCUMENTED_DEFAULT_OVERHEAD.cpu),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Current operator default')}</DescriptionListTerm>
        <DescriptionListDescription>
          {t('Memory {{memory}}, CPU {{cpu}}', {
            memory: fmtMem(OPERATOR_DEFAULT_OVERHEAD.memory),
            cpu: fmtCpu(OPERATOR_DEFAULT_OVERHEAD.cpu),
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
