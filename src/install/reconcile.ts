/**
 * Idempotence of the install plan: given what exists on the cluster now, what to do with an
 * operation. Never overwrites: anything that exists and differs is a conflict. Pure.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import type { K8sResourceCommon } from '../models';
import { isRecord } from '../shared/guards';
import type { PlanOperation } from './plan';

export type Reconciliation =
  /** The object is absent: create it. */
  | { action: 'create' }
  /** The node lacks the label: patch it with this JSON patch. */
  | { action: 'patch'; patch: Patch[] }
  /** The object exists and matches what we would create: count it as done. */
  | { action: 'adopt' }
  /** The node already carries the label. */
  | { action: 'skip' }
  /** It exists but differs: stop. `fields` are the differing paths (e.g. `spec.operand.image`). */
  | { action: 'conflict'; fields: string[] }
  /** The node to label does not exist (any more). */
  | { action: 'missing' };

/**
 * Paths under `ours` whose value differs in `theirs`. Only the fields we set count: the server
 * adds defaults (logLevel, operand fields) that must not make our own object a conflict.
 */
export const differingFields = (ours: unknown, theirs: unknown, path: string): string[] => {
  if (isRecord(ours)) {
    if (!isRecord(theirs)) return [path];
    return Object.entries(ours).flatMap(([k, v]) =>
      v === undefined ? [] : differingFields(v, theirs[k], `${path}.${k}`),
    );
  }
  return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [path];
};

const specOf = (o: K8sResourceCommon): unknown => (o as { spec?: unknown }).spec;

export const reconcileOperation = (
  op: PlanOperation,
  existing: K8sResourceCommon | undefined,
): Reconciliation => {
  switch (op.kind) {
    case 'create': {
      if (!existing) return { action: 'create' };
      const fields = differingFields(specOf(op.object) ?? {}, specOf(existing), 'spec');
      return fields.length === 0 ? { action: 'adopt' } : { action: 'conflict', fields };
    }
    case 'label-node': {
      if (!existing) return { action: 'missing' };
      const value = existing.metadata?.labels?.[KATA_RUNTIME_LABEL];
      if (value === undefined) {
        // "add" into a missing labels map fails, so create the map first.
        const patch: Patch[] = existing.metadata?.labels
          ? op.patch
          : [{ op: 'add', path: '/metadata/labels', value: {} }, ...op.patch];
        return { action: 'patch', patch };
      }
      return value === KATA_RUNTIME_LABEL_VALUE
        ? { action: 'skip' }
        : { action: 'conflict', fields: [`metadata.labels.${KATA_RUNTIME_LABEL}`] };
    }
  }
};
