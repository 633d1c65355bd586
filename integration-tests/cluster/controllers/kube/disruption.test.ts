import type { KObject } from '../../types';
import { evictionDecision, pdbStatus } from './disruption';

const pod = (name: string, ready = true, phase = 'Running'): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels: { app: 'payments' } },
  status: { phase, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

const pdb = (spec: Record<string, unknown>, status: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'payments', namespace: 'shop', generation: 1 },
  spec: { selector: { matchLabels: { app: 'payments' } }, ...spec },
  status: { observedGeneration: 1, ...status },
});

const rs = () => ({ key: 'shop/payments-abc', replicas: 3 });

describe('disruption controller status', () => {
  it('minAvailable as a number counts the pods, maxUnavailable uses the controller scale', () => {
    const pods = [pod('a'), pod('b'), pod('c', false)];
    expect(pdbStatus(pdb({ minAvailable: 2 }), pods, () => undefined)).toMatchObject({
      currentHealthy: 2,
      desiredHealthy: 2,
      disruptionsAllowed: 0,
      expectedPods: 3,
    });
    expect(pdbStatus(pdb({ maxUnavailable: 1 }), pods, rs)).toMatchObject({
      desiredHealthy: 2,
      disruptionsAllowed: 0,
    });
    expect(pdbStatus(pdb({ minAvailable: '50%' }), pods, rs)).toMatchObject({ desiredHealthy: 2 });
    expect(pdbStatus(pdb({ maxUnavailable: 1 }), [pod('a'), pod('b'), pod('c')], rs)).toMatchObject(
      { disruptionsAllowed: 1 },
    );
  });
});

describe('eviction subresource', () => {
  it('refuses with 429 and the budget cause when no disruption is allowed', () => {
    const d = evictionDecision(pod('a'), [
      pdb({ minAvailable: 2 }, { disruptionsAllowed: 0, desiredHealthy: 2, currentHealthy: 2 }),
    ]);
    expect(d).toEqual({
      kind: 'refuse',
      code: 429,
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      cause: {
        reason: 'DisruptionBudget',
        message: 'The disruption budget payments needs 2 healthy pods and has 2 currently',
      },
    });
  });

  it('decrements an allowing budget; pending pods and pods without budget are simply deleted', () => {
    const allowing = pdb(
      { minAvailable: 1 },
      { disruptionsAllowed: 1, desiredHealthy: 1, currentHealthy: 2 },
    );
    expect(evictionDecision(pod('a'), [allowing])).toEqual({ kind: 'decrement', pdb: allowing });
    expect(evictionDecision(pod('a', false, 'Pending'), [pdb({ minAvailable: 9 })])).toEqual({
      kind: 'delete',
    });
    expect(evictionDecision(pod('a'), [])).toEqual({ kind: 'delete' });
  });

  it('refuses a pod under two budgets with a 500, an unprocessed budget with a 429', () => {
    expect(
      evictionDecision(pod('a'), [
        pdb({}),
        { ...pdb({}), metadata: { name: 'other', namespace: 'shop' } },
      ]),
    ).toMatchObject({
      kind: 'refuse',
      code: 500,
      message:
        'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    });
    const fresh = {
      ...pdb({ minAvailable: 1 }),
      metadata: { name: 'payments', namespace: 'shop', generation: 2 },
    };
    expect(evictionDecision(pod('a'), [fresh])).toMatchObject({
      code: 429,
      cause: { message: 'The disruption budget payments is still being processed by the server.' },
    });
  });
});
