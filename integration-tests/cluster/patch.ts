/**
 * JSON merge patch (RFC 7386, a few lines of our own) and JSON patch (RFC 6902, applied by
 * fast-json-patch), with fast-json-patch's errors turned into the API server's (the messages of
 * evanphx/json-patch, which kube-apiserver uses, and its 400/422 codes).
 */
import type { Operation } from 'fast-json-patch';
import { JsonPatchError, applyPatch, deepClone, getValueByPointer } from 'fast-json-patch';
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

const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Whether the parent of a JSON pointer resolves (so only its last key is missing). */
const parentExists = (doc: unknown, path: string): boolean => {
  const cut = path.lastIndexOf('/');
  if (cut < 0) return false;
  try {
    const parent: unknown = cut === 0 ? doc : getValueByPointer(doc, path.slice(0, cut));
    return parent !== null && typeof parent === 'object';
  } catch {
    return false;
  }
};

/** fast-json-patch's error → the API server's message and code. */
const toApiError = (e: JsonPatchError, doc: unknown): PatchError => {
  const op = (isRecord(e.operation) ? e.operation : {}) as Partial<Operation> & { from?: string };
  const path = typeof op.path === 'string' ? op.path : '';
  const from = typeof op.from === 'string' ? op.from : '';
  switch (e.name) {
    case 'SEQUENCE_NOT_AN_ARRAY':
      return new PatchError('json patch must be an array of operations', 400);
    case 'OPERATION_OP_INVALID':
      return new PatchError(`Unexpected kind: ${String(op.op)}`, 400);
    case 'OPERATION_PATH_INVALID':
      return new PatchError(`invalid JSON pointer: ${path}`, 422);
    case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
      return new PatchError(`invalid array index in path: "${path}"`, 422);
    case 'OPERATION_VALUE_OUT_OF_BOUNDS':
      return new PatchError(`array index out of bounds in path: "${path}"`, 422);
    case 'TEST_OPERATION_FAILED':
      return new PatchError(`testing value ${path} failed: test failed`, 422);
    case 'OPERATION_FROM_UNRESOLVABLE':
      return new PatchError(`doc is missing path: "${from}"`, 422);
    case 'OPERATION_PATH_UNRESOLVABLE':
      if (op.op === 'remove' && parentExists(doc, path))
        return new PatchError(
          `unable to remove nonexistent key: ${unescape(path.slice(path.lastIndexOf('/') + 1))}: missing value`,
          422,
        );
      if (op.op === 'replace' && parentExists(doc, path))
        return new PatchError(
          `replace operation does not apply: doc is missing key: ${path}: missing value`,
          422,
        );
      return new PatchError(`doc is missing path: "${path}"`, 422);
    case 'OPERATION_PATH_CANNOT_ADD':
      return new PatchError(`doc is missing path: "${path}"`, 422);
    default:
      // OPERATION_NOT_AN_OBJECT, *_REQUIRED, OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED...
      return new PatchError('invalid json patch operation', 400);
  }
};

export const jsonPatch = (doc: unknown, ops: unknown): unknown => {
  if (!Array.isArray(ops)) throw new PatchError('json patch must be an array of operations', 400);
  // Applied one by one so that an error is mapped against the document it met.
  let cur: unknown = deepClone(doc);
  for (const op of ops) {
    if (!isRecord(op) || typeof op.op !== 'string' || typeof op.path !== 'string')
      throw new PatchError('invalid json patch operation', 400);
    try {
      cur = applyPatch(cur, [op as unknown as Operation], true, true).newDocument;
    } catch (e) {
      if (e instanceof JsonPatchError) throw toApiError(e, cur);
      throw e;
    }
  }
  return cur;
};
