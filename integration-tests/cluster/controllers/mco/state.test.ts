import { fromLabelSelectorObject } from '../../selectors';
import type { NodeView, PoolView } from './state';
import {
  ANN,
  candidates,
  isUnavailableForUpdate,
  maxUnavailable,
  nodesForPool,
  nodesToTarget,
  poolStatus,
  primaryPool,
  sortNodes,
} from './state';

const OLD = 'rendered-worker-1';
const NEW = 'rendered-kata-oc-2';

const node = (
  name: string,
  extra: Partial<NodeView> = {},
  ann: Record<string, string> = {},
): NodeView => ({
  name,
  labels: { 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/kata-oc': '' },
  annotations: { [ANN.current]: OLD, [ANN.desired]: OLD, [ANN.state]: 'Done', ...ann },
  unschedulable: false,
  conditions: { Ready: 'True' },
  creationTimestamp: '2026-01-05T08:00:00Z',
  ...extra,
});

const pool = (
  name: string,
  selector: Record<string, string>,
  extra: Partial<PoolView> = {},
): PoolView => ({
  name,
  nodeSelector: fromLabelSelectorObject({ matchLabels: selector }),
  target: NEW,
  paused: false,
  ...extra,
});

const kataOc = pool('kata-oc', { 'node-role.kubernetes.io/kata-oc': '' });
const worker = pool('worker', { 'node-role.kubernetes.io/worker': '' }, { target: OLD });
const master = pool(
  'master',
  { 'node-role.kubernetes.io/master': '' },
  { target: 'rendered-master-3' },
);

describe('node state (layered_node_state.go)', () => {
  it('a NotReady, cordoned or working node is unavailable; a Done one is not; a failing one is not', () => {
    expect(isUnavailableForUpdate(node('a'))).toBe(false);
    expect(isUnavailableForUpdate(node('a', { conditions: { Ready: 'False' } }))).toBe(true);
    expect(isUnavailableForUpdate(node('a', { unschedulable: true }))).toBe(true);
    expect(
      isUnavailableForUpdate(node('a', {}, { [ANN.desired]: NEW, [ANN.state]: 'Working' })),
    ).toBe(true);
    expect(
      isUnavailableForUpdate(node('a', {}, { [ANN.desired]: NEW, [ANN.state]: 'Degraded' })),
    ).toBe(false);
  });
});

describe('pools (GetPoolsForNode, getNodesForPool)', () => {
  it('a custom pool wins over worker, master wins over a custom pool', () => {
    const pools = [master, worker, kataOc];
    expect(primaryPool(node('w'), pools)?.name).toBe('kata-oc');
    expect(
      primaryPool(node('w', { labels: { 'node-role.kubernetes.io/worker': '' } }), pools)?.name,
    ).toBe('worker');
    const m = node('m', {
      labels: {
        'node-role.kubernetes.io/master': '',
        'node-role.kubernetes.io/worker': '',
        'node-role.kubernetes.io/kata-oc': '',
      },
    });
    expect(primaryPool(m, pools)?.name).toBe('master');
    expect(nodesForPool(worker, [node('w')], pools)).toEqual([]);
  });
});

describe('rollout (getAllCandidateMachines, maxUnavailable)', () => {
  it('maxUnavailable defaults to 1, takes percentages of the pool rounded down, never 0', () => {
    expect(maxUnavailable(kataOc, 10)).toBe(1);
    expect(maxUnavailable({ ...kataOc, maxUnavailable: 3 }, 10)).toBe(3);
    expect(maxUnavailable({ ...kataOc, maxUnavailable: '25%' }, 10)).toBe(2);
    expect(maxUnavailable({ ...kataOc, maxUnavailable: '5%' }, 10)).toBe(1);
  });

  it('one cordoned node leaves no capacity: no node of the pool is targeted', () => {
    const nodes = [node('a'), node('b'), node('c', { unschedulable: true })];
    expect(candidates(kataOc, nodes, 1)).toEqual({ nodes: [], capacity: 0 });
    expect(nodesToTarget(kataOc, nodes)).toEqual([]);
  });

  it('a node failing to reach the target counts against capacity', () => {
    const failing = node('f', {}, { [ANN.desired]: NEW, [ANN.state]: 'Degraded' });
    expect(nodesToTarget(kataOc, [node('a'), node('b'), failing])).toEqual([]);
  });

  it('targets up to capacity, by zone then oldest first', () => {
    const nodes = [
      node('z-b', { labels: { ...node('x').labels, 'topology.kubernetes.io/zone': 'b' } }),
      node('z-a', { labels: { ...node('x').labels, 'topology.kubernetes.io/zone': 'a' } }),
      node('nozone'),
    ];
    expect(sortNodes(nodes).map((n) => n.name)).toEqual(['z-a', 'z-b', 'nozone']);
    expect(nodesToTarget({ ...kataOc, maxUnavailable: 2 }, nodes).map((n) => n.name)).toEqual([
      'z-a',
      'z-b',
    ]);
    expect(nodesToTarget({ ...kataOc, paused: true }, nodes)).toEqual([]);
  });
});

describe('pool status (calculateStatus)', () => {
  it('counts and conditions while updating, with the MCO messages', () => {
    const nodes = [
      node('done', {}, { [ANN.current]: NEW, [ANN.desired]: NEW }),
      node('working', { unschedulable: true }, { [ANN.desired]: NEW, [ANN.state]: 'Working' }),
      node('waiting'),
    ];
    const s = poolStatus(kataOc, nodes);
    expect(s).toMatchObject({
      machineCount: 3,
      updatedMachineCount: 1,
      readyMachineCount: 1,
      unavailableMachineCount: 1,
      degradedMachineCount: 0,
      allUpdated: false,
    });
    expect(s.conditions).toEqual([
      { type: 'Updated', status: 'False', reason: '', message: '' },
      {
        type: 'Updating',
        status: 'True',
        reason: '',
        message: `All nodes are updating to MachineConfig ${NEW}`,
      },
      { type: 'NodeDegraded', status: 'False', reason: '', message: '' },
      { type: 'Degraded', status: 'False', reason: '', message: '' },
    ]);
  });

  it('Updated once every node is done, ready and available', () => {
    const nodes = [node('a', {}, { [ANN.current]: NEW, [ANN.desired]: NEW })];
    const s = poolStatus(kataOc, nodes);
    expect(s.allUpdated).toBe(true);
    expect(s.conditions[0]).toEqual({
      type: 'Updated',
      status: 'True',
      reason: '',
      message: `All nodes are updated with MachineConfig ${NEW}`,
    });
    // A NotReady node keeps the pool Updating even when its config is current.
    expect(
      poolStatus(kataOc, [
        node('a', { conditions: { Ready: 'False' } }, { [ANN.current]: NEW, [ANN.desired]: NEW }),
      ]).allUpdated,
    ).toBe(false);
  });

  it('a degraded node: NodeDegraded and Degraded with the node reason', () => {
    const s = poolStatus(kataOc, [
      node('d', {}, { [ANN.desired]: NEW, [ANN.state]: 'Degraded', [ANN.reason]: 'boom' }),
    ]);
    expect(s.degradedMachineCount).toBe(1);
    expect(s.conditions.find((c) => c.type === 'NodeDegraded')).toEqual({
      type: 'NodeDegraded',
      status: 'True',
      reason: '1 nodes are reporting degraded status on sync',
      message: 'Node d is reporting: "boom"',
    });
    expect(s.conditions.find((c) => c.type === 'Degraded')).toMatchObject({
      status: 'True',
      message: 'Node d is reporting: "boom"',
    });
  });
});
