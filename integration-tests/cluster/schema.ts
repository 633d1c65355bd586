/**
 * Custom resource validation like the API server: defaulting, pruning of unknown fields
 * (structural schemas) and validation against openAPIV3Schema with ajv.
 */
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { StatusCause } from './types';
import { clone, isRecord } from './types';

type Schema = Record<string, unknown>;

const PRESERVE = 'x-kubernetes-preserve-unknown-fields';

/** Translates a Kubernetes structural schema into plain JSON Schema for ajv. */
export const toJsonSchema = (s: unknown): unknown => {
  if (Array.isArray(s)) return s.map(toJsonSchema);
  if (!isRecord(s)) return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-kubernetes-') || k === 'nullable' || k === 'default') continue;
    if (k === 'properties' && isRecord(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, toJsonSchema(pv)]));
    } else {
      out[k] = toJsonSchema(v);
    }
  }
  if (s['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (s.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
};

const walk = (schema: unknown, value: unknown, path: string, pruned: string[]): void => {
  if (!isRecord(schema)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(schema.items, item, `${path}[${String(i)}]`, pruned);
    });
    return;
  }
  if (!isRecord(value)) return;
  const props = isRecord(schema.properties) ? schema.properties : undefined;
  const preserve = schema[PRESERVE] === true;
  if (props) {
    for (const [k, ps] of Object.entries(props)) {
      if (value[k] === undefined && isRecord(ps) && 'default' in ps) value[k] = clone(ps.default);
    }
  }
  for (const k of Object.keys(value)) {
    const child = path ? `${path}.${k}` : k;
    if (props && k in props) {
      walk(props[k], value[k], child, pruned);
    } else if (isRecord(schema.additionalProperties)) {
      walk(schema.additionalProperties, value[k], child, pruned);
    } else if (!preserve && schema.additionalProperties !== true) {
      pruned.push(child);
      Reflect.deleteProperty(value, k);
    }
  }
};

/** Applies defaults and prunes unknown fields in place; returns the pruned field paths. */
export const defaultAndPrune = (schema: Schema, obj: Record<string, unknown>): string[] => {
  const pruned: string[] = [];
  const props = isRecord(schema.properties) ? schema.properties : {};
  for (const [k, ps] of Object.entries(props)) {
    if (['apiVersion', 'kind', 'metadata'].includes(k)) continue;
    if (obj[k] === undefined && isRecord(ps) && 'default' in ps) obj[k] = clone(ps.default);
  }
  for (const k of Object.keys(obj)) {
    if (['apiVersion', 'kind', 'metadata'].includes(k)) continue;
    if (k in props) walk(props[k], obj[k], k, pruned);
    else if (schema[PRESERVE] !== true) {
      pruned.push(k);
      Reflect.deleteProperty(obj, k);
    }
  }
  return pruned;
};

const typeName = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
};

const fieldOf = (instancePath: string): string =>
  instancePath
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, t) => (/^\d+$/.test(t) ? `${acc}[${t}]` : acc ? `${acc}.${t}` : t), '');

const valueAt = (obj: unknown, instancePath: string): unknown =>
  instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>((cur, t) => {
      if (Array.isArray(cur)) return cur[Number(t)];
      if (isRecord(cur)) return cur[t.replace(/~1/g, '/').replace(/~0/g, '~')];
      return undefined;
    }, obj);

const toCause = (e: ErrorObject, obj: unknown): StatusCause | undefined => {
  const field = fieldOf(e.instancePath);
  const value = valueAt(obj, e.instancePath);
  switch (e.keyword) {
    case 'type': {
      const t = typeName(value);
      const want = Array.isArray(e.params.type)
        ? (e.params.type as string[]).join(',')
        : String(e.params.type);
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: "${t}": ${field} in body must be of type ${want}: "${t}"`,
      };
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const f = field ? `${field}.${missing}` : missing;
      return {
        reason: 'FieldValueRequired',
        field: f,
        message: 'Required value',
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[])
        .map((v) => JSON.stringify(v))
        .join(', ');
      return {
        reason: 'FieldValueNotSupported',
        field,
        message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed}`,
      };
    }
    case 'anyOf':
    case 'oneOf':
      return undefined;
    default:
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${JSON.stringify(value)}: ${field} in body ${e.message ?? 'is invalid'}`,
      };
  }
};

export type CrValidator = {
  /** Defaults + prunes `obj` in place, returns pruned paths and validation causes. */
  check(obj: Record<string, unknown>): {
    pruned: string[];
    causes: StatusCause[];
  };
  schema: Schema;
};

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

export const makeValidator = (openAPIV3Schema: Schema): CrValidator => {
  const forAjv = toJsonSchema(openAPIV3Schema) as Schema;
  if (isRecord(forAjv.properties)) {
    const rest = { ...forAjv.properties };
    Reflect.deleteProperty(rest, 'metadata');
    forAjv.properties = rest;
  }
  const validate: ValidateFunction = ajv.compile(forAjv);
  return {
    schema: openAPIV3Schema,
    check(obj) {
      const pruned = defaultAndPrune(openAPIV3Schema, obj);
      const causes: StatusCause[] = [];
      if (!validate(obj)) {
        for (const e of validate.errors ?? []) {
          const c = toCause(e, obj);
          if (c && !causes.some((x) => x.field === c.field && x.message === c.message)) {
            causes.push(c);
          }
        }
      }
      return { pruned, causes };
    },
  };
};

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

const subdomainMsg = (v: string): string =>
  `Invalid value: ${JSON.stringify(v)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;

/** Validates metadata.name and labels like the API server. */
export const validateMeta = (meta: {
  name?: string;
  labels?: Record<string, string>;
}): StatusCause[] => {
  const causes: StatusCause[] = [];
  const name = meta.name ?? '';
  if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'metadata.name',
      message: subdomainMsg(name),
    });
  }
  for (const [k, v] of Object.entries(meta.labels ?? {})) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    const nm = slash >= 0 ? k.slice(slash + 1) : k;
    const prefixOk = slash < 0 || (prefix.length <= 253 && DNS1123_SUBDOMAIN.test(prefix));
    if (!prefixOk || nm.length > 63 || !LABEL_NAME.test(nm)) {
      causes.push({
        reason: 'FieldValueInvalid',
        field: 'metadata.labels',
        message: `Invalid value: ${JSON.stringify(k)}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      });
    }
    if (typeof v !== 'string' || v.length > 63 || (v !== '' && !LABEL_NAME.test(v))) {
      causes.push({
        reason: 'FieldValueInvalid',
        field: 'metadata.labels',
        message: `Invalid value: ${JSON.stringify(v)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      });
    }
  }
  return causes;
};
