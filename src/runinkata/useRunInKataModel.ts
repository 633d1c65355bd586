import { useMemo, useState } from 'react';
import type { K8sModel } from '../models';
import type { WorkloadKind } from '../models/workloads';
import { PodModel } from '../models/workloads';
import type { FlowTarget, Mode } from './flow';
import { impactOf } from './impact';
import { useRunInKataData } from './useRunInKataData';
import { useRunInKataFlow } from './useRunInKataFlow';

/**
 * The dialog's model: the Kata classes to choose from (kata by default; removing takes away the
 * class the template has), the impact, and the dry-run → save → undo flow.
 */
export const useRunInKataModel = (workload: WorkloadKind, model: K8sModel, mode: Mode) => {
  const data = useRunInKataData();
  const current = workload.spec?.template?.spec?.runtimeClassName;
  const names = useMemo(
    () => data.kataClasses.map((c) => c.metadata?.name ?? ''),
    [data.kataClasses],
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const runtimeClass = useMemo(() => {
    if (mode === 'remove') return current;
    return chosen ?? (names.includes('kata') ? 'kata' : names.at(0));
  }, [mode, current, chosen, names]);
  const rc = data.kataClasses.find((c) => c.metadata?.name === runtimeClass);
  const isJob = workload.kind === 'Job';
  const impact = useMemo(
    () =>
      data.nodes
        ? impactOf({ workload, runtimeClass: rc, nodes: data.nodes, usage: data.usage })
        : undefined,
    [workload, rc, data.nodes, data.usage],
  );
  const target = useMemo<FlowTarget | undefined>(
    () => (runtimeClass ? { model, podModel: PodModel, workload, runtimeClass, mode } : undefined),
    [model, workload, runtimeClass, mode],
  );
  const flow = useRunInKataFlow(target, !isJob && data.runtimeClassesLoaded);
  return {
    ...flow,
    names,
    runtimeClass,
    setChosen,
    impact,
    isJob,
    loaded: data.runtimeClassesLoaded && impact !== undefined,
    podsForbidden: data.podsForbidden,
    notInstalled: mode === 'set' && data.runtimeClassesLoaded && names.length === 0,
  };
};
