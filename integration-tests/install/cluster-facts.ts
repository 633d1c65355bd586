/**
 * Test helper: what the wizard and the progress view would read from a simulated cluster, read
 * straight from the simulator's store, and kubectl bound to it (a temporary kubeconfig).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EligibilityContext, NodeEvaluation } from '../../src/eligibility/types';
import { evaluateCluster } from '../../src/eligibility/evaluate';
import type {
  InfrastructureKind,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeFeatureRuleKind,
  NodeKind,
} from '../../src/models';
import type { MachineConfigPoolKind } from '../../src/models/cluster';
import { kataRuleStatus } from '../../src/nfd/carriers';
import { nfdsWithKataRule } from '../../src/nfd/kataRule';
import { nfdSupport } from '../../src/nfd/support';
import type { NfdSupport, RuleApi } from '../../src/nfd/support';
import type { SimCluster } from '../cluster/cluster';
import { findKubectl } from '../kubectl';

export type Facts = {
  nodes: NodeKind[];
  platform?: string;
  nfds: NodeFeatureDiscoveryKind[];
  legacy: NodeFeatureDiscoveryKind[];
  rules: Partial<Record<RuleApi, NodeFeatureRuleKind[]>>;
  support: NfdSupport;
  kataRuleActive: boolean | undefined;
  pools: MachineConfigPoolKind[];
  kataConfig?: KataConfigKind;
  evaluations: Map<string, NodeEvaluation>;
  ctx: EligibilityContext;
};

const served = (cluster: SimCluster, group: string): boolean =>
  cluster.get(
    'apiextensions.k8s.io/v1',
    'CustomResourceDefinition',
    `nodefeaturerules.${group}`,
  ) !== undefined;

/** The cluster as the plugin's watches would see it now. */
export const facts = (cluster: SimCluster): Facts => {
  const nodes = cluster.list('v1', 'Node') as NodeKind[];
  const infra = cluster.get('config.openshift.io/v1', 'Infrastructure', 'cluster') as
    InfrastructureKind | undefined;
  const platform = infra?.status?.platformStatus?.type ?? infra?.status?.platform;
  const nfds = cluster.list(
    'nfd.openshift.io/v1',
    'NodeFeatureDiscovery',
  ) as NodeFeatureDiscoveryKind[];
  const ruleApis: Partial<Record<RuleApi, boolean>> = {
    'nfd.k8s-sigs.io': served(cluster, 'nfd.k8s-sigs.io'),
    'nfd.openshift.io': served(cluster, 'nfd.openshift.io'),
  };
  const rules: Partial<Record<RuleApi, NodeFeatureRuleKind[]>> = {};
  for (const api of Object.keys(ruleApis) as RuleApi[]) {
    if (ruleApis[api]) rules[api] = cluster.list(`${api}/v1alpha1`, 'NodeFeatureRule');
  }
  // The simulator has no OLM: no ClusterServiceVersion to read, as on a cluster where it is hidden.
  const support = nfdSupport({ ruleApis });
  const legacy = nfdsWithKataRule(nfds);
  const kataRuleActive = kataRuleStatus({ nfds, legacy, rules, support }).active;
  const kataConfig = (
    cluster.list('kataconfiguration.openshift.io/v1', 'KataConfig') as KataConfigKind[]
  )[0];
  const ctx: EligibilityContext = {
    platform,
    nfdInstalled: true,
    nfdPresent: nfds.length > 0,
    nfdKataRule: kataRuleActive === true,
    kataConfig,
  };
  const { evaluations } = evaluateCluster(nodes, ctx);
  return {
    nodes,
    platform,
    nfds,
    legacy,
    rules,
    support,
    kataRuleActive,
    pools: cluster.list('machineconfiguration.openshift.io/v1', 'MachineConfigPool'),
    kataConfig,
    evaluations: new Map(evaluations.map((e) => [e.name, e])),
    ctx,
  };
};

/** Names of the nodes carrying `label` (any value), sorted. */
export const labelled = (nodes: readonly NodeKind[], label: string): string[] =>
  nodes
    .filter((n) => n.metadata?.labels?.[label] !== undefined)
    .map((n) => n.metadata?.name ?? '')
    .sort();

export type Kubectl = ((
  ...args: string[]
) => Promise<{ code: number; stdout: string; stderr: string }>) & {
  dir: string;
  dispose(): void;
};

/** kubectl against `url`, with its own kubeconfig and cache in a temporary directory. */
export const kubectlFor = (url: string): Kubectl => {
  const bin = findKubectl();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-truth-'));
  fs.writeFileSync(
    path.join(dir, 'kubeconfig'),
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{ name: sim, cluster: { server: "${url}" } }]`,
      'users: [{ name: sim, user: {} }]',
      'contexts: [{ name: sim, context: { cluster: sim, user: sim } }]',
      'current-context: sim',
      '',
    ].join('\n'),
  );
  const run = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        bin,
        [
          `--kubeconfig=${path.join(dir, 'kubeconfig')}`,
          `--cache-dir=${path.join(dir, 'cache')}`,
          ...args,
        ],
        { env: { PATH: process.env.PATH ?? '', HOME: dir }, cwd: dir },
        (err, stdout, stderr) => {
          resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
        },
      );
    });
  return Object.assign(run, {
    dir,
    dispose: () => {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
};
