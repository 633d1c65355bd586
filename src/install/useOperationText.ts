import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import type { Failure, Outcome } from './executor';
import type { PlanOperation } from './plan';

/** A sentence naming what an operation does. */
export const useDescribeOperation = () => {
  const { t } = usePluginTranslation();
  return (op: PlanOperation): string => {
    switch (op.kind) {
      case 'label-node':
        return t('Label node {{name}} with {{label}}', {
          name: op.node,
          label: `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}`,
        });
      case 'create':
        return op.object.metadata?.namespace
          ? t('Create {{kind}} {{name}} in namespace {{namespace}}', {
              kind: op.model.kind,
              name: op.object.metadata.name ?? '',
              namespace: op.object.metadata.namespace,
            })
          : t('Create {{kind}} {{name}}', {
              kind: op.model.kind,
              name: op.object.metadata?.name ?? '',
            });
    }
  };
};

export const useOutcomeText = () => {
  const { t } = usePluginTranslation();
  return (outcome: Outcome, dryRun: boolean): string => {
    switch (outcome) {
      case 'created':
        return dryRun ? t('The API server accepts it (dry run)') : t('Created successfully');
      case 'labelled':
        return dryRun ? t('The API server accepts the label (dry run)') : t('Labelled');
      case 'adopted':
        return t('Already exists with the same settings: kept as it is');
      case 'skipped':
        return t('Already labelled: nothing to do');
    }
  };
};

export const useFailureText = () => {
  const { t } = usePluginTranslation();
  return (failure: Failure): string => {
    switch (failure.kind) {
      case 'api':
        return failure.error.message;
      case 'conflict':
        return t(
          'It already exists with different settings ({{fields}}). Nothing was changed. Delete it or choose another name, then try again.',
          { fields: failure.fields.join(', ') },
        );
      case 'missing':
        return t('The node no longer exists.');
    }
  };
};
