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
    expect(nodeNames(eligible.stdout)).toEqual([
      'master-0',
      'master-1',
      'master-2',
      'worker-amd-0',
      'worker-amd-1',
      'worker-cordoned-0',
      'worker-intel-0',
      'worker-intel-1',
      'worker-notready-0',
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
});
