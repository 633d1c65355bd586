import { ESTIMATED_POD_OVERHEAD_BYTES } from '../overhead/memoryModel';
import { formatBytes } from '../overhead/quantity';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';

/** In the overhead editor, before Save: the memory typed is below the memory model's estimate. */
export const BelowEstimateAlert = () => {
  const { t, i18n } = usePluginTranslation();
  return (
    <Alert
      variant="warning"
      isInline
      title={t('This memory is below the estimated overhead of {{estimate}}', {
        estimate: formatBytes(ESTIMATED_POD_OVERHEAD_BYTES, i18n.language),
      })}
      data-test="edit-overhead-below-estimate"
    >
      {t(
        'QEMU, virtiofsd, containerd-shim-kata-v2 and the guest kernel use about this much per pod. With less, the scheduler places more pods on a node than its memory holds.',
      )}
    </Alert>
  );
};
