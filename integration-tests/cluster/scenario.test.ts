import * as fs from 'node:fs';
import * as path from 'node:path';
import { ScenarioError, generateNodes, parseScenario } from './scenario';
import { createCluster } from './index';

type Node = {
  metadata: { name: string; labels: Record<string, string> };
  spec: { providerID?: string; unschedulable?: boolean };
  status: { nodeInfo: { osImage: string }; conditions: { type: string; status: string }[] };
};

const scenarioNames = fs
  .readdirSync(path.join(__dirname, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('scenario files', () => {
  it('are the set the README documents', () => {
    const readme = fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Scenarios'), readme.indexOf('Format ('));
    const documented = [...section.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]).sort();
    expect(scenarioNames).toEqual(documented);
    expect(scenarioNames).toEqual(
      expect.arrayContaining([
        'stuck-cordoned',
        'pdb-blocked',
        'degraded-worker',
        'rhel-worker',
        'baremetal-40',
        'compact',
        'nfd-current',
      ]),
    );
  });

  it.each([
    ['mixed', 'BareMetal', /^baremetalhost:\/\/\//, 11],
    ['aws', 'AWS', /^aws:\/\/\/us-east-1[abc]\/i-[0-9a-f]+$/, 8],
    ['vsphere', 'VSphere', /^vsphere:\/\//, 6],
    ['no-operators', 'BareMetal', /^baremetalhost:\/\/\//, 6],
    ['installed', 'BareMetal', /^baremetalhost:\/\/\//, 7],
    ['read-only', 'BareMetal', /^baremetalhost:\/\/\//, 11],
  ])('%s: platform %s, provider IDs, %d nodes', (name, platform, providerID, count) => {
    const c = createCluster({ scenario: name });
    try {
      expect(c.get('config.openshift.io/v1', 'Infrastructure', 'cluster')).toMatchObject({
        status: { platform, platformStatus: { type: platform } },
      });
      const nodes = c.list('v1', 'Node') as Node[];
      expect(nodes).toHaveLength(count);
      for (const n of nodes) expect(n.spec.providerID).toMatch(providerID);
    } finally {
      c.close();
    }
  });

  it('mixed has the documented node kinds', () => {
    const c = createCluster({ scenario: 'mixed' });
    try {
      const nodes = c.list('v1', 'Node') as Node[];
      const byName = new Map(nodes.map((n) => [n.metadata.name, n]));
      expect(byName.get('worker-rhel-0')?.status.nodeInfo.osImage).toBe(
        'Red Hat Enterprise Linux 8.6 (Ootpa)',
      );
      expect(byName.get('worker-rhel-0')?.metadata.labels['node.openshift.io/os_id']).toBe('rhel');
      expect(byName.get('worker-intel-0')?.status.nodeInfo.osImage).toMatch(
        /^Red Hat Enterprise Linux CoreOS 4\d\d/,
      );
      expect(
        byName.get('worker-notready-0')?.status.conditions.find((x) => x.type === 'Ready')?.status,
      ).toBe('False');
      expect(byName.get('worker-cordoned-0')?.spec.unschedulable).toBe(true);
      expect(
        nodes.filter((n) => 'node-role.kubernetes.io/master' in n.metadata.labels),
      ).toHaveLength(3);
      expect(c.list('kataconfiguration.openshift.io/v1', 'KataConfig')).toEqual([]);
      expect(c.list('nfd.openshift.io/v1', 'NodeFeatureDiscovery')).toEqual([]);
    } finally {
      c.close();
    }
  });

  it('aws labels instance types', () => {
    const c = createCluster({ scenario: 'aws' });
    try {
      const types = (c.list('v1', 'Node') as Node[]).map(
        (n) => n.metadata.labels['node.kubernetes.io/instance-type'],
      );
      expect(new Set(types)).toEqual(new Set(['m5.2xlarge', 'm5.metal', 'c5.metal', 'm5.xlarge']));
    } finally {
      c.close();
    }
  });
});

describe('generateNodes', () => {
  it('is deterministic', () => {
    expect(generateNodes(50)).toEqual(generateNodes(50));
    expect(generateNodes(5000)).toHaveLength(5003);
  });
});

describe('parseScenario', () => {
  it.each([
    [{ nodes: [{ name: 'a', colour: 'red' }] }, 'nodes[0]: unknown field "colour"'],
    [{ nodes: [{ roles: ['worker'] }] }, 'nodes[0].name is required'],
    [{ nodes: [{ name: 'a', os: 'ubuntu' }] }, 'nodes[0].os must be rhcos or rhel'],
    [{ nodes: [{ name: 'a', cpuFlags: 'VMX' }] }, 'nodes[0].cpuFlags must be a list of strings'],
    [{ user: 'root' }, 'user must be admin, read-only or no-access'],
    [{ platfrom: 'AWS' }, 'unknown field "platfrom"'],
    [{ objects: [{ kind: 'Pod' }] }, 'objects must be a list of Kubernetes objects'],
  ])('%j is refused: %s', (raw, message) => {
    expect(() => parseScenario(raw)).toThrow(new ScenarioError(message));
  });

  it('fills defaults', () => {
    expect(parseScenario({})).toMatchObject({
      platform: 'BareMetal',
      user: 'admin',
      operators: { nfd: true, osc: true },
      runtimeClassOverhead: { cpu: '250m', memory: '350Mi' },
      kataInstalled: false,
    });
  });

  it('refuses an unknown scenario name', () => {
    expect(() => createCluster({ scenario: 'nope' })).toThrow(/scenario not found/);
  });
});
