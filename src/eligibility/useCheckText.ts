import { useMemo } from 'react';
import { usePluginTranslation } from '../shared/i18n';
import type { CheckId, CheckResult, HintId } from './types';
import { memoryValues } from './useEligibilityText';

/**
 * What the checks panel adds to the table's texts (useEligibilityText): each check's title, and
 * what to do about its result (or the caveat that goes with a pass). Exhaustive switches, so a
 * new CheckId or HintId cannot ship without its text.
 */
export const useCheckText = () => {
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
        case 'kvm-not-loaded':
          return t(
            'The NFD rule for Kata needs the kvm and kvm_intel (Intel) or kvm_amd (AMD) kernel modules. Load them on the node; NFD then labels it.',
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
            memoryValues(check, lng),
          );
      }
    };

    return { checkTitle, remedy };
  }, [t, lng]);
};
