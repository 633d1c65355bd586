import { Content } from '@patternfly/react-core';
import type { KataConfigKind, NodeKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';
import { computeNodeImpact, targetingChanged } from './nodeImpact';
import type { KataTargetPredicate } from './nodeImpact';

const MAX_NAMES = 20;

const NameList = ({ names }: { names: string[] }) => {
  const { t, i18n } = usePluginTranslation();
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length - shown.length;
  // narrow conjunction: "a, b, c" in English, "a、b、c" in Japanese (unit would use spaces).
  const list = new Intl.ListFormat(i18n.language, { style: 'narrow', type: 'conjunction' }).format(
    shown,
  );
  return (
    <Content component="p" data-test="node-impact-names">
      {more > 0 ? t('{{names}} and {{count}} more', { names: list, count: more }) : list}
    </Content>
  );
};

type NodeImpactProps = {
  before: KataConfigKind;
  after: KataConfigKind;
  nodes: NodeKind[];
  isTarget: KataTargetPredicate;
};

/**
 * Before saving a change to checkNodeEligibility or the pool selector: which nodes gain or lose
 * the Kata runtime, and that they reboot.
 */
export const NodeImpact = ({ before, after, nodes, isTarget }: NodeImpactProps) => {
  const { t } = usePluginTranslation();
  if (!targetingChanged(before.spec, after.spec)) return null;
  const impact = computeNodeImpact(nodes, before, after.spec, isTarget);
  const none = impact.gain.length === 0 && impact.lose.length === 0;
  const onlyLeave = none && impact.leave.length > 0;
  return (
    <Alert
      variant={none ? 'info' : 'warning'}
      isInline
      title={
        none
          ? onlyLeave
            ? t('No node reboots: only nodes without Kata leave the Kata pool.')
            : t('This change does not add or remove the Kata runtime on any node.')
          : t('Saving this change reboots nodes')
      }
      data-test="node-impact"
    >
      {impact.gain.length > 0 ? (
        <>
          <Content component="p">
            {t('{{count}} nodes will get the Kata runtime and reboot:', {
              count: impact.gain.length,
            })}
          </Content>
          <NameList names={impact.gain} />
        </>
      ) : null}
      {impact.leave.length > 0 ? (
        <>
          <Content component="p">
            {t(
              '{{count}} nodes leave the Kata pool without rebooting (Kata was never installed on them):',
              {
                count: impact.leave.length,
              },
            )}
          </Content>
          <NameList names={impact.leave} />
        </>
      ) : null}
      {impact.lose.length > 0 ? (
        <>
          <Content component="p">
            {t('{{count}} nodes will lose the Kata runtime and reboot:', {
              count: impact.lose.length,
            })}
          </Content>
          <NameList names={impact.lose} />
        </>
      ) : null}
    </Alert>
  );
};
