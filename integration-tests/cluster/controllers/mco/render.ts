/**
 * Pure MachineConfig rendering, after openshift/machine-config-operator @7ff337a
 * pkg/controller/render/render_controller.go (syncGeneratedMachineConfig,
 * generateRenderedMachineConfig, getMachineConfigHashedName) and
 * pkg/controller/common MergeMachineConfigs: a pool's MachineConfigs (selected by its
 * machineConfigSelector, in name order) are merged into one `rendered-<pool>-<hash>` config.
 * Only what the simulation uses is merged: extensions, kernelArguments, fips, kernelType,
 * osImageURL; the Ignition config is kept as an empty 3.5.0 config.
 */
import { createHash } from 'node:crypto';
import type { Selector } from '../../selectors';
import { matchesSelector } from '../../selectors';
import type { KObject } from '../../types';
import { isRecord } from '../../types';

export const ROLE_LABEL = 'machineconfiguration.openshift.io/role';
export const OS_IMAGE_URL =
  'quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:9c5ea7b4b4f0c8a1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5';
export const EXTENSIONS_IMAGE =
  'quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
/** The controller version annotation of generated objects (a real cluster shows the MCO's commit). */
export const CONTROLLER_VERSION = '7ff337a4ffac8e7562692181178ede61e4b2eec5';
export const RELEASE_VERSION = '4.18.3';

export type RenderedSpec = {
  config: { ignition: { version: string } };
  extensions: string[];
  fips: boolean;
  kernelArguments: string[];
  kernelType: string;
  osImageURL: string;
  baseOSExtensionsContainerImage: string;
};

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The MachineConfigs a pool selects (rendered ones carry no role label and are never selected). */
export const selectConfigs = (selector: Selector, mcs: KObject[]): KObject[] =>
  mcs
    .filter(
      (mc) =>
        selector.length > 0 &&
        !(mc.metadata.name ?? '').startsWith('rendered-') &&
        matchesSelector(selector, mc.metadata.labels),
    )
    .sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));

/** MergeMachineConfigs, reduced to the fields the simulation reads. */
export const mergeConfigs = (mcs: KObject[]): RenderedSpec => {
  const out: RenderedSpec = {
    config: { ignition: { version: '3.5.0' } },
    extensions: [],
    fips: false,
    kernelArguments: [],
    kernelType: 'default',
    osImageURL: OS_IMAGE_URL,
    baseOSExtensionsContainerImage: EXTENSIONS_IMAGE,
  };
  for (const mc of mcs) {
    const spec = isRecord(mc.spec) ? mc.spec : {};
    for (const e of strings(spec.extensions))
      if (!out.extensions.includes(e)) out.extensions.push(e);
    out.kernelArguments.push(...strings(spec.kernelArguments));
    if (spec.fips === true) out.fips = true;
    if (typeof spec.kernelType === 'string' && spec.kernelType !== '')
      out.kernelType = spec.kernelType;
    if (typeof spec.osImageURL === 'string' && spec.osImageURL !== '')
      out.osImageURL = spec.osImageURL;
  }
  return out;
};

/** getMachineConfigHashedName: rendered-<pool>-<md5 of the merged spec>. */
export const renderedName = (pool: string, spec: RenderedSpec, sources: string[] = []): string =>
  `rendered-${pool}-${createHash('md5').update(JSON.stringify({ spec, sources })).digest('hex')}`;

/** What rebooting into `to` changes compared with `from`: the MCD reboots (and drains) for any OS change. */
export const osChanges = (
  from: RenderedSpec | undefined,
  to: RenderedSpec | undefined,
): boolean => {
  if (!from || !to) return true;
  return (
    JSON.stringify(from.extensions) !== JSON.stringify(to.extensions) ||
    JSON.stringify(from.kernelArguments) !== JSON.stringify(to.kernelArguments) ||
    from.kernelType !== to.kernelType ||
    from.osImageURL !== to.osImageURL ||
    from.fips !== to.fips
  );
};

export const specOf = (mc: KObject | undefined): RenderedSpec | undefined => {
  if (!mc || !isRecord(mc.spec)) return undefined;
  const s = mc.spec;
  return {
    config: { ignition: { version: '3.5.0' } },
    extensions: strings(s.extensions),
    fips: s.fips === true,
    kernelArguments: strings(s.kernelArguments),
    kernelType: typeof s.kernelType === 'string' ? s.kernelType : 'default',
    osImageURL: typeof s.osImageURL === 'string' ? s.osImageURL : OS_IMAGE_URL,
    baseOSExtensionsContainerImage: EXTENSIONS_IMAGE,
  };
};

const baseConfig = (role: string, name: string, extra: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: {
    name,
    labels: { [ROLE_LABEL]: role },
    annotations: {
      'machineconfiguration.openshift.io/generated-by-controller-version': CONTROLLER_VERSION,
    },
  },
  spec: { config: { ignition: { version: '3.5.0' } }, ...extra },
});

/** The MachineConfigs an installed cluster has for a role (a subset of the real list, same names). */
export const baseConfigs = (role: 'master' | 'worker'): KObject[] => [
  baseConfig(role, `00-${role}`, { osImageURL: OS_IMAGE_URL }),
  baseConfig(role, `01-${role}-container-runtime`),
  baseConfig(role, `01-${role}-kubelet`),
  baseConfig(role, `97-${role}-generated-kubelet`),
  baseConfig(role, `98-${role}-generated-kubelet`),
  baseConfig(role, `99-${role}-generated-registries`),
  {
    ...baseConfig(role, `99-${role}-ssh`),
    metadata: { name: `99-${role}-ssh`, labels: { [ROLE_LABEL]: role } },
  },
];

/** The built-in pools of an installed cluster, last fully updated to `config`. */
export const basePool = (role: 'master' | 'worker', config: string): KObject => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfigPool',
  metadata: {
    name: role,
    labels: {
      'machineconfiguration.openshift.io/mco-built-in': '',
      [`pools.operator.machineconfiguration.openshift.io/${role}`]: '',
      ...(role === 'master'
        ? { 'operator.machineconfiguration.openshift.io/required-for-upgrade': '' }
        : {}),
    },
  },
  spec: {
    machineConfigSelector: { matchLabels: { [ROLE_LABEL]: role } },
    nodeSelector: { matchLabels: { [`node-role.kubernetes.io/${role}`]: '' } },
    paused: false,
    configuration: { name: '', source: [] },
  },
  status: {
    configuration: {
      name: config,
      source: baseConfigs(role).map((m) => ({
        apiVersion: 'machineconfiguration.openshift.io/v1',
        kind: 'MachineConfig',
        name: m.metadata.name ?? '',
      })),
    },
  },
});

/** The rendered MachineConfig object of a pool. */
export const renderedObject = (pool: KObject, name: string, spec: RenderedSpec): KObject => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: {
    name,
    annotations: {
      'machineconfiguration.openshift.io/generated-by-controller-version': CONTROLLER_VERSION,
      'machineconfiguration.openshift.io/release-image-version': RELEASE_VERSION,
    },
    ownerReferences: [
      {
        apiVersion: 'machineconfiguration.openshift.io/v1',
        kind: 'MachineConfigPool',
        name: pool.metadata.name ?? '',
        uid: pool.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
  },
  spec,
});
