import type { NodeFeatureDiscoveryKind } from '../models';
import { CRD_FILES, crdErrors } from '../shared/crds.testing';
import { nfdCsv } from './fixtures.testing';
import { buildKataNodeFeatureRule, buildLegacyNfd, buildNfdInstance } from './forms';
import { nfdStepPlan as planOf, nfdStepReady, recommendedForm } from './plan';
import type { NfdStepAnswers, NfdStepFacts } from './plan';
import { nfdsWithKataRule } from './kataRule';
import { nfdSupport } from './support';

const csv = (version: string, image?: string) => nfdCsv(version, { image });
/** The facts as the wizard gives them: the legacy carriers read from the NFDs' YAML. */
const nfdStepPlan = (a: NfdStepAnswers, f: Omit<NfdStepFacts, 'legacy'>) =>
  planOf(a, { ...f, legacy: nfdsWithKataRule(f.nfds) });

const s422 = nfdSupport({
  csvs: [csv('4.22.0')],
  ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': true },
});
const s416 = nfdSupport({
  csvs: [csv('4.16.0', 'registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.16')],
  ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true },
});
const s414 = nfdSupport({
  csvs: [csv('4.14.0', 'registry.redhat.io/openshift4/ose-node-feature-discovery:v4.14')],
  ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true },
});

const answers = (o: Partial<NfdStepAnswers> = {}): NfdStepAnswers => ({
  adopt: true,
  name: 'nfd-instance',
  namespace: 'openshift-nfd',
  image: '',
  ruleName: 'kata-runtime',
  ...o,
});
const keys = (p: ReturnType<typeof nfdStepPlan>) =>
  p.creates.map(
    (c) =>
      `${c.object.apiVersion ?? ''} ${c.object.kind ?? ''} ${c.object.metadata?.namespace ?? ''}/${c.object.metadata?.name ?? ''}`,
  );

describe('nfdStepPlan on a current cluster (NFD 4.22)', () => {
  it('no NFD yet: an NFD instance without an image, and the kata NodeFeatureRule; both validate', () => {
    const p = nfdStepPlan(answers(), { support: s422, nfds: [], rules: { 'nfd.k8s-sigs.io': [] } });
    expect(keys(p)).toEqual([
      'nfd.openshift.io/v1 NodeFeatureDiscovery openshift-nfd/nfd-instance',
      'nfd.k8s-sigs.io/v1alpha1 NodeFeatureRule openshift-nfd/kata-runtime',
    ]);
    expect(p.creates[0].object).toEqual(
      buildNfdInstance({ name: 'nfd-instance', namespace: 'openshift-nfd' }),
    );
    expect(crdErrors(CRD_FILES.nodeFeatureDiscovery, p.creates[0].object)).toBeNull();
    expect(crdErrors(CRD_FILES.nodeFeatureRule, p.creates[1].object)).toBeNull();
    expect(nfdStepReady(p)).toBe(true);
  });

  it('an NFD instance already runs: only the rule is added, next to it', () => {
    const existing = buildNfdInstance({ name: 'gpu-nfd', namespace: 'openshift-nfd' });
    const p = nfdStepPlan(answers(), { support: s422, nfds: [existing], rules: {} });
    expect(p.runsOn).toEqual({ name: 'gpu-nfd', namespace: 'openshift-nfd' });
    expect(keys(p)).toEqual([
      'nfd.k8s-sigs.io/v1alpha1 NodeFeatureRule openshift-nfd/kata-runtime',
    ]);
  });

  it('adopts an effective carrier (the rule, or the seed’s NFD pinned to 4.10) and creates nothing', () => {
    const rule = buildKataNodeFeatureRule({
      name: 'mine',
      namespace: 'openshift-nfd',
      api: 'nfd.k8s-sigs.io',
    });
    const inst = buildNfdInstance({ name: 'i', namespace: 'openshift-nfd' });
    expect(
      nfdStepPlan(answers(), { support: s422, nfds: [inst], rules: { 'nfd.k8s-sigs.io': [rule] } }),
    ).toMatchObject({
      adopted: { kind: 'rule', name: 'mine' },
      creates: [],
    });
    const seed = buildLegacyNfd({
      name: 'nfd-kata',
      namespace: 'openshift-nfd',
      image: 'quay.io/openshift/origin-node-feature-discovery:4.10',
    });
    expect(
      nfdStepPlan(answers(), { support: s422, nfds: [seed], rules: {} }).adopted,
    ).toMatchObject({ kind: 'legacy' });
    // Not adopting: a rule is written for the running instance.
    expect(
      keys(nfdStepPlan(answers({ adopt: false }), { support: s422, nfds: [seed], rules: {} })),
    ).toEqual(['nfd.openshift.io/v1alpha1 NodeFeatureRule openshift-nfd/kata-runtime']);
  });

  it('the seed’s NFD without its image is not adopted: it labels nothing here', () => {
    const unpinned: NodeFeatureDiscoveryKind = {
      ...buildLegacyNfd({ name: 'nfd-kata', namespace: 'openshift-nfd', image: 'x' }),
      spec: {
        workerConfig: buildLegacyNfd({ name: 'a', namespace: 'b', image: 'x' }).spec?.workerConfig,
      },
    };
    const p = nfdStepPlan(answers(), { support: s422, nfds: [unpinned], rules: {} });
    expect(p.adopted).toBeUndefined();
    expect(keys(p)).toEqual([
      'nfd.k8s-sigs.io/v1alpha1 NodeFeatureRule openshift-nfd/kata-runtime',
    ]);
  });

  it('legacy form with the documented 4.10 image: allowed, that operand reads matchOn', () => {
    const p = nfdStepPlan(answers({ form: 'legacy', name: 'nfd-kata' }), {
      support: s422,
      nfds: [],
      rules: {},
    });
    expect(p).toMatchObject({
      form: 'legacy',
      image: 'quay.io/openshift/origin-node-feature-discovery:4.10',
    });
    expect(p.error).toBeUndefined();
    expect(crdErrors(CRD_FILES.nodeFeatureDiscovery, p.creates[0].object)).toBeNull();
  });

  it('legacy form with a current operand: blocked, it would label nothing', () => {
    const p = nfdStepPlan(
      answers({
        form: 'legacy',
        image: 'registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.22',
      }),
      {
        support: s422,
        nfds: [],
        rules: {},
      },
    );
    expect(p.error).toBe('legacy-not-read');
    expect(nfdStepReady(p)).toBe(false);
  });
});

describe('nfdStepPlan on older clusters', () => {
  it('NFD 4.16: the rule in nfd.openshift.io, the operator’s own operand image named', () => {
    const p = nfdStepPlan(answers(), {
      support: s416,
      nfds: [],
      rules: { 'nfd.openshift.io': [] },
    });
    expect(keys(p)).toEqual([
      'nfd.openshift.io/v1 NodeFeatureDiscovery openshift-nfd/nfd-instance',
      'nfd.openshift.io/v1alpha1 NodeFeatureRule openshift-nfd/kata-runtime',
    ]);
    expect(p.image).toBe('registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.16');
    expect(crdErrors(CRD_FILES.nodeFeatureRuleOpenShift, p.creates[1].object)).toBeNull();
  });

  it('NFD 4.14: the legacy form pins the operator’s own operand', () => {
    expect(recommendedForm(s414)).toBe('rule');
    const p = nfdStepPlan(answers({ form: 'legacy' }), { support: s414, nfds: [], rules: {} });
    expect(p.image).toBe('registry.redhat.io/openshift4/ose-node-feature-discovery:v4.14');
    expect(p.error).toBeUndefined();
  });

  it('version unknown in the 4.10–4.18 range: an image must be given', () => {
    const unknown = nfdSupport({
      ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true },
    });
    const p = nfdStepPlan(answers(), { support: unknown, nfds: [], rules: {} });
    expect(p.fieldErrors.image).toBe('required');
    expect(
      nfdStepPlan(answers({ image: 'registry.redhat.io/x/nfd:v4.17' }), {
        support: unknown,
        nfds: [],
        rules: {},
      }).fieldErrors,
    ).toEqual({});
  });

  it('waits while discovery is pending; no API at all means no rule', () => {
    expect(
      nfdStepPlan(answers(), { support: nfdSupport({ ruleApis: {} }), nfds: [], rules: {} }).error,
    ).toBe('pending');
    const none = nfdSupport({
      csvs: [csv('4.22.0')],
      ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': false },
    });
    expect(nfdStepPlan(answers(), { support: none, nfds: [], rules: {} }).error).toBe(
      'no-rule-api',
    );
  });
});

describe('nfdStepPlan field checks', () => {
  it('image, name and namespace are checked; the operator’s namespace is required for the NFD', () => {
    const p = nfdStepPlan(
      answers({ image: 'x'.repeat(300), name: 'Bad_Name', namespace: 'elsewhere' }),
      {
        support: s422,
        nfds: [],
        rules: {},
      },
    );
    expect(p.fieldErrors).toEqual({
      image: 'name-too-long',
      name: { code: 'name-invalid' },
      namespace: { code: 'outside-operator-namespace', namespace: 'openshift-nfd' },
    });
  });

  it('a short image name is valid but warned about', () => {
    const p = nfdStepPlan(answers({ image: 'nfd:v4.22' }), { support: s422, nfds: [], rules: {} });
    expect(p.fieldErrors).toEqual({});
    expect(p.warnings).toEqual(['image-not-qualified']);
  });
});
