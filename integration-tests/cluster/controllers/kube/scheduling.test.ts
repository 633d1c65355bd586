import type { KObject } from '../../types';
import { fits, parseQuantity, podRequests, tolerates, unschedulableMessage } from './scheduling';

const node = (
  extra: Record<string, unknown> = {},
  labels: Record<string, string> = {},
): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'n', labels: { 'kubernetes.io/hostname': 'n', ...labels } },
  spec: { ...extra },
  status: {
    allocatable: { cpu: '3500m', memory: '8Gi' },
    conditions: [{ type: 'Ready', status: 'True' }],
  },
});

const pod = (spec: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'default' },
  spec: {
    containers: [
      { name: 'c', image: 'i', resources: { requests: { cpu: '500m', memory: '1Gi' } } },
    ],
    ...spec,
  },
});

describe('quantities and requests', () => {
  it('parses cpu to millicores and memory to bytes', () => {
    expect(parseQuantity('250m', true)).toBe(250);
    expect(parseQuantity('2', true)).toBe(2000);
    expect(parseQuantity('350Mi')).toBe(350 * 1024 ** 2);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(Number.isNaN(parseQuantity('lots'))).toBe(true);
  });

  it('adds the RuntimeClass overhead to the containers requests', () => {
    expect(podRequests(pod({ overhead: { cpu: '250m', memory: '350Mi' } }))).toEqual({
      cpu: 750,
      memory: 1024 ** 3 + 350 * 1024 ** 2,
    });
  });
});

describe('filters (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit)', () => {
  const none = { cpu: 0, memory: 0 };
  it('refuses NotReady, cordoned, tainted, unselected and full nodes', () => {
    expect(fits(pod(), node(), none)).toEqual({ ok: true });
    const notReady = node();
    notReady.status = {
      ...(notReady.status as object),
      conditions: [{ type: 'Ready', status: 'False' }],
    };
    expect(fits(pod(), notReady, none)).toEqual({ ok: false, reason: 'notready' });
    expect(fits(pod(), node({ unschedulable: true }), none)).toEqual({
      ok: false,
      reason: 'unschedulable',
    });
    expect(
      fits(
        pod(),
        node({ taints: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }] }),
        none,
      ),
    ).toEqual({
      ok: false,
      reason: 'taint:node-role.kubernetes.io/master:',
    });
    expect(
      fits(pod({ nodeSelector: { 'node-role.kubernetes.io/kata-oc': '' } }), node(), none),
    ).toEqual({
      ok: false,
      reason: 'affinity',
    });
    expect(fits(pod(), node(), { cpu: 3200, memory: 0 })).toEqual({ ok: false, reason: 'cpu' });
    expect(
      fits(
        pod(),
        node({ taints: [{ key: 'UpdateInProgress', effect: 'PreferNoSchedule' }] }),
        none,
      ),
    ).toEqual({ ok: true });
  });

  it('tolerations: Exists with no key tolerates everything; key/value must match otherwise', () => {
    expect(tolerates([{ operator: 'Exists' }], { key: 'x', effect: 'NoSchedule' })).toBe(true);
    expect(
      tolerates([{ key: 'x', value: 'a', effect: 'NoSchedule' }], {
        key: 'x',
        value: 'b',
        effect: 'NoSchedule',
      }),
    ).toBe(false);
  });

  it('writes the scheduler message', () => {
    expect(unschedulableMessage(['unschedulable', 'affinity', 'affinity'])).toBe(
      "0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
});
