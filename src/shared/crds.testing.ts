/**
 * Test helper: validators for the vendored CRDs (third_party/crds), so the objects the plugin
 * writes are checked against the schemas the API server would apply.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import yaml from 'js-yaml';

const CRD_DIR = path.resolve(__dirname, '../../third_party/crds');

/** The CRD's openAPIV3Schema without x-kubernetes-* keys, which ajv does not know. */
const crdSchema = (file: string): object => {
  const crd = yaml.load(fs.readFileSync(path.join(CRD_DIR, file), 'utf8')) as {
    spec: { versions: { schema: { openAPIV3Schema: unknown } }[] };
  };
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !k.startsWith('x-kubernetes-'))
          .map(([k, val]) => [k, strip(val)]),
      );
    }
    return v;
  };
  const [first] = crd.spec.versions;
  return strip(first.schema.openAPIV3Schema) as object;
};

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const cache = new Map<string, ValidateFunction>();

/** Validates `object` against the CRD in `file`: the ajv errors, or null when valid. */
export const crdErrors = (file: string, object: unknown): ErrorObject[] | null => {
  let validate = cache.get(file);
  if (!validate) {
    validate = ajv.compile(crdSchema(file));
    cache.set(file, validate);
  }
  return validate(object) ? null : (validate.errors ?? []);
};

export const CRD_FILES = {
  kataConfig: 'kataconfigs.kataconfiguration.openshift.io.yaml',
  nodeFeatureDiscovery: 'nodefeaturediscoveries.nfd.openshift.io.yaml',
  nodeFeatureRule: 'nodefeaturerules.nfd.k8s-sigs.io.yaml',
  nodeFeatureRuleOpenShift: 'nodefeaturerules.nfd.openshift.io.yaml',
  machineConfigPool: 'machineconfigpools.machineconfiguration.openshift.io.yaml',
} as const;
