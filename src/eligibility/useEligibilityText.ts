import { useMemo } from 'react';
import { KATA_RUNTIME_LABEL, INSTANCE_TYPE_LABEL } from '../models/constants';
import { formatBytes } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';
import type { KataState } from './kataState';
import type { CheckResult, CheckStatus, HintId, Verdict } from './types';

const evidenceValue = (check: CheckResult, key: string): string =>
  check.evidence.find((e) => e.key === key)?.value ?? '';

/** The memory check's numbers, formatted for its sentences. */
export const memoryValues = (check: CheckResult, lng: string) => ({
  allocatable: formatBytes(check.memory?.allocatableBytes ?? 0, lng),
  required: formatBytes(check.memory?.requiredBytes ?? 0, lng),
});

/**
 * Translated sentences for the engine's ids (the engine has no i18n): what the table shows. The
 * checks panel adds check titles and remedies (useCheckText). Every switch is exhaustive, so a new
 * HintId or state cannot ship without its text.
 */
export const useEligibilityText = () => {
  const { t, i18n } = usePluginTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const statusText = (status: CheckStatus): string => {
      switch (status) {
        case 'pass':
          return t('Passed');
        case 'warn':
          return t('Warning');
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

    /** One short sentence: why this check failed, is unknown or warns (the table's reason column). */
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
        case 'kvm-not-loaded':
          return t('The CPU supports virtualization, but the kvm kernel modules are not loaded');
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
            memoryValues(check, lng),
          );
        case 'memory-unreported':
          return t('The node does not report its allocatable memory');
      }
    };

    /**
     * The reason column: the explaining check's sentence (a failure, an unknown, or the warning
     * of an eligible node), or nothing for an eligible node without a warning.
     */
    const reasonOf = (check: CheckResult | undefined): string => {
      if (!check) return '';
      if (check.hint) return reason(check, check.hint);
      return statusText(check.status);
    };

    return { statusText, verdictText, kataStateText, reason, reasonOf };
  }, [t, lng]);
};
