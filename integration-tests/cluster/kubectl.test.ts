/** Runs the real kubectl (KUBECTL or PATH, see ../kubectl.ts) against a started simulator, isolated by a temp kubeconfig. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findKubectl } from '../kubectl';
import type { Running } from './testing';
import { startCluster, waitFor } from './testing';

let sim: Running;
let dir: string;
let kubectlPath: string;

// Resolved once: a missing kubectl fails every test with how to get it.
beforeAll(() => {
  kubectlPath = findKubectl();
});

const kubectl = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      kubectlPath,
      [
        `--kubeconfig=${path.join(dir, 'kubeconfig')}`,
        `--cache-dir=${path.join(dir, 'cache')}`,
        ...args,
      ],
      {
        env: { PATH: process.env.PATH ?? '', HOME: dir },
        cwd: path.join(__dirname, 'fixtures'),
      },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });

beforeEach(async () => {
  sim = await startCluster({ scenario: 'mixed', timeScale: 0.01 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-kubectl-'));
  fs.writeFileSync(
    path.join(dir, 'kubeconfig'),
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: sim, cluster: { server: "' + sim.url + '" } }]',
      'users: [{ name: sim, user: {} }]',
      'contexts: [{ name: sim, context: { cluster: sim, user: sim } }]',
      'current-context: sim',
      '',
    ].join('\n'),
  );
});

afterEach(async () => {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const nodeNames = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^node\//, ''))
    .sort();

describe('kubectl against the simulator', () => {
  it('gets nodes as a table', async () => {
    const r = await kubectl('get', 'nodes');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
    expect(r.stdout).toMatch(/worker-notready-0\s+NotReady\s+worker/);
    expect(r.stdout).toMatch(/worker-cordoned-0\s+Ready,SchedulingDisabled/);
  });

  it('create -f nfd.yaml labels exactly the eligible nodes; invalid and duplicate KataConfigs are refused', async () => {
    const created = await kubectl('create', '-f', 'nfd.yaml');
    expect(created.stdout.trim()).toBe('nodefeaturediscovery.nfd.openshift.io/nfd-kata created');
    await waitFor(() =>
      sim.cluster.list('v1', 'Node').some((n) => JSON.stringify(n).includes('runtime.kata')),
    );
    const eligible = await kubectl(
      'get',
      'nodes',
      '--selector=feature.node.kubernetes.io/runtime.kata=true',
      '-o',
      'name',
    );
    // nfd-worker runs on workers only and not on the NotReady one (its kubelet is down).
    expect(nodeNames(eligible.stdout)).toEqual([
      'worker-amd-0',
      'worker-amd-1',
      'worker-cordoned-0',
      'worker-intel-0',
      'worker-intel-1',
      'worker-rhel-0',
    ]);
    const invalid = await kubectl('create', '-f', 'kataconfig-invalid.yaml');
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toContain(
      'spec.checkNodeEligibility: Invalid value: "string": spec.checkNodeEligibility in body must be of type boolean: "string"',
    );
    const first = await kubectl('create', '-f', 'kataconfig.yaml');
    expect(first.stdout.trim()).toBe(
      'kataconfig.kataconfiguration.openshift.io/example-kataconfig created',
    );
    const second = await kubectl('create', '-f', 'kataconfig.yaml');
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(
      'A KataConfig instance already exists, refusing to create a duplicate',
    );
    const table = await kubectl('get', 'kataconfig');
    expect(table.stdout).toMatch(/^NAME\s+INPROGRESS\s+COMPLETED\s+TOTAL\s+AGE/);
  });

  it('reports 422 as kubectl does for an invalid KataConfig', async () => {
    const r = await kubectl('create', '-f', 'kataconfig-invalid.yaml', '-v=6');
    expect(r.stderr).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/apis\/kataconfiguration\.openshift\.io\/v1\/kataconfigs\?fieldManager=kubectl-create&fieldValidation=Strict 422/,
    );
  });

  it('delete --dry-run=server changes nothing', async () => {
    expect((await kubectl('create', '-f', 'kataconfig.yaml')).code).toBe(0);
    const dry = await kubectl('delete', 'kataconfig', 'example-kataconfig', '--dry-run=server');
    expect(dry.stdout.trim()).toBe(
      'kataconfig.kataconfiguration.openshift.io "example-kataconfig" deleted (server dry run)',
    );
    expect(
      sim.cluster.get('kataconfiguration.openshift.io/v1', 'KataConfig', 'example-kataconfig'),
    ).toMatchObject({ metadata: { name: 'example-kataconfig' } });
    expect(
      sim.cluster.get('kataconfiguration.openshift.io/v1', 'KataConfig', 'example-kataconfig'),
    ).not.toHaveProperty('metadata.deletionTimestamp');
  });

  it('--as impersonates the scenario users', async () => {
    const r = await kubectl('--as=reader', 'label', 'node', 'worker-amd-0', 'x=y');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'nodes "worker-amd-0" is forbidden: User "reader" cannot patch resource "nodes" in API group "" at the cluster scope',
    );
    expect((await kubectl('--as=reader', 'get', 'nodes', '-o', 'name')).code).toBe(0);
  });

  it('drain evicts through the Eviction API and a PodDisruptionBudget blocks it', async () => {
    const apply = (doc: object): Promise<{ code: number; stdout: string; stderr: string }> => {
      const file = path.join(dir, `obj-${String(Math.random()).slice(2)}.json`);
      fs.writeFileSync(file, JSON.stringify(doc));
      return kubectl('create', '-f', file);
    };
    const web = { app: 'web' };
    expect(
      (
        await apply({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web', namespace: 'default' },
          spec: {
            replicas: 1,
            selector: { matchLabels: web },
            template: {
              metadata: { labels: web },
              spec: {
                nodeSelector: { 'kubernetes.io/hostname': 'worker-amd-0' },
                containers: [{ name: 'web', image: 'registry.example/web:1' }],
              },
            },
          },
        })
      ).code,
    ).toBe(0);
    expect(
      (
        await apply({
          apiVersion: 'policy/v1',
          kind: 'PodDisruptionBudget',
          metadata: { name: 'web', namespace: 'default' },
          spec: { maxUnavailable: 0, selector: { matchLabels: web } },
        })
      ).code,
    ).toBe(0);
    await waitFor(() =>
      (sim.cluster.list('v1', 'Pod') as { status?: { phase?: string } }[]).some(
        (p) => p.status?.phase === 'Running',
      ),
    );
    expect((await kubectl('get', 'pods')).stdout).toMatch(
      /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nweb-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+/,
    );
    expect((await kubectl('get', 'pdb')).stdout).toMatch(
      /^NAME\s+MIN AVAILABLE\s+MAX UNAVAILABLE\s+ALLOWED DISRUPTIONS\s+AGE\nweb\s+N\/A\s+0\s+0\s+/,
    );
    const blocked = await kubectl(
      'drain',
      'worker-amd-0',
      '--ignore-daemonsets',
      '--delete-emptydir-data',
      '--timeout=3s',
    );
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain(
      "Cannot evict pod as it would violate the pod's disruption budget.",
    );
    const cordoned = await kubectl('get', 'node', 'worker-amd-0');
    expect(cordoned.stdout).toMatch(/worker-amd-0\s+Ready,SchedulingDisabled/);
    expect((await kubectl('delete', 'pdb', 'web')).code).toBe(0);
    const drained = await kubectl('drain', 'worker-amd-0', '--ignore-daemonsets', '--timeout=20s');
    expect(drained.stderr).toBe('');
    expect(drained.stdout).toContain('node/worker-amd-0 drained');
    expect((await kubectl('uncordon', 'worker-amd-0')).stdout.trim()).toBe(
      'node/worker-amd-0 uncordoned',
    );
  }, 60_000);

  it('shows the MachineConfigPools with the MCO printer columns', async () => {
    const r = await kubectl('get', 'mcp');
    expect(r.stdout).toMatch(
      /^NAME\s+CONFIG\s+UPDATED\s+UPDATING\s+DEGRADED\s+MACHINECOUNT\s+READYMACHINECOUNT\s+UPDATEDMACHINECOUNT\s+DEGRADEDMACHINECOUNT\s+AGE/,
    );
    // The NotReady and the cordoned workers are not ready: the worker pool is Updating.
    expect(r.stdout).toMatch(
      /worker\s+rendered-worker-[0-9a-f]{32}\s+False\s+True\s+False\s+8\s+6\s+8\s+0/,
    );
  });
});
