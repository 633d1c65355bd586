/** JSON merge patch (RFC 7386) and JSON patch (RFC 6902). Pure functions. */
import { clone, isRecord } from './types';

export const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isRecord(patch)) return clone(patch);
  const result: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      Reflect.deleteProperty(result, k);
    } else {
      result[k] = mergePatch(result[k], v);
    }
  }
  return result;
};

export class PatchError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

type Op = { op: string; path: string; value?: unknown; from?: string };

const decodePointer = (p: string): string[] => {
  if (p === '') return [];
  if (!p.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${p}`, 422);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
};

const deepEqual = (a: unknown, b: unknown): boolean =>
  JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

const sortKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isRecord(v)) {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  }
  return v;
};

type Container = Record<string, unknown> | unknown[];

const parentOf = (doc: unknown, tokens: string[], path: string): Container => {
  let cur: unknown = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) {
      cur = cur[Number(t)];
    } else if (isRecord(cur)) {
      cur = cur[t];
    } else {
      cur = undefined;
    }
    if (cur === undefined) throw new PatchError(`doc is missing path: "${path}"`, 422);
  }
  if (Array.isArray(cur) || isRecord(cur)) return cur;
  throw new PatchError(`doc is missing path: "${path}"`, 422);
};

const getAt = (doc: unknown, path: string): unknown => {
  let cur: unknown = doc;
  for (const t of decodePointer(path)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isRecord(cur)) cur = Object.prototype.hasOwnProperty.call(cur, t) ? cur[t] : undefined;
    else cur = undefined;
    if (cur === undefined) throw new PatchError(`doc is missing path: "${path}"`, 422);
  }
  return cur;
};

const arrayIndex = (arr: unknown[], t: string, path: string, forAdd: boolean): number => {
  if (forAdd && t === '-') return arr.length;
  if (!/^\d+$/.test(t)) throw new PatchError(`invalid array index in path: "${path}"`, 422);
  const i = Number(t);
  if (i > arr.length || (!forAdd && i === arr.length)) {
    throw new PatchError(`array index out of bounds in path: "${path}"`, 422);
  }
  return i;
};

const remove = (doc: unknown, path: string): unknown => {
  const tokens = decodePointer(path);
  if (tokens.length === 0) throw new PatchError('cannot remove the document root', 422);
  const parent = parentOf(doc, tokens, path);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const i = arrayIndex(parent, last, path, false);
    return parent.splice(i, 1)[0];
  }
  if (!Object.prototype.hasOwnProperty.call(parent, last)) {
    throw new PatchError(`unable to remove nonexistent key: ${last}: missing value`, 422);
  }
  const v = parent[last];
  Reflect.deleteProperty(parent, last);
  return v;
};

const add = (doc: unknown, path: string, value: unknown, replace: boolean): unknown => {
  const tokens = decodePointer(path);
  if (tokens.length === 0) return clone(value);
  const parent = parentOf(doc, tokens, path);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const i = arrayIndex(parent, last, path, !replace);
    if (replace) parent[i] = clone(value);
    else parent.splice(i, 0, clone(value));
  } else {
    if (replace && !Object.prototype.hasOwnProperty.call(parent, last)) {
      throw new PatchError(
        `replace operation does not apply: doc is missing key: ${path}: missing value`,
        422,
      );
    }
    parent[last] = clone(value);
  }
  return doc;
};

export const jsonPatch = (doc: unknown, ops: unknown): unknown => {
  if (!Array.isArray(ops)) throw new PatchError('json patch must be an array of operations', 400);
  let cur = clone(doc);
  for (const raw of ops) {
    if (!isRecord(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw new PatchError('invalid json patch operation', 400);
    }
    const op = raw as Op;
    switch (op.op) {
      case 'add':
        cur = add(cur, op.path, op.value, false);
        break;
      case 'replace':
        cur = add(cur, op.path, op.value, true);
        break;
      case 'remove':
        remove(cur, op.path);
        break;
      case 'move': {
        const v = remove(cur, op.from ?? '');
        cur = add(cur, op.path, v, false);
        break;
      }
      case 'copy':
        cur = add(cur, op.path, getAt(cur, op.from ?? ''), false);
        break;
      case 'test':
        if (!deepEqual(getAt(cur, op.path), op.value)) {
          throw new PatchError(`testing value ${op.path} failed: test failed`, 422);
        }
        break;
      default:
        throw new PatchError(`Unexpected kind: ${op.op}`, 400);
    }
  }
  return cur;
};
