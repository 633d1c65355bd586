import type { PodSpec } from '../models/workloads';
import {
  containersWithoutMemoryLimit,
  podCharged,
  podLimits,
  podOverhead,
  podRequests,
} from './podResources';

const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

const spec = (s: PodSpec): PodSpec => s;

describe('podRequests (Kubernetes PodRequests)', () => {
  it('adds up the app containers', () => {
    expect(
      podRequests(
        spec({
          containers: [
            { name: 'a', resources: { requests: { memory: '256Mi', cpu: '100m' } } },
            { name: 'b', resources: { requests: { memory: '1Gi', cpu: '1' } } },
          ],
        }),
      ),
    ).toEqual({ memory: 256 * Mi + Gi, cpu: 1.1 });
  });

  it('defaults a missing request to the limit, as the API server does', () => {
    expect(
      podRequests(
        spec({ containers: [{ name: 'a', resources: { limits: { memory: '512Mi', cpu: '2' } } }] }),
      ),
    ).toEqual({ memory: 512 * Mi, cpu: 2 });
  });

  it('takes the largest plain init container when it exceeds the app containers', () => {
    expect(
      podRequests(
        spec({
          initContainers: [
            { name: 'migrate', resources: { requests: { memory: '3Gi', cpu: '100m' } } },
          ],
          containers: [{ name: 'a', resources: { requests: { memory: '1Gi', cpu: '500m' } } }],
        }),
      ),
    ).toEqual({ memory: 3 * Gi, cpu: 0.5 });
  });

  it('adds sidecar init containers (restartPolicy Always) to the app containers', () => {
    expect(
      podRequests(
        spec({
          initContainers: [
            {
              name: 'proxy',
              restartPolicy: 'Always',
              resources: { requests: { memory: '128Mi' } },
            },
            { name: 'setup', resources: { requests: { memory: '1Gi' } } },
          ],
          containers: [{ name: 'a', resources: { requests: { memory: '512Mi' } } }],
        }),
      ),
      // app phase 512 + 128 = 640Mi; init phase: setup runs beside the proxy: 1Gi + 128Mi.
    ).toEqual({ memory: Gi + 128 * Mi, cpu: 0 });
  });

  it('is zero for a pod without resources or without a spec', () => {
    expect(podRequests(spec({ containers: [{ name: 'a' }] }))).toEqual({ memory: 0, cpu: 0 });
    expect(podRequests(undefined)).toEqual({ memory: 0, cpu: 0 });
  });
});

describe('podOverhead and podCharged', () => {
  it('reads spec.overhead set by the RuntimeClass admission and adds it to the requests', () => {
    const s = spec({
      overhead: { memory: '350Mi', cpu: '250m' },
      containers: [{ name: 'a', resources: { requests: { memory: '1Gi', cpu: '1' } } }],
    });
    expect(podOverhead(s)).toEqual({ memory: 350 * Mi, cpu: 0.25 });
    expect(podCharged(s)).toEqual({ memory: Gi + 350 * Mi, cpu: 1.25 });
  });

  it('is undefined when no overhead was charged', () => {
    expect(podOverhead(spec({ containers: [] }))).toBeUndefined();
    expect(podOverhead(spec({ overhead: {} }))).toBeUndefined();
  });
});

describe('podLimits', () => {
  it('is unbounded (undefined) when one app container has no limit', () => {
    const s = spec({
      containers: [
        { name: 'a', resources: { limits: { memory: '1Gi', cpu: '1' } } },
        { name: 'b', resources: { limits: { cpu: '1' } } },
      ],
    });
    expect(podLimits(s)).toEqual({ memory: undefined, cpu: 2 });
    expect(containersWithoutMemoryLimit(s)).toEqual(['b']);
  });

  it('sums the limits when every container has one', () => {
    const s = spec({
      containers: [
        { name: 'a', resources: { limits: { memory: '1Gi' } } },
        { name: 'b', resources: { limits: { memory: '512Mi' } } },
      ],
    });
    expect(podLimits(s).memory).toBe(Gi + 512 * Mi);
    expect(containersWithoutMemoryLimit(s)).toEqual([]);
  });

  it('counts a sidecar without a memory limit as a container without one', () => {
    const s = spec({
      initContainers: [{ name: 'proxy', restartPolicy: 'Always' }, { name: 'setup' }],
      containers: [{ name: 'a', resources: { limits: { memory: '1Gi' } } }],
    });
    expect(containersWithoutMemoryLimit(s)).toEqual(['proxy']);
  });
});
