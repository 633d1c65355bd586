import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { Mode } from './flow';
import type { Rollout } from './impact';

/** How the change reaches the pods, and the way back. */
export const RolloutNote = ({
  rollout,
  kind,
  mode,
}: {
  rollout: Rollout;
  kind: string;
  mode: Mode;
}) => {
  const { t } = usePluginTranslation();
  const how: Record<Rollout, string> = {
    rolling: t('The pods restart: the {{kind}} replaces them by rolling update.', { kind }),
    recreate: t(
      'The pods restart: the Deployment uses the Recreate strategy, so all pods stop before the new ones start.',
    ),
    'on-delete': t(
      'The pods do not restart by themselves: with updateStrategy OnDelete, each pod changes only when it is deleted.',
    ),
    immutable: t('A Job cannot change its pod template once created.'),
  };
  return (
    <Alert
      variant={rollout === 'rolling' ? 'info' : 'warning'}
      isInline
      isPlain
      title={how[rollout]}
      data-test="rollout-note"
    >
      {mode === 'set'
        ? t(
            'The way back: remove runtimeClassName from the pod template (Stop running in Kata in the Actions menu).',
          )
        : t('The way back: set runtimeClassName again (Run in Kata in the Actions menu).')}
    </Alert>
  );
};
