/**
 * Which RuntimeClasses are Kata (pure; no React).
 *
 * A pod runs in Kata when its `spec.runtimeClassName` names a RuntimeClass whose handler is a
 * Kata runtime of CRI-O: `kata` (a VM on the node) or `kata-remote` (peer pods), and the other
 * `kata-*` handlers the operator can configure. The two class names the operator creates count
 * even when the RuntimeClasses cannot be read (a user who may list pods but not RuntimeClasses),
 * so such a user still sees their Kata pods.
 * ("Deploying OpenShift sandboxed containers workloads" › "Deploying a workload in a sandboxed
 * container": `runtimeClassName: kata`.)
 */
import type { RuntimeClassKind } from '../models';
import { KATA_REMOTE_RUNTIME_CLASS, KATA_RUNTIME_CLASS } from '../models/constants';

const KATA_HANDLER = /^kata(-|$)/;

export const isKataRuntimeClass = (rc: RuntimeClassKind): boolean => {
  const name = rc.metadata?.name;
  if (name === KATA_RUNTIME_CLASS || name === KATA_REMOTE_RUNTIME_CLASS) return true;
  return typeof rc.handler === 'string' && KATA_HANDLER.test(rc.handler);
};

/** Names of the Kata RuntimeClasses: `kata`, `kata-remote` and any class with a Kata handler. */
export const kataClassNames = (runtimeClasses: readonly RuntimeClassKind[] | undefined) => {
  const names = new Set<string>([KATA_RUNTIME_CLASS, KATA_REMOTE_RUNTIME_CLASS]);
  for (const rc of runtimeClasses ?? []) {
    const name = rc.metadata?.name;
    if (name && isKataRuntimeClass(rc)) names.add(name);
  }
  return names as ReadonlySet<string>;
};

/** The Kata RuntimeClasses that exist, sorted by name (kata first). */
export const kataRuntimeClasses = (runtimeClasses: readonly RuntimeClassKind[] | undefined) =>
  (runtimeClasses ?? [])
    .filter(isKataRuntimeClass)
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
