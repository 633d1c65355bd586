/**
 * JSON patch for `overhead.podFixed` of a RuntimeClass (pure; no React).
 *
 * The patch starts with a `test` of `/metadata/resourceVersion` against the version the user
 * loaded, so a RuntimeClass changed meanwhile is not overwritten. In node.k8s.io/v1 only `handler`
 * is immutable: `overhead` may be changed, but the admission controller copies it into a pod's
 * spec.overhead when the pod is created, so the new value applies only to pods created afterwards.
 */
import type { RuntimeClassKind } from '../models';
import type { ApiError } from '../shared/errors';

export type JsonPatchOp =
  | { op: 'test'; path: string; value: unknown }
  | { op: 'add' | 'replace'; path: string; value: unknown };

/** Escapes a key for a JSON pointer (RFC 6901). */
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export const buildOverheadPatch = (
  loaded: RuntimeClassKind,
  values: { memory: string; cpu: string },
): JsonPatchOp[] => {
  const ops: JsonPatchOp[] = [
    { op: 'test', path: '/metadata/resourceVersion', value: loaded.metadata?.resourceVersion },
  ];
  const podFixed = loaded.overhead?.podFixed;
  if (!loaded.overhead) {
    ops.push({ op: 'add', path: '/overhead', value: { podFixed: { ...values } } });
  } else if (!podFixed) {
    ops.push({ op: 'add', path: '/overhead/podFixed', value: { ...values } });
  } else {
    for (const key of ['memory', 'cpu'] as const) {
      ops.push({
        op: key in podFixed ? 'replace' : 'add',
        path: `/overhead/podFixed/${pointer(key)}`,
        value: values[key],
      });
    }
  }
  return ops;
};

/**
 * The patch failed because the RuntimeClass changed since it was loaded: a 409 Conflict, or the
 * 422 the API server answers when the resourceVersion `test` op fails.
 */
export const isStaleVersionError = (e: ApiError): boolean =>
  e.code === 409 ||
  (e.code === 422 && /test/i.test(e.message) && e.message.includes('/metadata/resourceVersion'));
