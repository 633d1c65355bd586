/**
 * Runs an install plan against the API. Thin: the k8s functions come in as parameters (the SDK's
 * in the page, in-memory fakes in tests); every decision is reconcileOperation's.
 * Before each operation the current object is read, so a retry resumes where it stopped and
 * never creates anything twice.
 */
import type { Patch, QueryParams } from '@openshift-console/dynamic-plugin-sdk';
import { NodeModel } from '../models';
import type { K8sModel, K8sResourceCommon } from '../models';
import { isAlreadyExists, isNotFound, toApiError } from '../shared/errors';
import type { ApiError } from '../shared/errors';
import type { PlanOperation } from './plan';
import { reconcileOperation } from './reconcile';

/** The subset of the SDK's k8sGet / k8sCreate / k8sPatch the executor needs. */
export type K8sClient = {
  get: (options: { model: K8sModel; name: string; ns?: string }) => Promise<K8sResourceCommon>;
  create: (options: {
    model: K8sModel;
    data: K8sResourceCommon;
    queryParams?: QueryParams;
  }) => Promise<K8sResourceCommon>;
  patch: (options: {
    model: K8sModel;
    resource: K8sResourceCommon;
    data: Patch[];
    queryParams?: QueryParams;
  }) => Promise<K8sResourceCommon>;
};

/** What happened (or, in a dry run, would happen) to an operation. */
export type Outcome = 'created' | 'labelled' | 'adopted' | 'skipped';

export type Failure =
  { kind: 'api'; error: ApiError } | { kind: 'conflict'; fields: string[] } | { kind: 'missing' };

export type OperationResult =
  { status: 'succeeded'; outcome: Outcome } | { status: 'failed'; failure: Failure };

/** Where an object lives: what `get` is asked for. */
export type Target = { model: K8sModel; name: string; ns?: string };

/**
 * What the page already watches: `{ found }` when the watched list is loaded (found undefined =
 * absent), undefined when it does not know (then `get` asks the API). Saves a 404 per create.
 */
export type Lookup = (target: Target) => { found: K8sResourceCommon | undefined } | undefined;

export type RunOptions = {
  lookup?: Lookup;
  /** Server-side dry run (`dryRun=All`): nothing is written; every operation is tried. */
  dryRun?: boolean;
  /** Index of the first operation to run (Retry resumes at the failed one). */
  from?: number;
  /** Called as each operation finishes, for live progress. */
  onResult?: (index: number, result: OperationResult) => void;
};

export type RunResult = {
  /** One entry per operation; undefined for those not run. */
  results: (OperationResult | undefined)[];
  /** Index of the operation that failed (a real run stops there). */
  failedAt?: number;
};

const DRY_RUN: QueryParams = { dryRun: 'All' };

export const targetOf = (op: PlanOperation): Target => {
  switch (op.kind) {
    case 'create':
      return {
        model: op.model,
        name: op.object.metadata?.name ?? '',
        ns: op.object.metadata?.namespace,
      };
    case 'label-node':
      return { model: NodeModel, name: op.node };
  }
};

/** The object as it is now, or undefined when it does not exist. Other errors propagate. */
const current = async (k8s: K8sClient, op: PlanOperation, lookup?: Lookup) => {
  const known = lookup?.(targetOf(op));
  if (known) return known.found;
  try {
    return await k8s.get(targetOf(op));
  } catch (e) {
    if (isNotFound(toApiError(e))) return undefined;
    throw e;
  }
};

const fromExisting = (op: PlanOperation, existing: K8sResourceCommon | undefined) => {
  const r = reconcileOperation(op, existing);
  switch (r.action) {
    case 'adopt':
      return { status: 'succeeded', outcome: 'adopted' } as const;
    case 'skip':
      return { status: 'succeeded', outcome: 'skipped' } as const;
    case 'conflict':
      return { status: 'failed', failure: { kind: 'conflict', fields: r.fields } } as const;
    case 'missing':
      return { status: 'failed', failure: { kind: 'missing' } } as const;
    case 'create':
    case 'patch':
      return r;
  }
};

const runOperation = async (
  k8s: K8sClient,
  op: PlanOperation,
  dryRun: boolean,
  lookup?: Lookup,
): Promise<OperationResult> => {
  const queryParams = dryRun ? DRY_RUN : undefined;
  try {
    const existing = await current(k8s, op, lookup);
    const decided = fromExisting(op, existing);
    if ('status' in decided) return decided;
    if (decided.action === 'patch' && existing && op.kind === 'label-node') {
      await k8s.patch({ model: NodeModel, resource: existing, data: decided.patch, queryParams });
      return { status: 'succeeded', outcome: 'labelled' };
    }
    if (op.kind !== 'create') return { status: 'failed', failure: { kind: 'missing' } };
    try {
      await k8s.create({ model: op.model, data: op.object, queryParams });
      return { status: 'succeeded', outcome: 'created' };
    } catch (e) {
      // Someone (or our own earlier, unanswered request) created it meanwhile, or the watch
      // had not seen it yet: ask the API.
      if (!isAlreadyExists(toApiError(e))) throw e;
      const now = await current(k8s, op);
      const again = fromExisting(op, now);
      if ('status' in again) return again;
      throw e;
    }
  } catch (e) {
    return { status: 'failed', failure: { kind: 'api', error: toApiError(e) } };
  }
};

/**
 * Runs the operations in order from `from`. A real run stops at the first failure; a dry run
 * tries every operation and collects each result.
 */
export const runPlan = async (
  operations: readonly PlanOperation[],
  k8s: K8sClient,
  { dryRun = false, from = 0, onResult, lookup }: RunOptions = {},
): Promise<RunResult> => {
  const results: (OperationResult | undefined)[] = operations.map(() => undefined);
  let failedAt: number | undefined;
  for (const [i, op] of operations.entries()) {
    if (i < from) continue;
    // Sequential on purpose: the KataConfig must come after the labels and the NFD.
    const result = await runOperation(k8s, op, dryRun, lookup);
    results[i] = result;
    onResult?.(i, result);
    if (result.status === 'failed') {
      failedAt ??= i;
      if (!dryRun) break;
    }
  }
  return { results, failedAt };
};
