import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { KATA_RUNTIME_LABEL } from '../models/constants';
import type { NodeKind } from '../models';
import {
  buildInstallPlan,
  buildKataConfig,
  buildNodeFeatureDiscovery,
  defaultAnswers,
  defaultNfdSettings,
  escapeJsonPointer,
  kataLabelPatch,
  nfdStepValid,
  operationKey,
  validateAnswers,
  validateNfdSettings,
} from './plan';
import type { InstallAnswers, PlanOperation } from './plan';

const ROOT = path.resolve(__dirname, '../..');
const fixture = (name: string): unknown =>
  yaml.load(fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8'));

/** The CRD's openAPIV3Schema without x-kubernetes-* keys, which ajv does not know. */
const crdSchema = (file: string): object => {
  const crd = yaml.load(fs.readFileSync(path.resolve(ROOT, 'third_party/crds', file), 'utf8')) as {
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
const validateKataConfig = ajv.compile(
  crdSchema('kataconfigs.kataconfiguration.openshift.io.yaml'),
);
const validateNfd = ajv.compile(crdSchema('nodefeaturediscoveries.nfd.openshift.io.yaml'));

const node = (name: string, labels: Record<string, string> = {}): NodeKind => ({
  metadata: { name, labels },
});
const cluster = { nodes: [node('worker-a'), node('worker-b'), node('worker-c')] };

const answers = (patch: Partial<InstallAnswers>): InstallAnswers => ({
  ...defaultAnswers(),
  ...patch,
});

const objects = (ops: PlanOperation[]) =>
  ops.flatMap((op) => (op.kind === 'create' ? [op.object] : []));

describe('default objects follow the documentation', () => {
  it('the default NodeFeatureDiscovery deep-equals the documented nfd.yaml', () => {
    expect(buildNodeFeatureDiscovery(defaultNfdSettings())).toEqual(fixture('nfd.yaml'));
  });

  it('the user choices (name, namespace, image) are the only differences', () => {
    const nfd = buildNodeFeatureDiscovery({ name: 'n', namespace: 'ns', image: 'registry/img:1' });
    const documented = fixture('nfd.yaml') as {
      metadata: object;
      spec: { operand: object; workerConfig: object };
    };
    expect(nfd).toEqual({
      ...documented,
      metadata: { name: 'n', namespace: 'ns' },
      spec: {
        ...documented.spec,
        operand: { ...documented.spec.operand, image: 'registry/img:1' },
      },
    });
  });

  it('the default KataConfig (NFD method) equals the documented kata-config.yaml', () => {
    expect(buildKataConfig(defaultAnswers())).toEqual(fixture('kata-config.yaml'));
  });

  it('the default plan creates the NFD first, then the KataConfig', () => {
    const plan = buildInstallPlan(defaultAnswers(), cluster);
    expect(plan.operations.map(operationKey)).toEqual([
      'create NodeFeatureDiscovery openshift-nfd/nfd-kata',
      'create KataConfig example-kataconfig',
    ]);
    expect(objects(plan.operations)).toEqual([fixture('nfd.yaml'), fixture('kata-config.yaml')]);
  });
});

describe('objects validate against the real CRD schemas', () => {
  const cases: [string, InstallAnswers][] = [
    ['nfd default', defaultAnswers()],
    ['manual', answers({ method: 'manual', manualNodes: ['worker-a'] })],
    [
      'all workers with every spec field',
      answers({
        method: 'all-workers',
        kataConfig: {
          name: 'kc',
          checkNodeEligibility: true,
          matchLabels: [{ key: 'pool', value: 'kata' }],
          matchExpressions: [{ key: 'zone', operator: 'In', values: 'a, b' }],
          logLevel: 'debug',
          enablePeerPods: true,
        },
      }),
    ],
  ];
  it.each(cases)('%s', (_name, a) => {
    for (const op of buildInstallPlan(a, cluster).operations) {
      if (op.kind !== 'create') continue;
      const validate = op.model.kind === 'KataConfig' ? validateKataConfig : validateNfd;
      expect({ kind: op.model.kind, valid: validate(op.object), errors: validate.errors }).toEqual({
        kind: op.model.kind,
        valid: true,
        errors: null,
      });
    }
  });

  it('the schema check can fail (a string servicePort is rejected)', () => {
    const nfd = buildNodeFeatureDiscovery(defaultNfdSettings()) as {
      spec: { operand: Record<string, unknown> };
    };
    nfd.spec.operand.servicePort = '12000';
    expect(validateNfd(nfd)).toBe(false);
  });
});

describe('eligibility methods', () => {
  it('manual: no NFD, labels exactly the chosen existing nodes, checkNodeEligibility true', () => {
    const plan = buildInstallPlan(
      answers({ method: 'manual', manualNodes: ['worker-c', 'worker-a', 'worker-a', 'gone'] }),
      cluster,
    );
    expect(plan.operations.map(operationKey)).toEqual([
      'label-node worker-a',
      'label-node worker-c',
      'create KataConfig example-kataconfig',
    ]);
    expect(plan.operations[0]).toEqual({
      kind: 'label-node',
      node: 'worker-a',
      patch: [
        {
          op: 'add',
          path: '/metadata/labels/feature.node.kubernetes.io~1runtime.kata',
          value: 'true',
        },
      ],
    });
    expect(objects(plan.operations)).toEqual([
      expect.objectContaining({ spec: { checkNodeEligibility: true } }),
    ]);
  });

  it('all-workers: no NFD, no labels, checkNodeEligibility false', () => {
    const plan = buildInstallPlan(
      answers({ method: 'all-workers', manualNodes: ['worker-a'] }),
      cluster,
    );
    expect(plan.operations.map(operationKey)).toEqual(['create KataConfig example-kataconfig']);
    expect(objects(plan.operations)).toEqual([
      expect.objectContaining({ spec: { checkNodeEligibility: false } }),
    ]);
  });

  it('nfd with a reused NodeFeatureDiscovery creates only the KataConfig', () => {
    const a = answers({
      nfd: { ...defaultAnswers().nfd, mode: 'reuse', reuse: { name: 'x', namespace: 'y' } },
    });
    expect(buildInstallPlan(a, cluster).operations.map(operationKey)).toEqual([
      'create KataConfig example-kataconfig',
    ]);
    expect(buildKataConfig(a).spec?.checkNodeEligibility).toBe(true);
  });

  it('the KataConfig checkbox cannot override the method', () => {
    const a = answers({
      method: 'nfd',
      kataConfig: { ...defaultAnswers().kataConfig, checkNodeEligibility: false },
    });
    expect(buildKataConfig(a).spec?.checkNodeEligibility).toBe(true);
  });
});

describe('JSON pointer escaping', () => {
  it.each([
    [KATA_RUNTIME_LABEL, 'feature.node.kubernetes.io~1runtime.kata'],
    ['a~b/c', 'a~0b~1c'],
    ['plain', 'plain'],
  ])('%s => %s', (input, expected) => {
    expect(escapeJsonPointer(input)).toBe(expected);
  });

  it('the label patch adds the runtime.kata label', () => {
    expect(kataLabelPatch()).toEqual([
      {
        op: 'add',
        path: '/metadata/labels/feature.node.kubernetes.io~1runtime.kata',
        value: 'true',
      },
    ]);
  });
});

describe('validation', () => {
  it.each([
    ['documented defaults', defaultNfdSettings(), {}],
    [
      'empty fields',
      { name: '', namespace: '', image: ' ' },
      { name: { code: 'required' }, namespace: { code: 'required' }, image: 'required' },
    ],
    [
      'uppercase name, dotted namespace, image with a space',
      { name: 'NFD', namespace: 'a.b', image: 'quay.io/x y' },
      {
        name: { code: 'name-invalid' },
        namespace: { code: 'name-invalid' },
        image: 'image-invalid',
      },
    ],
    [
      'namespace too long',
      { name: 'n', namespace: 'a'.repeat(64), image: 'img' },
      { namespace: { code: 'name-too-long', max: 63 } },
    ],
    [
      'image with a digest',
      { name: 'n', namespace: 'ns', image: 'quay.io/a/b@sha256:0123abcd' },
      {},
    ],
  ])('%s', (_name, settings, expected) => {
    expect(validateNfdSettings(settings)).toEqual(expected);
  });

  it('manual with no node chosen blocks; other methods ignore node choice', () => {
    expect(validateAnswers(answers({ method: 'manual' })).noNodes).toBe(true);
    expect(validateAnswers(answers({ method: 'all-workers' })).noNodes).toBe(false);
  });

  it('the NFD step needs a reuse choice or valid settings', () => {
    const base = defaultAnswers();
    const valid = (a: InstallAnswers) => nfdStepValid(validateAnswers(a));
    expect(valid(base)).toBe(true);
    expect(valid({ ...base, nfd: { ...base.nfd, mode: 'reuse' } })).toBe(false);
    expect(
      valid({
        ...base,
        nfd: { ...base.nfd, mode: 'reuse', reuse: { name: 'nfd', namespace: 'openshift-nfd' } },
      }),
    ).toBe(true);
    expect(
      valid({ ...base, nfd: { ...base.nfd, create: { ...base.nfd.create, image: '' } } }),
    ).toBe(false);
    expect(
      valid({
        ...base,
        method: 'all-workers',
        nfd: { ...base.nfd, create: { ...base.nfd.create, image: '' } },
      }),
    ).toBe(true);
  });

  it('the KataConfig step needs a valid form', () => {
    const base = defaultAnswers();
    expect(validateAnswers(base).kataConfig).toEqual({});
    expect(
      validateAnswers({ ...base, kataConfig: { ...base.kataConfig, name: 'Bad Name' } }).kataConfig
        .name,
    ).toEqual({ code: 'name-invalid' });
  });
});
