import { useMemo } from 'react';
import type { Action, ExtensionHook } from '@openshift-console/dynamic-plugin-sdk';
import {
  useAccessReview,
  useK8sWatchResource,
  useOverlay,
} from '@openshift-console/dynamic-plugin-sdk';
import type { RuntimeClassKind } from '../models';
import { RuntimeClassGVK } from '../models';
import type { WorkloadKind } from '../models/workloads';
import { RUN_IN_KATA_MODELS } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import { kataClassNames } from '../workloads/kataClasses';
import type { RunInKataModalProps } from './RunInKataModal';
import { RunInKataOverlay } from './RunInKataOverlay';

/**
 * console.action/resource-provider for Deployments, StatefulSets, DaemonSets and Jobs: "Run in
 * Kata", or "Stop running in Kata" when the pod template already names a Kata class. Offered only
 * to users who may patch the workload (SelfSubjectAccessReview): a read-only user gets no action.
 */
const useRunInKataActions: ExtensionHook<Action[], WorkloadKind> = (workload) => {
  const { t } = usePluginTranslation();
  const launch = useOverlay();
  const model = RUN_IN_KATA_MODELS.find((m) => m.kind === workload.kind);
  const namespace = workload.metadata?.namespace;
  const [allowed, checking] = useAccessReview({
    group: model?.apiGroup ?? '',
    resource: model?.plural ?? '',
    verb: 'patch',
    namespace,
    name: workload.metadata?.name,
  });
  const rcWatch = useK8sWatchResource<RuntimeClassKind[]>({
    groupVersionKind: RuntimeClassGVK,
    isList: true,
    optional: true,
  });
  const [runtimeClasses, rcLoaded] = rcWatch;
  const rcError: unknown = rcWatch[2];
  const kataNames = useMemo(
    () => kataClassNames(rcLoaded && !rcError ? runtimeClasses : undefined),
    [runtimeClasses, rcLoaded, rcError],
  );
  const current = workload.spec?.template?.spec?.runtimeClassName;
  const inKata = current !== undefined && kataNames.has(current);

  const actions = useMemo<Action[]>(() => {
    if (!model || !allowed) return [];
    const props: Omit<RunInKataModalProps, 'closeOverlay'> = {
      workload,
      model,
      mode: inKata ? 'remove' : 'set',
    };
    return [
      {
        id: inKata ? 'sandboxed-containers-stop-kata' : 'sandboxed-containers-run-in-kata',
        label: inKata ? t('Stop running in Kata') : t('Run in Kata'),
        description: inKata
          ? t('Remove runtimeClassName {{name}} from the pod template', { name: current })
          : t('Run the pods in sandboxed containers (Kata VMs)'),
        cta: () => {
          launch<typeof props>(RunInKataOverlay, props);
        },
      },
    ];
  }, [model, allowed, workload, inKata, current, launch, t]);

  return [actions, !checking, undefined];
};

export default useRunInKataActions;
