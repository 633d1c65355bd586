import { Icon } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  OutlinedClockIcon,
} from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '../shared/i18n';
import { elapsedSince } from '../shared/time';
import type { RolloutNode } from './model';
import type { NodePhase } from './nodeState';
import { useRolloutText } from './useRolloutText';

/** An installed node where Kata pods cannot run shows a warning, not a success. */
const PhaseIcon = ({ phase, unusable }: { phase: NodePhase; unusable: boolean }) => {
  if (unusable && phase === 'updated') {
    return (
      <Icon status="warning" isInline>
        <ExclamationTriangleIcon />
      </Icon>
    );
  }
  switch (phase) {
    case 'updated':
      return (
        <Icon status="success" isInline>
          <CheckCircleIcon />
        </Icon>
      );
    case 'failed':
      return (
        <Icon status="danger" isInline>
          <ExclamationCircleIcon />
        </Icon>
      );
    case 'cordoned':
    case 'not-ready':
      return (
        <Icon status="warning" isInline>
          <ExclamationTriangleIcon />
        </Icon>
      );
    case 'draining':
    case 'rebooting':
    case 'updating':
      // The console's own "in progress" status icon: an inline spinner (a thin arc at text
      // size) was all but invisible (ui-walk #23).
      return (
        <Icon isInline>
          <InProgressIcon />
        </Icon>
      );
    case 'waiting':
      return (
        <Icon isInline>
          <OutlinedClockIcon />
        </Icon>
      );
  }
};

type Props = {
  nodes: readonly RolloutNode[];
  now: number;
  direction?: 'install' | 'uninstall';
  'aria-label': string;
};

/**
 * One row per node of the pool: its phase (icon and words), since when, and a failure's reason or
 * why Kata pods cannot start there.
 */
export const RolloutNodeTable = ({ nodes, now, direction = 'install', ...rest }: Props) => {
  const { t } = usePluginTranslation();
  const { phaseText, elapsedText, unusableText } = useRolloutText();
  return (
    <Table variant="compact" aria-label={rest['aria-label']} data-test="rollout-nodes">
      <Thead>
        <Tr>
          <Th>{t('Node')}</Th>
          <Th>{t('State')}</Th>
          <Th>{t('Since')}</Th>
          <Th>{t('Details')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {nodes.map((n) => {
          const since = elapsedSince(n.since, now);
          return (
            <Tr
              key={n.name}
              data-test={`rollout-node-${n.name}`}
              data-phase={n.phase}
              data-kata-unusable={n.kataUnusable}
            >
              <Td dataLabel={t('Node')} modifier="nowrap">
                {n.name}
              </Td>
              <Td dataLabel={t('State')} modifier="nowrap">
                <PhaseIcon phase={n.phase} unusable={n.kataUnusable !== undefined} />{' '}
                {phaseText(n.phase, direction)}
              </Td>
              <Td dataLabel={t('Since')} modifier="nowrap">
                {since ? elapsedText(since.value, since.unit) : '—'}
              </Td>
              <Td dataLabel={t('Details')}>
                {n.phase === 'failed' && n.reason ? <span lang="en">{n.reason}</span> : null}
                {n.kataUnusable && direction === 'install' ? (
                  <div data-test="kata-unusable">
                    <div>{unusableText(n.kataUnusable)}</div>
                    <div>
                      {t(
                        'Leave it out of the Kata pool with the KataConfig node selector (kataConfigPoolSelector), or cordon and drain it so that Kata pods run on the other nodes.',
                      )}
                    </div>
                  </div>
                ) : null}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
