import { Content, List, ListItem, Stack } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { DrainBlocker } from './drain';
import { daemonFailure } from './messages';
import type { RolloutProblem } from './model';
import { useRolloutText } from './useRolloutText';

/** What holds a slow drain: the budgets and their pods, or that none was found. */
const DrainDetail = ({ blockers }: { blockers?: readonly DrainBlocker[] }) => {
  const { t } = usePluginTranslation();
  if (blockers === undefined)
    return <Content component="p">{t('Looking for what holds it…')}</Content>;
  if (blockers.length === 0) {
    return (
      <Content component="p">
        {t('No PodDisruptionBudget holds it: the pods on the node may be slow to stop.')}
      </Content>
    );
  }
  return (
    <List data-test="drain-blockers">
      {blockers.map((b) => (
        <ListItem key={`${b.pdb.namespace}/${b.pdb.name}`}>
          {t(
            'Drain blocked by PodDisruptionBudget {{name}} in namespace {{namespace}}: it allows no disruption of {{pods}}.',
            { name: b.pdb.name, namespace: b.pdb.namespace, pods: b.pods.join(', ') },
          )}
        </ListItem>
      ))}
    </List>
  );
};

const variantOf = (p: RolloutProblem): 'danger' | 'warning' | 'info' => {
  if (p.kind === 'node-failed') return 'danger';
  if (p.kind === 'node-unavailable') return p.blocksPool ? 'danger' : 'warning';
  // kata-unusable: nothing is stuck, but the result is not what the counts suggest.
  return p.kind === 'no-eligible-nodes' ? 'info' : 'warning';
};

type Props = {
  problems: readonly RolloutProblem[];
  /** PodDisruptionBudgets holding each slow drain; undefined while they load. */
  drainBlockers: ReadonlyMap<string, readonly DrainBlocker[] | undefined>;
};

/** Each problem: what is wrong, in words, and what to do about it. */
export const RolloutProblems = ({ problems, drainBlockers }: Props) => {
  const { t } = usePluginTranslation();
  const { problemTitle, problemAdvice } = useRolloutText();
  if (problems.length === 0) return null;
  return (
    <Stack hasGutter data-test="rollout-problems">
      {problems.map((p) => (
        <Alert
          key={`${p.kind}/${'node' in p ? p.node : ''}`}
          variant={variantOf(p)}
          isInline
          title={problemTitle(p)}
          data-test={`rollout-problem-${p.kind}`}
        >
          {p.kind === 'node-failed' ? (
            <Content component="p">
              {t('The Machine Config Daemon reports:')}{' '}
              <span lang="en">{p.reason || t('(no reason given)')}</span>
            </Content>
          ) : null}
          {p.kind === 'node-failed' && daemonFailure(p.reason) === 'drain-timeout' ? (
            <Content component="p">{problemAdvice({ kind: 'drain-slow', node: p.node })}</Content>
          ) : (
            <Content component="p">{problemAdvice(p)}</Content>
          )}
          {p.kind === 'drain-slow' ||
          (p.kind === 'node-failed' && daemonFailure(p.reason) === 'drain-timeout') ? (
            <DrainDetail blockers={drainBlockers.get(p.node)} />
          ) : null}
        </Alert>
      ))}
    </Stack>
  );
};
