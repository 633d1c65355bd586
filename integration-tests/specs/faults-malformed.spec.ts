/**
 * Malformed or partial objects from the API (missing status, unexpected types, unknown fields),
 * applied through the simulator without validation, never crash a page.
 */
import { expect, test } from './fixtures';

test.use({ serverKey: 'faults-malformed', scenario: 'installed' });

const MALFORMED: object[] = [
  // A node with no status at all and odd label/annotation values.
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'weird-node-0', labels: { 'node-role.kubernetes.io/worker': '' } },
    spec: { unexpected: [1, 2, 3] },
  },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'weird-node-1', annotations: { 'simulator.example/cpu-flags': '' } },
    status: { conditions: 'Ready', capacity: { cpu: 'many', memory: 42 }, nodeInfo: null },
  },
  // A second KataConfig with wrong types and an unknown field.
  {
    apiVersion: 'kataconfiguration.openshift.io/v1',
    kind: 'KataConfig',
    metadata: { name: 'broken-kataconfig' },
    spec: { checkNodeEligibility: 'yes', logLevel: 7, kataConfigPoolSelector: { matchLabels: 3 } },
    status: { kataNodes: 'none', conditions: [{ type: 42 }], somethingNew: { a: 1 } },
  },
  // RuntimeClasses with a partial or nonsensical overhead.
  {
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: 'kata-partial' },
    handler: 'kata',
    overhead: { podFixed: { memory: 'lots' } },
    scheduling: { nodeSelector: null },
  },
  {
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: 'kata-nohandler' },
    overhead: 'none',
  },
];

/** Each page, and what it shows once it has rendered the malformed data. */
const PAGES: [string, string][] = [
  ['/sandboxed-containers/nodes', 'eligibility-table'],
  ['/sandboxed-containers/install', 'install-wizard'],
  ['/sandboxed-containers/kataconfig', 'kataconfig-details'],
  ['/sandboxed-containers/runtimeclasses', 'runtimeclass-row-kata-partial'],
  ['/k8s/cluster/nodes/weird-node-1/sandboxed-containers', 'node-eligibility-tab'],
  ['/k8s/cluster/nodes/weird-node-0/sandboxed-containers', 'node-eligibility-tab'],
];

test('malformed objects never crash a page', async ({ page, open, server }) => {
  for (const o of MALFORMED) server.cluster.apply(o);
  for (const [p, ready] of PAGES) {
    await open(p);
    await expect(page.getByTestId(ready).or(page.getByTestId('page-crash')), p).toBeVisible();
    await expect(page.getByTestId('page-crash'), p).toHaveCount(0);
  }
  await open('/sandboxed-containers/nodes');
  await expect(
    page.getByTestId('eligibility-row').filter({ hasText: 'weird-node-1' }),
  ).toBeVisible();
  await expect(page.getByTestId('page-crash')).toHaveCount(0);
});
