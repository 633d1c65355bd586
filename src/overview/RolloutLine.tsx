import { Link } from 'react-router';
import { ROUTES } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { useAmounts } from '../workloads/useAmounts';
import type { Overview } from './overview';

/** The KataConfig's rollout in words, linked to the KataConfig page. */
export const RolloutLine = ({ rollout }: { rollout: Overview['rollout'] }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const count = rollout.total;
  const ready = fmt.count(rollout.ready);
  const total = fmt.count(count);
  const text: Record<Overview['rollout']['state'], string> = {
    none: t('Not installed'),
    installing: t('Installing: Kata is ready on {{ready}} of {{total}} nodes', {
      count,
      ready,
      total,
    }),
    updating: t('Updating: Kata is ready on {{ready}} of {{total}} nodes', { count, ready, total }),
    uninstalling: t('Uninstalling: Kata is still on {{ready}} of {{total}} nodes', {
      count,
      ready,
      total,
    }),
    installed: t('Installed: Kata is ready on {{ready}} of {{total}} nodes', {
      count,
      ready,
      total,
    }),
    stuck: t('Stuck: Kata is ready on {{ready}} of {{total}} nodes', { count, ready, total }),
    'blocked-by-pods': t(
      'Uninstall blocked by Kata pods: Kata is still on {{ready}} of {{total}} nodes',
      { count, ready, total },
    ),
  };
  if (rollout.state === 'none')
    return (
      <span data-test="rollout" data-state="none">
        {text.none}
      </span>
    );
  return (
    <Link to={ROUTES.kataConfig} data-test="rollout" data-state={rollout.state}>
      {text[rollout.state]}
    </Link>
  );
};
