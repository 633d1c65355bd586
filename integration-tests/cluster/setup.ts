/** Start-up of a cluster from its scenario: operator CRDs, namespaces, Infrastructure, nodes, objects. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAll } from 'js-yaml';
import type { Hardware } from './controllers/hardware';
import { MachineConfigOperator } from './controllers/mco/mco';
import type { Registry } from './resources';
import { defFromCrd } from './resources';
import type { Scenario } from './scenario';
import { generateNodes, infrastructureObject, nodeObject } from './scenario';
import type { Store, StoreEvent } from './store';
import type { KObject } from './types';
import { isRecord } from './types';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CRD_DIR = path.resolve(REPO_ROOT, 'third_party/crds');

/** CRDs every OpenShift cluster has (the MachineConfig operator is part of the platform). */
const PLATFORM_CRDS = [
  'machineconfigs.machineconfiguration.openshift.io.yaml',
  'machineconfigpools.machineconfiguration.openshift.io.yaml',
];

const OPERATOR_CRDS: Record<'nfd' | 'osc', string[]> = {
  nfd: ['nodefeaturediscoveries.nfd.openshift.io.yaml', 'nodefeaturerules.nfd.k8s-sigs.io.yaml'],
  osc: ['kataconfigs.kataconfiguration.openshift.io.yaml'],
};

/** Keeps the registry in step with CRD objects: a created CRD adds its kind, a deleted one drops it. */
export const followCrds =
  (registry: Registry, store: Store) =>
  (e: StoreEvent): void => {
    if (e.rid !== 'apiextensions.k8s.io/customresourcedefinitions') return;
    const name = e.object.metadata.name ?? '';
    if (e.type === 'DELETED') {
      const def = registry.all().find((d) => d.crdName === name);
      registry.removeCrd(name);
      if (def) store.dropResource(def);
      return;
    }
    const def = defFromCrd(e.object);
    if (def) registry.add(def);
  };

const establishedCrd = (crd: KObject): KObject => {
  crd.status = {
    acceptedNames: isRecord(crd.spec) ? crd.spec.names : {},
    conditions: [
      {
        type: 'Established',
        status: 'True',
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ],
    storedVersions: ['v1'],
  };
  return crd;
};

const loadCrds = (crdDir: string, files: string[], apply: (o: object) => object): void => {
  for (const file of files) {
    for (const doc of loadAll(fs.readFileSync(path.join(crdDir, file), 'utf8'))) {
      if (isRecord(doc) && isRecord(doc.metadata)) apply(establishedCrd(doc as KObject));
    }
  }
};

const isPod = (o: KObject): boolean => o.apiVersion === 'v1' && o.kind === 'Pod';

/** The annotations the MachineConfig daemon leaves on a node that booted with `config`. */
export const bootAnnotations = (config: string): Record<string, string> => ({
  'machineconfiguration.openshift.io/controlPlaneTopology': 'HighlyAvailable',
  'machineconfiguration.openshift.io/currentConfig': config,
  'machineconfiguration.openshift.io/desiredConfig': config,
  'machineconfiguration.openshift.io/desiredDrain': `uncordon-${config}`,
  'machineconfiguration.openshift.io/lastAppliedDrain': `uncordon-${config}`,
  'machineconfiguration.openshift.io/reason': '',
  'machineconfiguration.openshift.io/state': 'Done',
});

/**
 * Applies everything the scenario starts with (but its Pods, returned: they go through
 * admission once the controllers run); records each node's simulated hardware.
 */
export const loadScenarioObjects = (
  s: Scenario,
  crdDir: string,
  apply: (o: object) => object,
  hardware: Map<string, Hardware>,
): KObject[] => {
  loadCrds(crdDir, PLATFORM_CRDS, apply);
  for (const op of ['nfd', 'osc'] as const) {
    if (s.operators[op]) loadCrds(crdDir, OPERATOR_CRDS[op], apply);
  }
  const namespaces = [
    'default',
    'kube-system',
    'openshift-config',
    'openshift-config-managed',
    'openshift-machine-api',
    'openshift-machine-config-operator',
  ];
  if (s.operators.nfd) namespaces.push('openshift-nfd');
  if (s.operators.osc) namespaces.push('openshift-sandboxed-containers-operator');
  for (const ns of [...namespaces, ...s.namespaces]) {
    apply({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  apply(infrastructureObject(s.platform));
  for (const o of MachineConfigOperator.bootstrapObjects()) apply(o);
  if (s.operators.osc) {
    // Shipped in the operator's bundle; the reconciler copies it to openshift-config-managed.
    apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'grafana-dashboard-sandboxed-containers',
        namespace: 'openshift-sandboxed-containers-operator',
      },
      data: { 'openshift-sandboxed-containers.json': '{"title":"OpenShift sandboxed containers"}' },
    });
  }
  const boot = {
    master: MachineConfigOperator.bootConfig('master'),
    worker: MachineConfigOperator.bootConfig('worker'),
  };
  const nodes = [
    ...s.nodes,
    ...(s.generate ? generateNodes(s.generate.workers, s.generate.healthy === true) : []),
  ];
  nodes.forEach((n, i) => {
    hardware.set(n.name, {
      cpuFlags: n.cpuFlags ?? [],
      kernelModules: n.kernelModules ?? [],
      virtual: n.virtual === true,
      ...(n.mcdFails !== undefined ? { mcdFailure: n.mcdFails } : {}),
    });
    const roles = n.roles ?? ['worker'];
    const config = roles.includes('master')
      ? boot.master
      : roles.includes('worker')
        ? boot.worker
        : '';
    apply(nodeObject(n, s.platform, i, config ? bootAnnotations(config) : {}));
  });
  for (const o of s.objects) if (!isPod(o)) apply(o);
  return s.objects.filter(isPod);
};
