/** Start-up of a cluster from its scenario: operator CRDs, namespaces, Infrastructure, nodes, objects. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAll } from 'js-yaml';
import type { Hardware } from './controllers/hardware';
import type { Registry } from './resources';
import { defFromCrd } from './resources';
import type { Scenario } from './scenario';
import { generateNodes, infrastructureObject, nodeObject } from './scenario';
import type { Store, StoreEvent } from './store';
import type { KObject } from './types';
import { isRecord } from './types';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CRD_DIR = path.resolve(REPO_ROOT, 'third_party/crds');

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

/** Applies everything the scenario starts with; records each node's simulated hardware. */
export const loadScenarioObjects = (
  s: Scenario,
  crdDir: string,
  apply: (o: object) => object,
  hardware: Map<string, Hardware>,
): void => {
  for (const op of ['nfd', 'osc'] as const) {
    if (!s.operators[op]) continue;
    for (const file of OPERATOR_CRDS[op]) {
      for (const doc of loadAll(fs.readFileSync(path.join(crdDir, file), 'utf8'))) {
        if (isRecord(doc) && isRecord(doc.metadata)) apply(establishedCrd(doc as KObject));
      }
    }
  }
  const namespaces = ['default', 'kube-system', 'openshift-config', 'openshift-machine-api'];
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
  const nodes = [...s.nodes, ...(s.generate ? generateNodes(s.generate.workers) : [])];
  nodes.forEach((n, i) => {
    hardware.set(n.name, {
      cpuFlags: n.cpuFlags ?? [],
      kernelModules: n.kernelModules ?? [],
      virtual: n.virtual === true,
      kataFails: n.kataFails ?? false,
    });
    apply(nodeObject(n, s.platform, i));
  });
  for (const o of s.objects) apply(o);
};
