import type { ReactNode } from 'react';
import { Stack, StackItem } from '@patternfly/react-core';
import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { DEFAULT_VM_MEMORY_BYTES } from '../overhead/memoryModel';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import type { Impact } from './impact';
import type { Placement } from './scheduling';

type Note = { id: string; variant: 'danger' | 'warning' | 'info'; title: string; body?: ReactNode };

const useExcludedText = () => {
  const { t } = usePluginTranslation();
  const label: Record<Exclude<Placement, 'fits'>, (n: number) => string> = {
    selector: (n) => t('{{count}} without the node labels the pods select', { count: n }),
    affinity: (n) => t('{{count}} outside the required node affinity', { count: n }),
    cordoned: (n) => t('{{count}} cordoned', { count: n }),
    'not-ready': (n) => t('{{count}} not Ready', { count: n }),
    taint: (n) => t('{{count}} with a taint the pods do not tolerate', { count: n }),
  };
  return (excluded: Impact['excluded']) =>
    Object.entries(excluded)
      .map(([k, n]) => label[k as keyof typeof label](n))
      .join(', ');
};

/** What to watch out for before saving, most serious first. */
export const useImpactNotes = (impact: Impact, podsForbidden: boolean): Note[] => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const excludedText = useExcludedText();
  const notes: Note[] = [];
  for (const c of impact.conflicts) {
    notes.push({
      id: `conflict-${c.key}`,
      variant: 'danger',
      title: t('The API server will refuse the pods: node selector conflict'),
      body: t(
        'The pod template selects {{key}}={{workload}}, the RuntimeClass requires {{key}}={{rc}}.',
        {
          key: c.key,
          workload: c.workload,
          rc: c.runtimeClass,
        },
      ),
    });
  }
  const excluded = excludedText(impact.excluded);
  if (impact.nodes.length === 0 && impact.replicas > 0) {
    notes.push({
      id: 'no-nodes',
      variant: 'danger',
      title: t('No node can run these pods: they would stay Pending'),
      body: excluded || undefined,
    });
  } else if (impact.enoughRoom === false) {
    notes.push({
      id: 'no-room',
      variant: 'warning',
      title: t('Not enough room: the nodes fit {{capacity}} of the {{replicas}} pods', {
        count: impact.replicas,
        capacity: fmt.count(impact.capacity ?? 0),
        replicas: fmt.count(impact.replicas),
      }),
      body: t('The pods that do not fit would stay Pending until resources are freed.'),
    });
  }
  if (excluded && impact.nodes.length > 0) {
    notes.push({
      id: 'excluded',
      variant: 'info',
      title: t('Nodes left out: {{list}}', { list: excluded }),
    });
  }
  if (!impact.usageKnown) {
    notes.push({
      id: 'usage',
      variant: 'info',
      title: podsForbidden
        ? t('Room is counted on empty nodes: your account may not list the pods of all namespaces')
        : t('Counting the pods already on the nodes…'),
    });
  }
  if (impact.daemonSetNodesWithoutKata > 0) {
    notes.push({
      id: 'daemonset',
      variant: 'warning',
      title: t(
        '{{count}} nodes of this DaemonSet cannot run Kata pods: its pods there would stay Pending',
        {
          count: impact.daemonSetNodesWithoutKata,
        },
      ),
    });
  }
  if (impact.noMemoryLimit.length > 0) {
    notes.push({
      id: 'no-limit',
      variant: 'warning',
      title: t('No memory limit: {{containers}}', { containers: impact.noMemoryLimit.join(', ') }),
      body: (
        <>
          {t(
            'Without a memory limit, the kernel in the VM can run out of memory and kill other processes in the VM. Set a limit on each container.',
          )}{' '}
          <Link to={ROUTES.runtimeClasses}>{t('The memory model')}</Link>
        </>
      ),
    });
  }
  if (impact.requestAboveDefaultVm) {
    notes.push({
      id: 'above-vm',
      variant: 'info',
      title: t('The pod requests more memory than the default {{vm}} VM', {
        vm: fmt.memory(DEFAULT_VM_MEMORY_BYTES),
      }),
      body: t(
        'The requested {{request}} is hot-plugged into the VM before the container starts: the VM grows to {{total}}.',
        {
          request: fmt.memory(impact.requestsPerPod.memory),
          total: fmt.memory(impact.vmMemory),
        },
      ),
    });
  }
  if (impact.managedBy) {
    notes.push({
      id: 'managed',
      variant: 'warning',
      title: t('{{kind}} {{name}} manages this workload and may undo the change', impact.managedBy),
    });
  }
  return notes;
};

export const ImpactNotes = ({ notes }: { notes: Note[] }) => (
  <Stack hasGutter data-test="impact-notes">
    {notes.map((n) => (
      <StackItem key={n.id}>
        <Alert variant={n.variant} isInline isPlain title={n.title} data-note={n.id}>
          {n.body}
        </Alert>
      </StackItem>
    ))}
  </Stack>
);
