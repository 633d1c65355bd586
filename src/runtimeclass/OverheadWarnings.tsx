import { Alert, Stack, StackItem } from '@patternfly/react-core';
import type { OverheadAnalysis } from '../overhead/calculator';
import {
  DOCUMENTED_DEFAULT_OVERHEAD,
  ESTIMATED_POD_OVERHEAD_BYTES,
  ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES,
  OPERATOR_DEFAULT_OVERHEAD,
} from '../overhead/memoryModel';
import { formatBytes, formatCores, parseQuantity } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';
import { useAlertVariantLabel } from './useAlertVariantLabel';

type OverheadWarningsProps = { name: string; analysis: OverheadAnalysis };

/** Alerts about the RuntimeClass's pod overhead compared with the memory model and defaults. */
export const OverheadWarnings = ({ name, analysis }: OverheadWarningsProps) => {
  const { t, i18n } = usePluginTranslation();
  const alertLabel = useAlertVariantLabel();
  const locale = i18n.language;
  const mem = (q: string) => formatBytes(parseQuantity(q) ?? 0, locale);
  const cpu = (q: string) => formatCores(parseQuantity(q) ?? 0, locale);
  const current = {
    memory: analysis.memory === undefined ? t('none') : formatBytes(analysis.memory, locale),
    cpu: analysis.cpu === undefined ? t('none') : formatCores(analysis.cpu, locale),
  };
  const documented = {
    memory: mem(DOCUMENTED_DEFAULT_OVERHEAD.memory),
    cpu: cpu(DOCUMENTED_DEFAULT_OVERHEAD.cpu),
  };
  const operator = {
    memory: mem(OPERATOR_DEFAULT_OVERHEAD.memory),
    cpu: cpu(OPERATOR_DEFAULT_OVERHEAD.cpu),
  };

  return (
    <Stack hasGutter>
      {analysis.missing ? (
        <StackItem>
          <Alert
            variant="warning"
            variantLabel={alertLabel('warning')}
            isInline
            title={t('{{name}} has no pod overhead', { name })}
            data-test="overhead-missing"
          >
            {t(
              'The scheduler does not account for the memory of the VM and its host processes when it places pods of this RuntimeClass.',
            )}
          </Alert>
        </StackItem>
      ) : null}
      {!analysis.missing && analysis.belowEstimate ? (
        <StackItem>
          <Alert
            variant="warning"
            variantLabel={alertLabel('warning')}
            isInline
            title={t('The pod overhead is below the estimated usage')}
            data-test="overhead-below-estimate"
          >
            {t(
              'The pod overhead memory of {{name}} ({{overhead}}) is below the estimated memory a Kata pod uses besides its containers ({{estimate}}: guest kernel at boot, QEMU, virtiofsd and containerd-shim-kata-v2). Nodes can run out of memory although the scheduler sees room.',
              {
                name,
                overhead: current.memory,
                estimate: formatBytes(ESTIMATED_POD_OVERHEAD_BYTES, locale),
              },
            )}
          </Alert>
        </StackItem>
      ) : null}
      {!analysis.belowEstimate && analysis.belowEstimateWithFileCache ? (
        <StackItem>
          <Alert
            variant="info"
            variantLabel={alertLabel('info')}
            isInline
            title={t('Heavy file I/O can exceed the pod overhead')}
            data-test="overhead-below-file-cache"
          >
            {t(
              'With the file buffer cache of heavy file I/O (about {{cache}} after dnf install on Fedora), a pod can use about {{total}} besides its containers, more than the pod overhead of {{overhead}}. The documentation mentions changing the overhead, for example when QEMU and guest kernel data use more than 350Mi.',
              {
                cache: formatBytes(
                  ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES - ESTIMATED_POD_OVERHEAD_BYTES,
                  locale,
                ),
                total: formatBytes(ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES, locale),
                overhead: current.memory,
              },
            )}
          </Alert>
        </StackItem>
      ) : null}
      {analysis.differsFromDocumentedDefault ? (
        <StackItem>
          <Alert
            variant={analysis.matchesOperatorDefault ? 'info' : 'warning'}
            variantLabel={alertLabel(analysis.matchesOperatorDefault ? 'info' : 'warning')}
            isInline
            title={t('The pod overhead differs from the documented default')}
            data-test="overhead-differs"
          >
            <p>
              {t(
                '{{name}} has {{memory}} memory and {{cpu}} CPU. The documentation gives {{docMemory}} memory and {{docCpu}} CPU; Red Hat supports the default overhead values, and changing them is not supported.',
                {
                  name,
                  memory: current.memory,
                  cpu: current.cpu,
                  docMemory: documented.memory,
                  docCpu: documented.cpu,
                },
              )}
            </p>
            <p>
              {analysis.matchesOperatorDefault
                ? t(
                    'These are the values the current operator creates ({{opMemory}} memory, {{opCpu}} CPU), so they were most likely not changed by hand.',
                    { opMemory: operator.memory, opCpu: operator.cpu },
                  )
                : t(
                    'The current operator creates {{opMemory}} memory and {{opCpu}} CPU. These values match neither default, so they were most likely changed by hand.',
                    { opMemory: operator.memory, opCpu: operator.cpu },
                  )}
            </p>
          </Alert>
        </StackItem>
      ) : null}
    </Stack>
  );
};
