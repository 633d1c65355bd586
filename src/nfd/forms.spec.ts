import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { CRD_FILES, crdErrors } from '../shared/crds.testing';
import {
  buildKataNodeFeatureRule,
  buildLegacyNfd,
  buildNfdInstance,
  DEFAULT_NODE_FEATURE_RULE_NAME,
  legacyImage,
} from './forms';
import { nodeFeatureRuleHasKataRule } from './carriers';

const fixture = (name: string): unknown =>
  yaml.load(fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8'));
const documentedFixture = (name: string): unknown =>
  yaml.load(fs.readFileSync(path.join(__dirname, '../install/__fixtures__', name), 'utf8'));

describe('the kata NodeFeatureRule', () => {
  const rule = buildKataNodeFeatureRule({
    name: DEFAULT_NODE_FEATURE_RULE_NAME,
    namespace: 'openshift-nfd',
    api: 'nfd.k8s-sigs.io',
  });

  it('is the documented rule in matchFeatures/matchAny form (hand-written fixture)', () => {
    expect(rule).toEqual(fixture('kata-nodefeaturerule.yaml'));
  });

  it('validates against the nfd.k8s-sigs.io CRD', () => {
    expect(crdErrors(CRD_FILES.nodeFeatureRule, rule)).toBeNull();
  });

  it('in the nfd.openshift.io group (NFD 4.10–4.18) only the apiVersion differs and it validates', () => {
    const old = buildKataNodeFeatureRule({ name: 'r', namespace: 'ns', api: 'nfd.openshift.io' });
    expect(old.apiVersion).toBe('nfd.openshift.io/v1alpha1');
    expect(old.spec).toEqual(rule.spec);
    expect(crdErrors(CRD_FILES.nodeFeatureRuleOpenShift, old)).toBeNull();
  });

  it('is recognised as a kata rule carrier', () => {
    expect(nodeFeatureRuleHasKataRule(rule)).toBe(true);
  });

  it('the schema check can fail (an unknown operator is rejected)', () => {
    const bad = yaml.load(yaml.dump(rule).replace('op: Exists', 'op: Present'));
    expect(crdErrors(CRD_FILES.nodeFeatureRule, bad)).not.toBeNull();
  });
});

describe('the NodeFeatureDiscovery of the rule form', () => {
  it('leaves the operand image to the operator when none is needed', () => {
    const nfd = buildNfdInstance({ name: 'nfd-instance', namespace: 'openshift-nfd' });
    expect(nfd).toEqual({
      apiVersion: 'nfd.openshift.io/v1',
      kind: 'NodeFeatureDiscovery',
      metadata: { name: 'nfd-instance', namespace: 'openshift-nfd' },
      spec: {},
    });
    expect(crdErrors(CRD_FILES.nodeFeatureDiscovery, nfd)).toBeNull();
  });

  it('names the operator’s own operand when the operator needs one (NFD < 4.17)', () => {
    const nfd = buildNfdInstance({
      name: 'n',
      namespace: 'openshift-nfd',
      image: 'r.io/nfd:v4.16',
    });
    expect(nfd.spec).toEqual({ operand: { image: 'r.io/nfd:v4.16' } });
    expect(crdErrors(CRD_FILES.nodeFeatureDiscovery, nfd)).toBeNull();
  });

  it('carries no legacy rule', () => {
    expect(JSON.stringify(buildNfdInstance({ name: 'n', namespace: 'x' }))).not.toContain(
      'matchOn',
    );
  });
});

describe('the legacy form', () => {
  it('is the documented nfd.yaml, and validates', () => {
    const nfd = buildLegacyNfd({
      name: 'nfd-kata',
      namespace: 'openshift-nfd',
      image: 'quay.io/openshift/origin-node-feature-discovery:4.10',
    });
    expect(nfd).toEqual(documentedFixture('nfd.yaml'));
    expect(crdErrors(CRD_FILES.nodeFeatureDiscovery, nfd)).toBeNull();
  });

  it('pins the operator’s own operand when it still reads matchOn, else the documented 4.10 image', () => {
    expect(legacyImage('r.io/nfd:v4.14', true)).toBe('r.io/nfd:v4.14');
    expect(legacyImage('r.io/nfd:v4.16', false)).toBe(
      'quay.io/openshift/origin-node-feature-discovery:4.10',
    );
    expect(legacyImage(undefined, true)).toBe(
      'quay.io/openshift/origin-node-feature-discovery:4.10',
    );
  });
});
