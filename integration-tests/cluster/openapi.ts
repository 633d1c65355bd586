/** Minimal OpenAPI documents: enough for kubectl's field-validation detection and explain. */
import { createHash } from 'node:crypto';
import type { Registry, ResourceDef } from './resources';
import { apiVersionOf } from './resources';

const gvPath = (d: { group: string; version: string }): string =>
  d.group ? `apis/${d.group}/${d.version}` : `api/${d.version}`;

const queryParam = (name: string): object => ({
  name,
  in: 'query',
  schema: { type: 'string', uniqueItems: true },
});

const itemPaths = (d: ResourceDef): string[] => {
  const base = `/${gvPath(d)}`;
  return d.namespaced
    ? [`${base}/namespaces/{namespace}/${d.plural}/{name}`]
    : [`${base}/${d.plural}/{name}`];
};

const schemaName = (d: ResourceDef): string =>
  `${(d.group || 'core').split('.').reverse().join('.')}.${d.version}.${d.kind}`;

const gvkExt = (d: ResourceDef): object => ({
  'x-kubernetes-group-version-kind': [{ group: d.group, version: d.version, kind: d.kind }],
});

export const openApiV3Doc = (reg: Registry, gv: string): object | undefined => {
  const defs = reg.all().filter((d) => gvPath(d) === gv);
  if (defs.length === 0) return undefined;
  const paths: Record<string, object> = {};
  const schemas: Record<string, object> = {};
  for (const d of defs) {
    const ref = { $ref: `#/components/schemas/${schemaName(d)}` };
    const ok = {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: ref } },
      },
    };
    for (const p of itemPaths(d)) {
      paths[p] = {
        get: {
          operationId: `read${d.kind}`,
          responses: ok,
          'x-kubernetes-action': 'get',
          'x-kubernetes-group-version-kind': {
            group: d.group,
            version: d.version,
            kind: d.kind,
          },
        },
        patch: {
          operationId: `patch${d.kind}`,
          parameters: ['dryRun', 'fieldManager', 'fieldValidation', 'force'].map(queryParam),
          responses: ok,
          'x-kubernetes-action': 'patch',
          'x-kubernetes-group-version-kind': {
            group: d.group,
            version: d.version,
            kind: d.kind,
          },
        },
      };
    }
    schemas[schemaName(d)] = {
      ...(d.validator
        ? d.validator.schema
        : { type: 'object', description: `${d.kind} (${apiVersionOf(d)})` }),
      ...gvkExt(d),
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.31.6' },
    paths,
    components: { schemas },
  };
};

export const openApiV3Index = (reg: Registry): object => {
  const gvs = new Set(reg.all().map(gvPath));
  const paths: Record<string, object> = {};
  for (const gv of [...gvs].sort()) {
    const hash = createHash('sha256')
      .update(JSON.stringify(openApiV3Doc(reg, gv)))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase();
    paths[gv] = { serverRelativeURL: `/openapi/v3/${gv}?hash=${hash}` };
  }
  return { paths };
};

export const openApiV2Doc = (reg: Registry): object => {
  const definitions: Record<string, object> = {};
  for (const d of reg.all()) {
    definitions[schemaName(d)] = {
      ...(d.validator ? d.validator.schema : { type: 'object' }),
      ...gvkExt(d),
    };
  }
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.31.6' },
    paths: {},
    definitions,
  };
};
