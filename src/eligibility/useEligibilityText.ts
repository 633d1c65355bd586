import { useMemo } from 'react';
import { KATA_RUNTIME_LABEL, INSTANCE_TYPE_LABEL } from '../models/constants';
import { formatBytes } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';
import type { KataState } from './kataState';
import type { CheckId, CheckResult, CheckStatus, HintId, Verdict } from './types';

const evidenceValue = (check: CheckResult, key: string): string =>
  check.evidence.find((e) => e.key === key)?.value ?? '';

/**
 * Translated sentences for the engine's ids (the engine has no i18n). Every switch is exhaustive,
 * so a new CheckId, HintId or state cannot ship without its text.
 */
export const useEligibilityText = () => {
  const { t, i18n } = usePluginTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const checkTitle = (id: CheckId): string => {
      switch (id) {
        case 'role':
          return t('Worker role');
        case 'os':
          return t('Operating system (RHCOS)');
        case 'platform':
          return t('Platform (bare metal)');
        case 'virtualization':
          return t('Hardware virtualization');
        case 'label':
          return t('Kata runtime label');
        case 'ready':
          return t('Node is Ready');
        case 'schedulable':
          return t('Schedulable');
        case 'memory':
          return t('Memory for a Kata pod');
      }
    };

    const statusText = (status: CheckStatus): string => {
      switch (status) {
        case 'pass':
          return t('Passed');
        case 'fail':
          return t('Failed');
        case 'unknown':
          return t('Unknown');
        case 'not-applicable':
          return t('Not applicable');
      }
    };

    const verdictText = (verdict: Verdict): string => {
      switch (verdict) {
        case 'eligible':
          return t('Eligible');
        case 'not-eligible':
          return t('Not eligible');
        case 'unknown':
          return t('Unknown');
      }
    };

    const kataStateText = (state: KataState): string => {
      switch (state) {
        case 'not-installed':
          return t('Not installed');
        case 'waiting':
          return t('Waiting to install');
        case 'installing':
          return t('Installing');
        case 'installed':
          return t('Installed');
        case 'failed':
          return t('Failed to install');
        case 'uninstalling':
          return t('Uninstalling');
        case 'waiting-to-uninstall':
          return t('Waiting to uninstall');
        case 'failed-to-uninstall':
          return t('Failed to uninstall');
      }
    };

    const memoryValues = (check: CheckResult) => ({
      allocatable: formatBytes(check.memory?.allocatableBytes ?? 0, lng),
      required: formatBytes(check.memory?.requiredBytes ?? 0, lng),
    });

    /** One short sentence: why this check failed or is unknown (the table's reason column). */
    const reason = (check: CheckResult, hint: HintId): string => {
      switch (hint) {
        case 'not-worker':
          return t('Not a worker node');
        case 'rhel-not-supported':
          return t('RHEL nodes are not supported');
        case 'os-not-supported':
          return t('Operating system {{os}} is not supported', {
            os: evidenceValue(check, 'status.nodeInfo.osImage'),
          });
        case 'os-unreported':
          return t('The node does not report its operating system');
        case 'nested-virtualization':
          return t('Virtual machine: nested virtualization is not supported');
        case 'aws-not-metal':
          return t('AWS instance type {{instanceType}} is not bare metal', {
            instanceType: evidenceValue(check, INSTANCE_TYPE_LABEL),
          });
        case 'cloud-not-supported':
          return t('This cloud provider is not supported');
        case 'platform-unreported':
          return t('The platform could not be determined');
        case 'no-hardware-virtualization':
          return t('The CPU does not support virtualization (no VMX or SVM)');
        case 'install-nfd':
          return t('Virtualization support unknown: the NFD Operator is not installed');
        case 'create-nfd':
          return t('Virtualization support unknown: no NodeFeatureDiscovery exists');
        case 'wait-for-nfd':
          return t('Virtualization support unknown: NFD has not labelled the node yet');
        case 'manual-label-trusted':
          return t('Labelled by hand as eligible');
        case 'apply-kata-label':
          return t('The {{label}}=true label is missing', { label: KATA_RUNTIME_LABEL });
        case 'all-workers-targeted':
          return t('All worker nodes are targets');
        case 'label-not-required-yet':
          return t('No KataConfig yet');
        case 'node-not-ready':
          return t('The node is not Ready');
        case 'ready-unreported':
          return t('The node does not report a Ready condition');
        case 'uncordon-node':
          return t('The node is unschedulable (cordoned)');
        case 'not-enough-memory':
          return t(
            'Allocatable memory {{allocatable}} is less than the {{required}} one Kata pod needs',
            memoryValues(check),
          );
        case 'memory-unreported':
          return t('The node does not report its allocatable memory');
      }
    };

    /** What to do about it (or the caveat that goes with a pass). */
    const remedy = (check: CheckResult, hint: HintId): string => {
      switch (hint) {
        case 'not-worker':
          return t(
            'Kata is installed on worker nodes only. A control plane node is a target only if it also has the worker role.',
          );
        case 'rhel-not-supported':
        case 'os-not-supported':
          return t(
            'OpenShift sandboxed containers supports only Red Hat Enterprise Linux CoreOS (RHCOS) worker nodes. Run Kata workloads on RHCOS workers.',
          );
        case 'os-unreported':
        case 'ready-unreported':
        case 'memory-unreported':
          return t('Check that the kubelet on the node is running and reporting the node status.');
        case 'nested-virtualization':
          return t(
            'Each Kata pod runs in a virtual machine, so the node must be bare metal: use on-premise bare-metal nodes or AWS bare-metal instances.',
          );
        case 'aws-not-metal':
          return t('Use an AWS bare-metal instance type (for example m5.metal) for Kata nodes.');
        case 'cloud-not-supported':
          return t(
            'Bare-metal instances of cloud providers other than AWS are not supported. Use on-premise bare metal or AWS bare-metal instances.',
          );
        case 'platform-unreported':
          return t(
            'Kata needs on-premise bare metal or an AWS bare-metal instance. Check the cluster Infrastructure resource and the node spec.providerID.',
          );
        case 'no-hardware-virtualization':
          return t(
            'Enable hardware virtualization (Intel VT-x or AMD-V) in the firmware and make sure the kvm module is loaded, or use another node.',
          );
        case 'install-nfd':
          return t(
            'Install the Node Feature Discovery (NFD) Operator and create a NodeFeatureDiscovery, or apply the label by hand to nodes known to be eligible.',
          );
        case 'create-nfd':
          return t(
            'Create a NodeFeatureDiscovery so that NFD labels the nodes, or apply the label by hand to nodes known to be eligible.',
          );
        case 'wait-for-nfd':
          return t(
            'NFD labels nodes shortly after it starts. If no labels appear, check the NFD worker pod on this node.',
          );
        case 'manual-label-trusted':
          return t(
            'NFD has not confirmed VMX or SVM on this node. Apply the label by hand only to nodes known to be eligible.',
          );
        case 'apply-kata-label':
          return t(
            'With checkNodeEligibility: true, Kata is installed only on labelled nodes. Let NFD label eligible nodes, or apply the label by hand if the node is known to be eligible.',
          );
        case 'all-workers-targeted':
          return t(
            'checkNodeEligibility is false: Kata is installed on every worker node, and installation fails on ineligible workers.',
          );
        case 'label-not-required-yet':
          return t(
            'The label is required only when the KataConfig sets checkNodeEligibility: true.',
          );
        case 'node-not-ready':
          return t(
            'Kata cannot be installed on or run pods on a node that is not Ready. Check the node conditions.',
          );
        case 'uncordon-node':
          return t(
            'Make the node schedulable again (oc adm uncordon) when its maintenance is over.',
          );
        case 'not-enough-memory':
          return t(
            'Each Kata pod needs the RuntimeClass pod overhead plus the default VM memory (2Gi): {{required}} in total. Add memory or use a larger node.',
            memoryValues(check),
          );
      }
    };

    /** The reason column: the explaining check's sentence, or nothing for an eligible node. */
    const reasonOf = (check: CheckResult | undefined): string => {
      if (!check) return '';
      if (check.hint) return reason(check, check.hint);
      return statusText(check.status);
    };

    return { checkTitle, statusText, verdictText, kataStateText, reason, remedy, reasonOf };
  }, [t, lng]);
};

export type EligibilityText = ReturnType<typeof useEligibilityText>;
