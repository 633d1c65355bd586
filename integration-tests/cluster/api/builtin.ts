/**
 * Validation and admission of built-in kinds, after kubernetes/kubernetes:
 * pkg/apis/core/validation (ValidatePodCreate / ValidatePodUpdate, reduced to the fields the
 * simulation reads), pkg/apis/node/validation (ValidateRuntimeClass) and the RuntimeClass
 * admission plugin (plugin/pkg/admission/runtimeclass/admission.go: unknown class refused,
 * overhead set from the class, its scheduling merged into the pod).
 */
import type { Sim } from '../controllers/context';
import { isValidQuantity } from '../controllers/kube/scheduling';
import type { ResourceDef } from '../resources';
import type { KObject, StatusCause } from '../types';
import { apiError, clone, isRecord } from '../types';
import type { AdmissionPlugin } from './context';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

const required = (field: string): StatusCause => ({
  reason: 'FieldValueRequired',
  field,
  message: 'Required value',
});

const invalidValue = (field: string, value: unknown, why: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  field,
  message: `Invalid value: ${JSON.stringify(value)}: ${why}`,
});

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const QUANTITY_MSG =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const resources = (path: string, r: unknown, causes: StatusCause[]): void => {
  for (const kind of ['requests', 'limits']) {
    for (const [k, v] of Object.entries(rec(rec(r)[kind]))) {
      if (!isValidQuantity(v)) causes.push(invalidValue(`${path}.${kind}[${k}]`, v, QUANTITY_MSG));
    }
  }
};

/** ValidatePodCreate (subset): containers with names and images, valid runtime class and overhead. */
const validatePod = (pod: KObject): StatusCause[] => {
  const spec = rec(pod.spec);
  const causes: StatusCause[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0) causes.push(required('spec.containers'));
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    const path = `spec.containers[${String(i)}]`;
    const cr = rec(c);
    if (typeof cr.name !== 'string' || cr.name === '') causes.push(required(`${path}.name`));
    else if (!DNS1123_LABEL.test(cr.name) || cr.name.length > 63)
      causes.push(invalidValue(`${path}.name`, cr.name, LABEL_MSG));
    else if (seen.has(cr.name))
      causes.push({
        reason: 'FieldValueDuplicate',
        field: `${path}.name`,
        message: `Duplicate value: ${JSON.stringify(cr.name)}`,
      });
    if (typeof cr.name === 'string') seen.add(cr.name);
    if (typeof cr.image !== 'string' || cr.image.trim() === '')
      causes.push(required(`${path}.image`));
    resources(`${path}.resources`, cr.resources, causes);
  });
  const rc = spec.runtimeClassName;
  if (rc !== undefined && rc !== null && (typeof rc !== 'string' || !DNS1123_SUBDOMAIN.test(rc)))
    causes.push(invalidValue('spec.runtimeClassName', rc, SUBDOMAIN_MSG));
  for (const [k, v] of Object.entries(rec(spec.overhead))) {
    if (!isValidQuantity(v)) causes.push(invalidValue(`spec.overhead[${k}]`, v, QUANTITY_MSG));
  }
  return causes;
};

const POD_UPDATE_MSG =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** ValidatePodUpdate: the spec is immutable but for images, tolerations and deadlines. */
const validatePodUpdate = (pod: KObject, old: KObject): StatusCause[] => {
  const strip = (o: KObject): unknown => {
    const s = clone(rec(o.spec));
    for (const list of ['containers', 'initContainers']) {
      if (Array.isArray(s[list]))
        for (const c of s[list] as unknown[]) if (isRecord(c)) Reflect.deleteProperty(c, 'image');
    }
    for (const k of ['activeDeadlineSeconds', 'tolerations', 'terminationGracePeriodSeconds'])
      Reflect.deleteProperty(s, k);
    return s;
  };
  if (JSON.stringify(strip(pod)) === JSON.stringify(strip(old))) return [];
  return [
    { reason: 'FieldValueForbidden', field: 'spec', message: `Forbidden: ${POD_UPDATE_MSG}` },
  ];
};

/** ValidateRuntimeClass: handler a DNS label, overhead quantities, scheduling labels. */
const validateRuntimeClass = (rc: KObject, old: KObject | undefined): StatusCause[] => {
  const causes: StatusCause[] = [];
  const handler = rc.handler;
  if (typeof handler !== 'string' || handler === '') causes.push(required('handler'));
  else if (!DNS1123_LABEL.test(handler) || handler.length > 63)
    causes.push(invalidValue('handler', handler, LABEL_MSG));
  if (old && old.handler !== handler)
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'handler',
      message: `Invalid value: ${JSON.stringify(handler)}: field is immutable`,
    });
  for (const [k, v] of Object.entries(rec(rec(rc.overhead).podFixed))) {
    if (!isValidQuantity(v)) causes.push(invalidValue(`overhead.podFixed[${k}]`, v, QUANTITY_MSG));
  }
  for (const [k, v] of Object.entries(rec(rec(rc.scheduling).nodeSelector))) {
    if (typeof v !== 'string')
      causes.push(invalidValue(`scheduling.nodeSelector[${k}]`, v, 'must be a string'));
  }
  return causes;
};

/** Causes of a built-in object that the API server would refuse (empty when valid). */
export const validateBuiltin = (
  def: ResourceDef,
  obj: KObject,
  old: KObject | undefined,
  subresource?: string,
): StatusCause[] => {
  if (subresource === 'status') return [];
  if (def.group === '' && def.kind === 'Pod')
    return old ? validatePodUpdate(obj, old) : validatePod(obj);
  if (def.group === 'node.k8s.io' && def.kind === 'RuntimeClass')
    return validateRuntimeClass(obj, old);
  return [];
};

const forbidden = (pod: KObject, why: string) =>
  apiError(
    403,
    'Forbidden',
    `pods "${pod.metadata.name ?? ''}" is forbidden: pod rejected: ${why}`,
    {
      name: pod.metadata.name ?? '',
      kind: 'pods',
    },
  );

/** The RuntimeClass admission plugin (mutating + validating) on pod creation. */
export const runtimeClassAdmission =
  (sim: Sim): AdmissionPlugin =>
  (op, def, pod) => {
    if (op !== 'CREATE' || def.group !== '' || def.kind !== 'Pod') return;
    const spec = rec(pod.spec);
    const name = spec.runtimeClassName;
    if (typeof name !== 'string' || name === '') return;
    const rcDef = sim.defFor('node.k8s.io/v1', 'RuntimeClass');
    const rc = rcDef ? sim.store.get(rcDef, undefined, name) : undefined;
    if (!rc) throw forbidden(pod, `RuntimeClass "${name}" not found`);
    const fixed = rec(rec(rc.overhead).podFixed);
    if (Object.keys(fixed).length > 0) {
      if (spec.overhead !== undefined && JSON.stringify(spec.overhead) !== JSON.stringify(fixed))
        throw forbidden(pod, "Pod's Overhead doesn't match RuntimeClass's defined Overhead");
      spec.overhead = clone(fixed);
    }
    const sched = rec(rc.scheduling);
    const nodeSelector = { ...(rec(spec.nodeSelector) as Record<string, string>) };
    for (const [k, v] of Object.entries(rec(sched.nodeSelector) as Record<string, string>)) {
      if (k in nodeSelector && nodeSelector[k] !== v)
        throw forbidden(
          pod,
          `conflict: runtimeClass.scheduling.nodeSelector[${JSON.stringify(k)}] = ${v}; pod.spec.nodeSelector[${JSON.stringify(k)}] = ${nodeSelector[k]}`,
        );
      nodeSelector[k] = v;
    }
    if (Object.keys(nodeSelector).length > 0) spec.nodeSelector = nodeSelector;
    if (Array.isArray(sched.tolerations) && sched.tolerations.length > 0) {
      const tol = Array.isArray(spec.tolerations) ? [...(spec.tolerations as unknown[])] : [];
      for (const t of sched.tolerations)
        if (!tol.some((x) => JSON.stringify(x) === JSON.stringify(t))) tol.push(t);
      spec.tolerations = tol;
    }
    pod.spec = spec;
  };
