import { useState } from 'react';
import {
  Checkbox,
  Content,
  ExpandableSection,
  Progress,
  ProgressMeasureLocation,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { BreakdownSegment } from '../overhead/memoryModel';
import { DEFAULT_VM_MEMORY_BYTES, podMemoryBreakdown } from '../overhead/memoryModel';
import { formatBytes } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

const useSegmentLabel = () => {
  const { t } = usePluginTranslation();
  return (id: BreakdownSegment['id']): string => {
    switch (id) {
      case 'containerRequest':
        return t('Container memory request (hot-plugged into the VM)');
      case 'vmDefault':
        return t('Default VM memory');
      case 'guestKernel':
        return t('Guest Linux kernel at boot');
      case 'qemu':
        return t('QEMU process (excluding VM memory)');
      case 'virtiofsd':
        return t('virtiofsd process (excluding VM I/O buffers)');
      case 'shim':
        return t('containerd-shim-kata-v2 process');
      case 'fileBufferCache':
        return t('File buffer cache (counted once)');
    }
  };
};

type MemoryBreakdownProps = {
  /** Container memory request in bytes, from the calculator (0 when none). */
  requestBytes: number;
  /** podFixed memory of the RuntimeClass in bytes. */
  overheadBytes: number | undefined;
  /** What the scheduler charges per pod for memory. */
  chargedBytes: number;
};

/**
 * The memory one Kata pod is expected to use on its node (OSC docs › Resource requirements), as bars
 * with a table alternative, next to what the scheduler charges for it.
 */
export const MemoryBreakdown = ({
  requestBytes,
  overheadBytes,
  chargedBytes,
}: MemoryBreakdownProps) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const label = useSegmentLabel();
  const [withFileCache, setWithFileCache] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const segments = podMemoryBreakdown(requestBytes, withFileCache);
  const total = segments.reduce((s, x) => s + x.bytes, 0);
  const where = (w: BreakdownSegment['where']) =>
    w === 'guest' ? t('In the VM') : t('On the host');

  return (
    <section data-test="memory-breakdown" aria-labelledby="scc-memory-breakdown-title">
      <Title headingLevel="h3" id="scc-memory-breakdown-title">
        {t('Estimated memory per pod')}
      </Title>
      <Content component="p">
        {t(
          'Each pod runs in a virtual machine (VM) started by a QEMU process that hosts kata-agent; containerd-shim-kata-v2 and virtiofsd run beside it on the host. The VM gets {{vmDefault}} by default; memory requested by a container is hot-plugged into the VM before the container starts.',
          { vmDefault: formatBytes(DEFAULT_VM_MEMORY_BYTES, locale) },
        )}
      </Content>
      <Checkbox
        id="scc-breakdown-file-cache"
        label={t(
          'Include the file buffer cache of heavy file I/O (about 300 MiB after dnf install on Fedora)',
        )}
        isChecked={withFileCache}
        onChange={(_e, checked) => {
          setWithFileCache(checked);
        }}
      />
      <div role="list" aria-label={t('Estimated memory per pod')}>
        {segments.map((s) => (
          <div role="listitem" key={s.id}>
            <Progress
              title={label(s.id)}
              value={total > 0 ? (s.bytes / total) * 100 : 0}
              label={formatBytes(s.bytes, locale)}
              valueText={formatBytes(s.bytes, locale)}
              measureLocation={ProgressMeasureLocation.outside}
              size="sm"
              data-test={`breakdown-${s.id}`}
            />
          </div>
        ))}
      </div>
      <Content component="p" data-test="breakdown-total">
        {t(
          'Estimated total: {{total}}. The scheduler charges {{charged}} per pod (container requests + pod overhead of {{overhead}}).',
          {
            total: formatBytes(total, locale),
            charged: formatBytes(chargedBytes, locale),
            overhead: formatBytes(overheadBytes ?? 0, locale),
          },
        )}
      </Content>
      <Content component="small">
        {t(
          'The file buffer cache appears in the guest, in virtiofsd and in QEMU, but the same memory is mapped in the three places: it is counted once, as the memory usage metrics do. Except for the default VM memory, the values are approximate defaults from the documentation.',
        )}
      </Content>
      <ExpandableSection
        toggleText={showTable ? t('Hide the table') : t('Show as a table')}
        onToggle={(_e, expanded) => {
          setShowTable(expanded);
        }}
        isExpanded={showTable}
      >
        <Table aria-label={t('Estimated memory per pod')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Component')}</Th>
              <Th>{t('Where')}</Th>
              <Th>{t('Memory')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {segments.map((s) => (
              <Tr key={s.id}>
                <Td dataLabel={t('Component')}>{label(s.id)}</Td>
                <Td dataLabel={t('Where')}>{where(s.where)}</Td>
                <Td dataLabel={t('Memory')}>{formatBytes(s.bytes, locale)}</Td>
              </Tr>
            ))}
            <Tr>
              <Th>{t('Total')}</Th>
              <Td />
              <Td dataLabel={t('Total')}>{formatBytes(total, locale)}</Td>
            </Tr>
          </Tbody>
        </Table>
      </ExpandableSection>
    </section>
  );
};
