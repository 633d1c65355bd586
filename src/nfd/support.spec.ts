import type { ClusterServiceVersionKind } from '../models/cluster';
import { nfdCsv as csv } from './fixtures.testing';
import {
  effectiveOperand,
  nfdOperatorOf,
  nfdSupport,
  operandImageVersion,
  parseNfdVersion,
  readsLegacyRules,
  ruleApiOf,
} from './support';

const otherCsv: ClusterServiceVersionKind = {
  metadata: { name: 'sandboxed-containers-operator.v1.7.0', namespace: 'openshift-nfd' },
  spec: {
    version: '1.7.0',
    customresourcedefinitions: { owned: [{ name: 'kataconfigs.kataconfiguration.openshift.io' }] },
  },
};

describe('versions', () => {
  it.each([
    ['4.16.0-202410011135', { major: 4, minor: 16 }],
    ['4.14.0', { major: 4, minor: 14 }],
    ['v0.16.3', { major: 0, minor: 16 }],
    ['4.9', { major: 4, minor: 9 }],
    ['latest', undefined],
    ['4', undefined],
    ['4.16x', undefined],
    [undefined, undefined],
  ])('parseNfdVersion(%j)', (value, expected) => {
    expect(parseNfdVersion(value)).toEqual(expected);
  });

  it.each([
    ['quay.io/openshift/origin-node-feature-discovery:4.10', { major: 4, minor: 10 }],
    [
      'registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.16',
      { major: 4, minor: 16 },
    ],
    ['localhost:5000/nfd:v0.15.4', { major: 0, minor: 15 }],
    ['localhost:5000/nfd', undefined],
    [`registry.redhat.io/nfd@sha256:${'a'.repeat(64)}`, undefined],
    ['registry.redhat.io/nfd:latest', undefined],
    [undefined, undefined],
  ])('operandImageVersion(%j)', (image, expected) => {
    expect(operandImageVersion(image)).toEqual(expected);
  });

  it.each([
    [4, 10, true, 'nfd.openshift.io'],
    [4, 14, true, 'nfd.openshift.io'],
    [4, 15, false, 'nfd.openshift.io'],
    [4, 18, false, 'nfd.openshift.io'],
    [4, 19, false, 'nfd.k8s-sigs.io'],
    [4, 22, false, 'nfd.k8s-sigs.io'],
    [5, 0, false, 'nfd.k8s-sigs.io'],
    [4, 9, true, undefined],
    [0, 15, true, 'nfd.k8s-sigs.io'],
    [0, 16, false, 'nfd.k8s-sigs.io'],
    [0, 9, true, undefined],
  ])('NFD %i.%i reads legacy rules: %s; NodeFeatureRule API: %s', (major, minor, legacy, api) => {
    expect(readsLegacyRules({ major, minor })).toBe(legacy);
    expect(ruleApiOf({ major, minor })).toBe(api);
  });
});

describe('nfdOperatorOf', () => {
  it('finds the CSV that owns the NodeFeatureDiscovery CRD, with its operand image', () => {
    expect(
      nfdOperatorOf([
        otherCsv,
        csv('4.16.0-202410011135', { image: 'registry.redhat.io/x/nfd:v4.16' }),
      ]),
    ).toEqual({
      name: 'nfd.4.16.0-202410011135',
      namespace: 'openshift-nfd',
      version: { major: 4, minor: 16 },
      operandImage: 'registry.redhat.io/x/nfd:v4.16',
    });
  });

  it('prefers the succeeded CSV during an upgrade (the old one is Replacing)', () => {
    const op = nfdOperatorOf([csv('4.17.0', { phase: 'Replacing' }), csv('4.18.0')]);
    expect(op?.version).toEqual({ major: 4, minor: 18 });
  });

  it('none without an NFD CSV', () => {
    expect(nfdOperatorOf([otherCsv])).toBeUndefined();
    expect(nfdOperatorOf([])).toBeUndefined();
  });
});

describe('nfdSupport', () => {
  const both = { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': true };
  const openshiftOnly = { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': true };

  it('OpenShift 4.22: NodeFeatureRule in nfd.k8s-sigs.io, no legacy rules, no image needed', () => {
    expect(nfdSupport({ csvs: [csv('4.22.0')], ruleApis: both })).toMatchObject({
      ruleApi: 'nfd.k8s-sigs.io',
      legacyRules: false,
      operandImageRequired: false,
      pending: false,
    });
  });

  it('OpenShift 4.16: nfd.openshift.io, no legacy rules, the image must be named', () => {
    expect(
      nfdSupport({ csvs: [csv('4.16.0', { image: 'r.io/nfd:v4.16' })], ruleApis: openshiftOnly }),
    ).toMatchObject({
      ruleApi: 'nfd.openshift.io',
      legacyRules: false,
      operandImageRequired: true,
      operator: { operandImage: 'r.io/nfd:v4.16' },
    });
  });

  it('OpenShift 4.14: both forms work; the image must be named', () => {
    expect(nfdSupport({ csvs: [csv('4.14.0')], ruleApis: openshiftOnly })).toMatchObject({
      ruleApi: 'nfd.openshift.io',
      legacyRules: true,
      operandImageRequired: true,
    });
  });

  it('a version whose API the cluster does not serve has no NodeFeatureRule', () => {
    expect(
      nfdSupport({ csvs: [csv('4.22.0')], ruleApis: { 'nfd.k8s-sigs.io': false } }).ruleApi,
    ).toBeUndefined();
  });

  it('without the CSV, a served nfd.k8s-sigs.io API means 4.19 or later', () => {
    expect(nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': true } })).toEqual({
      ruleApi: 'nfd.k8s-sigs.io',
      legacyRules: false,
      operandImageRequired: false,
      pending: false,
    });
  });

  it('without the CSV, only nfd.openshift.io means 4.10 to 4.18: legacy rules unknown', () => {
    expect(nfdSupport({ csvs: [otherCsv], ruleApis: openshiftOnly })).toEqual({
      ruleApi: 'nfd.openshift.io',
      legacyRules: undefined,
      operandImageRequired: true,
      pending: false,
    });
  });

  it('no NodeFeatureRule API at all: an NFD older than 4.10 (legacy rules only)', () => {
    expect(
      nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': false, 'nfd.openshift.io': false } }),
    ).toMatchObject({ ruleApi: undefined, legacyRules: true, pending: false });
  });

  it('pending while discovery has not answered', () => {
    expect(nfdSupport({ ruleApis: {} }).pending).toBe(true);
    expect(nfdSupport({ ruleApis: { 'nfd.openshift.io': true } }).pending).toBe(true);
  });
});

describe('effectiveOperand', () => {
  const support = nfdSupport({
    csvs: [csv('4.16.0', { image: 'r.io/nfd:v4.16' })],
    ruleApis: { 'nfd.openshift.io': true, 'nfd.k8s-sigs.io': false },
  });
  it('a pinned image wins, with the version of its tag', () => {
    expect(
      effectiveOperand('quay.io/openshift/origin-node-feature-discovery:4.10', support),
    ).toEqual({
      image: 'quay.io/openshift/origin-node-feature-discovery:4.10',
      version: { major: 4, minor: 10 },
    });
  });
  it('no image: the operator’s operand and version', () => {
    expect(effectiveOperand(undefined, support)).toEqual({
      image: 'r.io/nfd:v4.16',
      version: { major: 4, minor: 16 },
    });
    expect(effectiveOperand('', nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': true } }))).toEqual({});
  });
});
