/**
 * The writes of "Run in Kata" (pure): JSON patches that set or remove
 * `spec.template.spec.runtimeClassName`, and the pod the template would create, for a server dry
 * run of the pod admission (RuntimeClass exists, overhead, node selector conflicts, quotas, security
 * context constraints), which a dry run of the workload alone does not exercise.
 */
import type { PodKind, WorkloadKind } from '../models/workloads';

const RUNTIME_CLASS_PATH = '/spec/template/spec/runtimeClassName';

export type JsonPatchOp =
  { op: 'add' | 'replace' | 'test'; path: string; value: unknown } | { op: 'remove'; path: string };

/**
 * Sets the class. When the template already names one, a `test` makes the patch fail if it changed
 * since the impact was shown; `add` creates or replaces the field (RFC 6902).
 */
export const setClassPatch = (workload: WorkloadKind, runtimeClass: string): JsonPatchOp[] => {
  const current = workload.spec?.template?.spec?.runtimeClassName;
  return [
    ...(current !== undefined
      ? [{ op: 'test' as const, path: RUNTIME_CLASS_PATH, value: current }]
      : []),
    { op: 'add', path: RUNTIME_CLASS_PATH, value: runtimeClass },
  ];
};

/** The way back: remove the field, only if it still names the class we set. */
export const removeClassPatch = (runtimeClass: string): JsonPatchOp[] => [
  { op: 'test', path: RUNTIME_CLASS_PATH, value: runtimeClass },
  { op: 'remove', path: RUNTIME_CLASS_PATH },
];

/** A pod as the workload's controller would create it with the class set (for a dry run). */
export const podFromTemplate = (workload: WorkloadKind, runtimeClass: string): PodKind => {
  const template = workload.spec?.template;
  const name = workload.metadata?.name ?? 'workload';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${name}-`,
      namespace: workload.metadata?.namespace,
      ...(template?.metadata?.labels ? { labels: template.metadata.labels } : {}),
      ...(template?.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
    },
    spec: { ...template?.spec, runtimeClassName: runtimeClass },
  };
};

const JOB_CONTROLLER_LABELS = [
  'controller-uid',
  'batch.kubernetes.io/controller-uid',
  'job-name',
  'batch.kubernetes.io/job-name',
];

const withoutLabels = (labels: Record<string, string> | undefined) =>
  labels
    ? Object.fromEntries(Object.entries(labels).filter(([k]) => !JOB_CONTROLLER_LABELS.includes(k)))
    : undefined;

/**
 * A Job's pod template cannot change after creation (batch/v1 validation), so the way to run a Job
 * in Kata is a new Job: this one's spec with the class set, without what the Job controller
 * generated (selector, controller-uid and job-name labels) and without server fields.
 */
export const jobCopy = (job: WorkloadKind, runtimeClass: string): WorkloadKind => {
  const spec = job.spec ?? {};
  const template = spec.template ?? {};
  // The Job controller generates the selector of a new Job (unless manualSelector): drop it.
  const rest = Object.fromEntries(Object.entries(spec).filter(([k]) => k !== 'selector'));
  const labels = withoutLabels(template.metadata?.labels);
  return {
    apiVersion: job.apiVersion ?? 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${job.metadata?.name ?? 'job'}-kata`,
      namespace: job.metadata?.namespace,
    },
    spec: {
      ...rest,
      template: {
        ...(labels && Object.keys(labels).length > 0 ? { metadata: { labels } } : {}),
        spec: { ...template.spec, runtimeClassName: runtimeClass },
      },
    },
  };
};
