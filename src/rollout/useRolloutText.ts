import { useMemo } from 'react';
import { usePluginTranslation } from '../shared/i18n';
import type { OperatorMessage } from './messages';
import type { KataUnusable, RolloutCounts, RolloutProblem, RolloutState } from './model';
import type { NodePhase } from './nodeState';

/**
 * Sentences for the rollout model's ids (the model has no prose). Every switch is exhaustive, so a
 * new phase, problem or message cannot ship without its text.
 */
export const useRolloutText = () => {
  const { t, i18n } = usePluginTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const fmt = new Intl.NumberFormat(lng);
    const n = (value: number) => fmt.format(value);
    const list = new Intl.ListFormat(lng, { type: 'conjunction' });

    /** `direction`: what "updated" means, Kata installed or removed. */
    const phaseText = (phase: NodePhase, direction: 'install' | 'uninstall' = 'install') => {
      switch (phase) {
        case 'waiting':
          return t('Waiting');
        case 'cordoned':
          return t('Cordoned');
        case 'not-ready':
          return t('Not ready');
        case 'draining':
          return t('Draining');
        case 'rebooting':
          return t('Rebooting');
        case 'updating':
          return direction === 'install' ? t('Installing') : t('Uninstalling');
        case 'updated':
          return direction === 'install' ? t('Installed') : t('Uninstalled');
        case 'failed':
          return direction === 'install' ? t('Failed to install') : t('Failed to uninstall');
      }
    };

    /** "Kata installed on 5 of 7 nodes; 2 failed" and the like. */
    const summaryText = (state: RolloutState, c: RolloutCounts) => {
      switch (state) {
        case 'starting':
          return t('Waiting for the Operator to add nodes to the Kata pool');
        case 'finishing':
          return t(
            'All {{formatted}} nodes are updated; the Operator is creating the kata RuntimeClass',
            {
              count: c.labelled,
              formatted: n(c.labelled),
            },
          );
        case 'installed':
          return t('Kata is installed on all {{formatted}} nodes', {
            count: c.labelled,
            formatted: n(c.labelled),
          });
        case 'installed-unusable':
          return t(
            'Kata installed on {{installed}} of {{formatted}} nodes; {{unusable}} cannot start Kata pods',
            {
              count: c.labelled,
              formatted: n(c.labelled),
              installed: n(c.installed),
              unusable: n(c.unusable),
            },
          );
        case 'in-progress':
        case 'stuck':
          return c.failed > 0
            ? t('Kata installed on {{installed}} of {{formatted}} nodes; {{failed}} failed', {
                count: c.labelled,
                formatted: n(c.labelled),
                installed: n(c.installed),
                failed: n(c.failed),
              })
            : t('Kata installed on {{installed}} of {{formatted}} nodes', {
                count: c.labelled,
                formatted: n(c.labelled),
                installed: n(c.installed),
              });
      }
    };

    const problemTitle = (p: RolloutProblem) => {
      switch (p.kind) {
        case 'node-unavailable':
          if (p.cause === 'not-ready') {
            return p.blocksPool
              ? t('Node {{node}} is not ready: it blocks the whole rollout', { node: p.node })
              : t('Node {{node}} is not ready: it is not updated until it is Ready', {
                  node: p.node,
                });
          }
          return p.blocksPool
            ? t('Node {{node}} is cordoned: it blocks the whole rollout', { node: p.node })
            : t('Node {{node}} is cordoned: it is not updated until it is schedulable', {
                node: p.node,
              });
        case 'node-failed':
          return t('Kata could not be installed on node {{node}}', { node: p.node });
        case 'drain-slow':
          return t('Draining node {{node}} is taking long', { node: p.node });
        case 'no-eligible-nodes':
          return t('No worker node is labelled for Kata yet');
        case 'pool-paused':
          return t('The Kata MachineConfigPool is paused');
        case 'kata-unusable':
          return t('Kata pods cannot start on node {{nodes}}', {
            count: p.nodes.length,
            nodes: list.format(p.nodes),
          });
      }
    };

    const problemAdvice = (p: RolloutProblem) => {
      switch (p.kind) {
        case 'node-unavailable':
          return p.cause === 'not-ready'
            ? t(
                'The MachineConfigPool counts a node that is not Ready as unavailable and updates no other node while its budget is used up. Bring {{node}} back, or leave it out of the Kata pool with the KataConfig node selector.',
                { node: p.node },
              )
            : t(
                'The MachineConfigPool counts a cordoned node as unavailable and updates no other node while its budget is used up. Make {{node}} schedulable again (oc adm uncordon {{node}}), or leave it out of the Kata pool with the KataConfig node selector.',
                { node: p.node },
              );
        case 'node-failed':
          return t(
            'While a node is degraded the MachineConfigPool updates no other node. Read the machine-config-daemon log of {{node}}, fix the cause or leave the node out of the Kata pool with the KataConfig node selector; the daemon then tries again.',
            { node: p.node },
          );
        case 'drain-slow':
          return t(
            'The node stays cordoned until every pod on it is evicted. A PodDisruptionBudget that allows no disruption holds the drain; the drain controller keeps retrying, and after an hour the node is reported as degraded.',
          );
        case 'no-eligible-nodes':
          return t(
            'With checkNodeEligibility the Operator installs Kata only on nodes labelled feature.node.kubernetes.io/runtime.kata=true, and waits until one is. Check on the Node eligibility page that NFD runs and labels nodes.',
          );
        case 'pool-paused':
          return t('Nothing is updated until the pool is resumed (spec.paused: false).');
        case 'kata-unusable':
          return t(
            'The Operator counts {{nodes}} as installed: the Machine Config Daemon does not apply OS extensions on nodes that do not run RHCOS, so the Kata runtime is missing there, and a Kata pod scheduled there stays in ContainerCreating (FailedCreatePodSandBox). Leave the node out of the Kata pool with the KataConfig node selector (kataConfigPoolSelector), or cordon and drain it so that Kata pods run on the other nodes.',
            { count: p.nodes.length, nodes: list.format(p.nodes) },
          );
      }
    };

    /** Why Kata pods cannot start on a node of the pool, for its row. */
    const unusableText = (why: KataUnusable) =>
      why === 'rhel'
        ? t(
            'Kata pods cannot start on this node: it runs RHEL, and the Kata runtime is only installed on Red Hat Enterprise Linux CoreOS (RHCOS) nodes.',
          )
        : t(
            'Kata pods cannot start on this node: it does not run Red Hat Enterprise Linux CoreOS (RHCOS), the only OS the Kata runtime is installed on.',
          );

    const podVmImageText = (step: Extract<OperatorMessage, { id: 'podvm-image' }>['step']) => {
      switch (step) {
        case 'creating':
          return t('The Operator is creating the pod VM image.');
        case 'created':
          return t('The pod VM image is created.');
        case 'create-failed':
          return t('The pod VM image could not be created.');
        case 'create-unknown':
          return t('Whether the pod VM image was created is unknown.');
        case 'deleting':
          return t('The Operator is deleting the pod VM image.');
        case 'deleted':
          return t('The pod VM image is deleted.');
        case 'delete-failed':
          return t('The pod VM image could not be deleted.');
        case 'delete-unknown':
          return t('Whether the pod VM image was deleted is unknown.');
      }
    };

    /** A sentence in the page's language for what the Operator reports. */
    const operatorMessageText = (m: OperatorMessage) => {
      switch (m.id) {
        case 'installing':
          return t('The Operator is installing Kata on the cluster.');
        case 'uninstalling':
          return t('The Operator is removing Kata from the cluster.');
        case 'updating':
          return t('The Operator is adding or removing Kata nodes.');
        case 'node-degraded':
          return t(
            'Node {{node}} is degraded: its Machine Config Daemon could not apply the Kata configuration.',
            { node: m.node },
          );
        case 'blocked-by-pods':
          return m.runtimeClass
            ? t('The uninstallation waits: pods still use the {{runtimeClass}} RuntimeClass.', {
                runtimeClass: m.runtimeClass,
              })
            : t('The uninstallation waits: pods still use a Kata RuntimeClass.');
        case 'podvm-image':
          return podVmImageText(m.step);
        case 'podvm-unsupported':
          return t('The Operator cannot create pod VM images for this cloud provider.');
        case 'unknown':
          return t('The Operator reports:');
      }
    };

    const elapsedText = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
      new Intl.RelativeTimeFormat(lng, { numeric: 'auto' }).format(-value, unit);

    return {
      phaseText,
      summaryText,
      problemTitle,
      problemAdvice,
      unusableText,
      operatorMessageText,
      elapsedText,
    };
  }, [t, lng]);
};
