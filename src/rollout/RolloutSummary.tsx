import { Content, Progress, ProgressMeasureLocation, Stack } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { DrainBlocker } from './drain';
import type { RolloutModel } from './model';
import { RolloutProblems } from './RolloutProblems';
import { useRolloutText } from './useRolloutText';

type Props = {
  model: RolloutModel;
  drainBlockers: ReadonlyMap<string, readonly DrainBlocker[] | undefined>;
};

/**
 * The rollout in words and one bar: nodes installed of the nodes in the Kata pool, failures in
 * the text and the bar's colour, then what holds it and what to do.
 */
export const RolloutSummary = ({ model, drainBlockers }: Props) => {
  const { t } = usePluginTranslation();
  const { summaryText } = useRolloutText();
  const { counts, state } = model;
  const summary = summaryText(state, counts);
  let variant: 'success' | 'danger' | 'warning' | undefined;
  if (counts.failed > 0) variant = 'danger';
  else if (state === 'installed') variant = 'success';
  else if (state === 'stuck' || state === 'installed-unusable') variant = 'warning';
  return (
    <Stack hasGutter>
      <Progress
        value={counts.installed}
        min={0}
        max={Math.max(counts.labelled, 1)}
        // The sentence is the title, over the whole width: as a measure beside the bar it wrapped
        // into a narrow column in Japanese.
        title={summary}
        valueText={summary}
        measureLocation={ProgressMeasureLocation.none}
        variant={variant}
        data-test="rollout-progress"
        data-state={state}
      />
      {state === 'installed' ? (
        <Alert variant="success" isInline title={summary} data-test="rollout-done">
          {t('Pods can now use the kata RuntimeClass.')}
        </Alert>
      ) : null}
      {state === 'stuck' ? (
        <Alert
          variant="danger"
          isInline
          title={t('The rollout is stuck')}
          data-test="rollout-stuck"
        >
          <Content component="p">
            {t('No node can be updated until the problems below are dealt with.')}
          </Content>
        </Alert>
      ) : null}
      <RolloutProblems problems={model.problems} drainBlockers={drainBlockers} />
    </Stack>
  );
};
