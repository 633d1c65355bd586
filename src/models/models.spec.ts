/**
 * Our custom-resource types must only use fields the real CRDs define (third_party/crds/).
 * Each sample below is typed `Complete<T>`: it must set EVERY field of the type (TypeScript fails
 * otherwise), and the test walks the sample and looks each path up in the CRD's openAPIV3Schema.
 */
import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';
import type { KataConfigKind, NodeFeatureDiscoveryKind } from './index';
import { KataConfigModel, NodeFeatureDiscoveryModel } from './index';

type Complete<T> = T extends (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<NonNullable<T[K]>> }
    : T;

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
};
type Crd = {
  spec: {
    group: string;
    scope: string;
    names: { kind: string; plural: string };
    versions: { name: string; schema: { openAPIV3Schema: Schema } }[];
  };
};

const CRD_DIR = path.resolve(__dirname, '../../third_party/crds');
const loadCrd = (file: string) => load(fs.readFileSync(path.join(CRD_DIR, file), 'utf8')) as Crd;

/** Every path of `sample` that the schema does not define (metadata is the API server's, not the CRD's). */
const unknownPaths = (sample: unknown, schema: Schema, at = ''): string[] => {
  if (Array.isArray(sample)) {
    return sample.flatMap((item, i) =>
      schema.items ? unknownPaths(item, schema.items, `${at}[${i}]`) : [`${at}[${i}]`],
    );
  }
  if (typeof sample !== 'object' || sample === null) return [];
  return Object.entries(sample).flatMap(([key, value]) => {
    if (at === '' && ['apiVersion', 'kind', 'metadata'].includes(key)) return [];
    const child =
      schema.properties?.[key] ??
      (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    return child ? unknownPaths(value, child, `${at}.${key}`) : [`${at}.${key}`];
  });
};

const kataConfig: Complete<Omit<KataConfigKind, 'metadata' | 'apiVersion' | 'kind'>> = {
  spec: {
    checkNodeEligibility: true,
    kataConfigPoolSelector: {
      matchLabels: { a: 'b' },
      matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }],
    },
    logLevel: 'info',
    enablePeerPods: false,
  },
  status: {
    runtimeClasses: ['kata'],
    kataNodes: {
      nodeCount: 1,
      readyNodeCount: 1,
      installed: ['n'],
      installing: ['n'],
      waitingToInstall: ['n'],
      failedToInstall: ['n'],
      uninstalling: ['n'],
      waitingToUninstall: ['n'],
      failedToUninstall: ['n'],
    },
    conditions: [
      {
        type: 'InProgress',
        status: 'True',
        lastTransitionTime: '2026-01-01T00:00:00Z',
        reason: 'Installing',
        message: '',
      },
    ],
    waitingForMcoToStart: false,
  },
};

const nfd: Complete<Omit<NodeFeatureDiscoveryKind, 'metadata' | 'apiVersion' | 'kind'>> = {
  spec: {
    operand: { image: 'i', imagePullPolicy: 'Always', servicePort: 12000 },
    workerConfig: { configData: '' },
    instance: '',
    extraLabelNs: [''],
    labelWhiteList: '',
  },
  status: { conditions: [{ type: 'Available', status: 'True', reason: '', message: '' }] },
};

describe.each([
  ['kataconfigs.kataconfiguration.openshift.io.yaml', KataConfigModel, kataConfig],
  ['nodefeaturediscoveries.nfd.openshift.io.yaml', NodeFeatureDiscoveryModel, nfd],
])('%s', (file, model, sample) => {
  const crd = loadCrd(file);

  it('matches the model constant (group, version, kind, plural, scope)', () => {
    expect(crd.spec.group).toBe(model.apiGroup);
    expect(crd.spec.names.kind).toBe(model.kind);
    expect(crd.spec.names.plural).toBe(model.plural);
    expect(crd.spec.scope === 'Namespaced').toBe(model.namespaced);
    expect(crd.spec.versions.map((v) => v.name)).toContain(model.apiVersion);
  });

  it('defines every field our type uses', () => {
    const version = crd.spec.versions.find((v) => v.name === model.apiVersion);
    expect(version).toBeDefined();
    expect(unknownPaths(sample, version?.schema.openAPIV3Schema ?? {})).toEqual([]);
  });
});

describe('unknownPaths', () => {
  it('reports a field the schema lacks', () => {
    const schema: Schema = { properties: { spec: { properties: { a: { type: 'string' } } } } };
    expect(unknownPaths({ spec: { a: 'x', typo: 1 } }, schema)).toEqual(['.spec.typo']);
  });
});
