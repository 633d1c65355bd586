/** The verbs on a resource path: get, list, create, update, patch, delete, deletecollection. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PatchError, jsonPatch, mergePatch } from '../patch';
import { apiVersionOf } from '../resources';
import type { DeleteOptions } from '../store';
import type { KObject } from '../types';
import { apiError, clone, isRecord, statusBody } from '../types';
import { admitAndStore, checkBody, invalid } from './admission';
import { authorize, review } from './auth';
import type { ApiContext } from './context';
import { methodNotAllowed, pathNotFound, readJson, send } from './http';
import { sendList, sendObject } from './respond';
import type { Route } from './routing';
import { notFoundErr, selected } from './routing';

const randomSuffix = (): string => {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
};

type Verb = (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  q: URLSearchParams,
) => Promise<void> | void;

const get: Verb = (ctx, req, res, route, q) => {
  const { def, name } = route;
  if (name === undefined) {
    authorize(ctx, 'list', route);
    sendList(ctx, req, res, route, q);
    return;
  }
  authorize(ctx, 'get', route);
  const obj = ctx.store.get(def, route.namespace, name);
  if (!obj) throw notFoundErr(def, name);
  sendObject(ctx, req, res, 200, obj);
};

const create: Verb = async (ctx, req, res, route, q) => {
  const { def, name } = route;
  if (name !== undefined) throw methodNotAllowed();
  authorize(ctx, 'create', route);
  const obj = checkBody(def, await readJson(req), route.namespace);
  if (!obj.metadata.name && obj.metadata.generateName) {
    obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
  }
  if (!obj.metadata.name) {
    throw invalid(def, '', [
      {
        reason: 'FieldValueRequired',
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ]);
  }
  admitAndStore(ctx, req, res, 'CREATE', route, obj, q);
};

const update: Verb = async (ctx, req, res, route, q) => {
  const { def, name } = route;
  if (name === undefined) throw methodNotAllowed();
  authorize(ctx, 'update', route);
  const obj = checkBody(def, await readJson(req), route.namespace);
  if (obj.metadata.name !== name) {
    throw apiError(
      400,
      'BadRequest',
      `the name of the object (${String(obj.metadata.name)}) does not match the name on the URL (${name})`,
    );
  }
  if (!ctx.store.get(def, route.namespace, name)) throw notFoundErr(def, name);
  if (def.validator && !obj.metadata.resourceVersion) {
    throw invalid(def, name, [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.resourceVersion',
        message: 'Invalid value: 0x0: must be specified for an update',
      },
    ]);
  }
  admitAndStore(ctx, req, res, 'UPDATE', route, obj, q);
};

const applyPatch = (ctype: string, current: KObject, patch: unknown): unknown => {
  try {
    switch (ctype) {
      case 'application/json-patch+json':
        return jsonPatch(current, patch);
      case 'application/merge-patch+json':
      case 'application/strategic-merge-patch+json':
        return mergePatch(current, patch);
      default:
        throw apiError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
        );
    }
  } catch (e) {
    if (e instanceof PatchError) {
      throw apiError(e.code, e.code === 400 ? 'BadRequest' : 'Invalid', e.message);
    }
    throw e;
  }
};

const patch: Verb = async (ctx, req, res, route, q) => {
  const { def, name } = route;
  if (name === undefined) throw methodNotAllowed();
  authorize(ctx, 'patch', route);
  const current = ctx.store.get(def, route.namespace, name);
  if (!current) throw notFoundErr(def, name);
  const ctype = (req.headers['content-type'] ?? '').split(';')[0].trim();
  const patched = applyPatch(ctype, current, await readJson(req));
  if (!isRecord(patched) || !isRecord(patched.metadata)) {
    throw apiError(422, 'Invalid', 'the patched object is not a Kubernetes object');
  }
  const obj = patched as KObject;
  obj.metadata.name = name;
  if (def.namespaced) obj.metadata.namespace = route.namespace;
  obj.metadata.resourceVersion ??= current.metadata.resourceVersion;
  admitAndStore(ctx, req, res, 'UPDATE', route, obj, q);
};

/** metav1.DeleteOptions from the body and the query (kubectl sends a body). */
const deleteOptions = async (
  req: IncomingMessage,
  q: URLSearchParams,
): Promise<DeleteOptions & { dryRun: boolean }> => {
  const body = await readJson(req);
  const b = isRecord(body) ? body : {};
  const dryRun =
    q.getAll('dryRun').includes('All') || (Array.isArray(b.dryRun) && b.dryRun.includes('All'));
  const graceQ = q.get('gracePeriodSeconds');
  const grace =
    typeof b.gracePeriodSeconds === 'number'
      ? b.gracePeriodSeconds
      : graceQ !== null
        ? Number(graceQ)
        : undefined;
  const policy =
    typeof b.propagationPolicy === 'string'
      ? b.propagationPolicy
      : (q.get('propagationPolicy') ?? undefined);
  if (policy !== undefined && !['Orphan', 'Background', 'Foreground'].includes(policy)) {
    throw apiError(
      422,
      'Invalid',
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  const pre = isRecord(b.preconditions) ? b.preconditions : undefined;
  return {
    dryRun,
    ...(grace !== undefined && !Number.isNaN(grace) ? { gracePeriodSeconds: grace } : {}),
    ...(policy ? { propagationPolicy: policy } : {}),
    ...(pre
      ? {
          preconditions: {
            ...(typeof pre.uid === 'string' ? { uid: pre.uid } : {}),
            ...(typeof pre.resourceVersion === 'string'
              ? { resourceVersion: pre.resourceVersion }
              : {}),
          },
        }
      : {}),
  };
};

const remove: Verb = async (ctx, req, res, route, q) => {
  const { def, name } = route;
  const opts = await deleteOptions(req, q);
  if (name === undefined) {
    authorize(ctx, 'deletecollection', route);
    const items = selected(ctx.store.list(def, route.namespace), q, def.kind);
    const out = items.map(
      (o) =>
        ctx.store.delete(def, o.metadata.namespace, o.metadata.name ?? '', opts.dryRun, opts)
          .object,
    );
    send(res, 200, {
      kind: def.listKind,
      apiVersion: apiVersionOf(def),
      metadata: { resourceVersion: String(ctx.store.currentRV()) },
      items: out,
    });
    return;
  }
  authorize(ctx, 'delete', route);
  const { object, gone } = ctx.store.delete(def, route.namespace, name, opts.dryRun, opts);
  if (gone && def.validator) {
    send(res, 200, {
      ...statusBody(200, '', ''),
      status: 'Success',
      details: {
        name,
        group: def.group,
        kind: def.plural,
        uid: object.metadata.uid,
      },
    });
  } else {
    sendObject(ctx, req, res, 200, object);
  }
};

/** POST pods/<name>/eviction (policy/v1 Eviction). */
const evict = async (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  q: URLSearchParams,
): Promise<void> => {
  const { def, name } = route;
  if (name === undefined) throw pathNotFound();
  authorize(ctx, 'create', route);
  const body = await readJson(req);
  const ev = isRecord(body) ? body : {};
  const meta = isRecord(ev.metadata) ? ev.metadata : {};
  if (meta.name !== undefined && meta.name !== name) {
    throw apiError(400, 'BadRequest', 'name in URL does not match name in Eviction object');
  }
  const pod = ctx.store.get(def, route.namespace, name);
  if (!pod) throw notFoundErr(def, name);
  const dopts = isRecord(ev.deleteOptions) ? ev.deleteOptions : {};
  const dryRun =
    q.getAll('dryRun').includes('All') ||
    (Array.isArray(dopts.dryRun) && dopts.dryRun.includes('All'));
  if (!ctx.evict) throw pathNotFound();
  ctx.evict(pod, dryRun);
  send(res, 201, { ...statusBody(201, '', ''), status: 'Success' });
};

/** GET / PUT / PATCH <workload>/<name>/scale (autoscaling/v1 Scale). */
const scale = async (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  route: Route,
): Promise<void> => {
  const { def, name } = route;
  if (name === undefined) throw pathNotFound();
  const cur = ctx.store.get(def, route.namespace, name);
  if (!cur) throw notFoundErr(def, name);
  const toScale = (o: KObject): object => {
    const spec = isRecord(o.spec) ? o.spec : {};
    const st = isRecord(o.status) ? o.status : {};
    const sel =
      isRecord(spec.selector) && isRecord(spec.selector.matchLabels)
        ? spec.selector.matchLabels
        : {};
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: o.metadata.name,
        namespace: o.metadata.namespace,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        creationTimestamp: o.metadata.creationTimestamp,
      },
      spec: { replicas: Number(spec.replicas ?? 1) },
      status: {
        replicas: Number(st.replicas ?? 0),
        selector: Object.entries(sel)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(','),
      },
    };
  };
  if (method === 'GET') {
    authorize(ctx, 'get', route);
    send(res, 200, toScale(cur));
    return;
  }
  if (method !== 'PUT' && method !== 'PATCH') throw methodNotAllowed();
  authorize(ctx, method === 'PUT' ? 'update' : 'patch', route);
  const body = await readJson(req);
  const ctype = (req.headers['content-type'] ?? '').split(';')[0].trim();
  const next = method === 'PUT' ? body : applyPatch(ctype, toScale(cur) as KObject, body);
  const replicas = isRecord(next) && isRecord(next.spec) ? next.spec.replicas : undefined;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw apiError(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
    );
  }
  const obj = clone(cur);
  obj.spec = { ...(isRecord(obj.spec) ? obj.spec : {}), replicas };
  send(res, 200, toScale(ctx.store.update(def, obj, 'main')));
};

const VERBS: Record<string, Verb> = {
  GET: get,
  POST: create,
  PUT: update,
  PATCH: patch,
  DELETE: remove,
};

const checkNamespace = (ctx: ApiContext, ns: string, mutation: boolean): void => {
  const nsDef = ctx.registry.byKind('v1', 'Namespace');
  if (mutation && nsDef && !ctx.store.get(nsDef, undefined, ns)) {
    throw apiError(404, 'NotFound', `namespaces "${ns}" not found`, {
      name: ns,
      kind: 'namespaces',
    });
  }
};

/** Serves a non-watch request on a resource path. */
export const serveResource = async (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  route: Route,
  q: URLSearchParams,
): Promise<void> => {
  const { def, name, subresource } = route;
  const sub = subresource && (def.subresources ?? []).find((x) => x.name === subresource);
  if (sub && sub.name === 'eviction') {
    if (method !== 'POST') throw methodNotAllowed();
    await evict(ctx, req, res, route, q);
    return;
  }
  if (sub && sub.name === 'scale') {
    await scale(ctx, req, res, method, route);
    return;
  }
  if (subresource !== undefined && (subresource !== 'status' || !def.hasStatus)) {
    throw pathNotFound();
  }
  if (def.kind === 'SelfSubjectAccessReview') {
    if (method !== 'POST' || name !== undefined) throw methodNotAllowed();
    send(res, 201, review(ctx, await readJson(req)));
    return;
  }
  if (route.namespace !== undefined && def.kind !== 'Namespace')
    checkNamespace(ctx, route.namespace, method !== 'GET' && method !== 'DELETE');
  const verb = VERBS[method] as Verb | undefined;
  if (!verb) throw methodNotAllowed();
  await verb(ctx, req, res, route, q);
};
