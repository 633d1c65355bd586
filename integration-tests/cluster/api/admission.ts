/**
 * The write path of the API server: body checks, validation (metadata + CR schema with defaults
 * and pruning), admission plugins, then the store; `admitAndStore` is that tail, shared by
 * create, update and patch.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResourceDef } from '../resources';
import { apiVersionOf } from '../resources';
import { validateMeta } from '../schema';
import type { KObject, StatusCause, ApiError } from '../types';
import { apiError, isRecord } from '../types';
import type { ApiContext } from './context';
import type { Route } from './routing';
import { validateBuiltin } from './builtin';
import { sendObject } from './respond';

/** Checks a request body against the route's kind and namespace; returns the object to write. */
export const checkBody = (def: ResourceDef, body: unknown, ns: string | undefined): KObject => {
  if (!isRecord(body))
    throw apiError(400, 'BadRequest', 'the body of the request must be a JSON object');
  if (body.kind !== undefined && body.kind !== def.kind) {
    throw apiError(
      400,
      'BadRequest',
      `the API version in the data (${JSON.stringify(body.apiVersion)}) does not match the expected API version (${apiVersionOf(def)})`,
    );
  }
  if (body.apiVersion !== undefined && body.apiVersion !== apiVersionOf(def)) {
    throw apiError(
      400,
      'BadRequest',
      `the API version in the data (${JSON.stringify(body.apiVersion)}) does not match the expected API version (${apiVersionOf(def)})`,
    );
  }
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const obj = {
    ...body,
    apiVersion: apiVersionOf(def),
    kind: def.kind,
    metadata: { ...metadata },
  } as KObject;
  if (def.namespaced) {
    if (ns === undefined)
      throw apiError(400, 'BadRequest', 'the namespace of the object must be given in the URL');
    if (obj.metadata.namespace !== undefined && obj.metadata.namespace !== ns) {
      throw apiError(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    obj.metadata.namespace = ns;
  }
  return obj;
};

/** The API server's 422 Invalid with its causes. */
export const invalid = (def: ResourceDef, name: string, causes: StatusCause[]): ApiError => {
  const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const joined = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const kind = def.group ? `${def.kind}.${def.group}` : def.kind;
  return apiError(422, 'Invalid', `${kind} "${name}" is invalid: ${joined}`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.kind,
    causes,
  });
};

/**
 * Validates metadata, built-in kinds and the CR schema (defaults + pruning in place).
 * Returns warnings.
 */
export const validate = (
  def: ResourceDef,
  obj: KObject,
  q: URLSearchParams,
  old?: KObject,
  subresource?: string,
): string[] => {
  const causes = validateMeta(obj.metadata);
  causes.push(...validateBuiltin(def, obj, old, subresource));
  const warnings: string[] = [];
  if (def.validator) {
    const r = def.validator.check(obj);
    causes.push(...r.causes);
    if (r.pruned.length > 0) {
      const fv = q.get('fieldValidation') ?? 'Warn';
      if (fv === 'Strict') {
        throw apiError(
          400,
          'BadRequest',
          `strict decoding error: ${r.pruned.map((f) => `unknown field "${f}"`).join(', ')}`,
        );
      }
      if (fv !== 'Ignore') warnings.push(...r.pruned.map((f) => `unknown field "${f}"`));
    }
  }
  if (causes.length > 0) throw invalid(def, obj.metadata.name ?? '', causes);
  return warnings;
};

/**
 * validate → admission → store → response: the tail of create (201), update and patch (200).
 * `dryRun=All` runs everything but the store write.
 */
export const admitAndStore = (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  op: 'CREATE' | 'UPDATE',
  route: Route,
  obj: KObject,
  q: URLSearchParams,
): void => {
  const { def } = route;
  const dryRun = q.getAll('dryRun').includes('All');
  const old = op === 'UPDATE' ? ctx.store.get(def, route.namespace, route.name ?? '') : undefined;
  // The API server's order: mutating admission, validation, validating admission.
  for (const a of ctx.mutating) a(op, def, obj);
  const warnings = validate(def, obj, q, old, route.subresource);
  for (const a of ctx.admission) a(op, def, obj);
  const stored =
    op === 'CREATE'
      ? ctx.store.create(def, obj, dryRun)
      : ctx.store.update(def, obj, route.subresource === 'status' ? 'status' : 'main', dryRun);
  sendObject(ctx, req, res, op === 'CREATE' ? 201 : 200, stored, warnings);
};
