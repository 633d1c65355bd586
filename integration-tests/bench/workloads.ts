/**
 * The Workloads in Kata page against clusters of 500 and 50,000 pods (50 and 5,000 Deployments,
 * one Deployment in ten running in Kata): time to the first row, time until every Kata pod is
 * counted, JS heap after a GC, and the API requests of one page load. Pods cannot be selected by
 * runtimeClassName on the server, so the page lists the pods of its scope; the figures compare
 * "all namespaces" with one namespace, the choice the namespace bar gives.
 */
import type { Browser } from '@playwright/test';
import type { Cluster } from '../cluster';
import { startServer } from '../server/server';
import { heapMb } from './browser';
import { requestsByKind } from './requests';
import type { Summary } from './stats';
import { summarize } from './stats';

const PATH = '/sandboxed-containers/workloads';
const NAME_SHIM = 'globalThis.__name = (f) => f;';
const PODS_PER_DEPLOYMENT = 10;
const KATA_EVERY = 10;
const NAMESPACES = 100;

export type WorkloadsSize = { pods: number; label: string };
export const WORKLOAD_SIZES: WorkloadsSize[] = [
  { pods: 500, label: '500 pods, 50 Deployments' },
  { pods: 50000, label: '50,000 pods, 5,000 Deployments' },
];

export type WorkloadsResult = {
  label: string;
  scope: string;
  pods: number;
  kataPods: number;
  firstRow: Summary;
  allCounted: Summary;
  /** Pod list requests: start of the first to the end of the last (Resource Timing). */
  list: Summary;
  heapMb: Summary;
  requests: Record<string, string>;
};

const hash = (i: number) => (0x5d9f8c7b6 + i * 7919).toString(16).slice(-9);

/** A pod as a Deployment's ReplicaSet creates it and the kubelet reports it (about 2 KB of JSON). */
const podOf = (d: number, r: number, kata: boolean) => {
  const ns = `team-${String(d % NAMESPACES)}`;
  const name = `app-${String(d)}`;
  const h = hash(d);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${name}-${h}-${String(r).padStart(5, 'x')}`,
      namespace: ns,
      labels: { app: name, 'pod-template-hash': h, tier: 'backend' },
      annotations: { 'openshift.io/scc': 'restricted-v2', 'k8s.ovn.org/pod-networks': '{}' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: `${name}-${h}`,
          uid: `rs-${String(d)}`,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      ...(kata ? { runtimeClassName: 'kata', overhead: { cpu: '500m', memory: '500Mi' } } : {}),
      nodeName: `worker-${String((d * PODS_PER_DEPLOYMENT + r) % 3)}`,
      serviceAccountName: 'default',
      restartPolicy: 'Always',
      containers: [
        {
          name: 'app',
          image: 'registry.access.redhat.com/ubi9/nginx-124:latest',
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          env: [
            { name: 'APP_NAME', value: name },
            { name: 'LOG_LEVEL', value: 'info' },
          ],
          resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
          securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
        type,
        status: 'True',
        lastTransitionTime: '2026-01-05T08:00:00Z',
      })),
      podIP: `10.128.${String(d % 250)}.${String(r + 2)}`,
      containerStatuses: [
        {
          name: 'app',
          ready: true,
          restartCount: 0,
          image: 'registry.access.redhat.com/ubi9/nginx-124:latest',
          state: { running: { startedAt: '2026-01-05T08:00:00Z' } },
        },
      ],
    },
  };
};

/** Namespaces and pods in the cluster (in-process); returns the Kata pods per namespace. */
export const populate = (cluster: Cluster, pods: number): Map<string, number> => {
  for (let n = 0; n < NAMESPACES; n++) {
    cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `team-${String(n)}` } });
  }
  const kata = new Map<string, number>();
  for (let d = 0; d * PODS_PER_DEPLOYMENT < pods; d++) {
    const inKata = d % KATA_EVERY === 0;
    for (let r = 0; r < PODS_PER_DEPLOYMENT; r++) {
      const pod = podOf(d, r, inKata);
      cluster.apply(pod);
      if (inKata) kata.set(pod.metadata.namespace, (kata.get(pod.metadata.namespace) ?? 0) + 1);
    }
  }
  return kata;
};

type Probe = { firstRow: number; counted: number };
declare global {
  interface Window {
    sccWorkloads?: Probe;
  }
}

/** Records when the first group row appears and when the summary shows `expected` Kata pods. */
const installProbe = (expected: number): void => {
  const probe: Probe = { firstRow: -1, counted: -1 };
  window.sccWorkloads = probe;
  const check = () => {
    if (probe.firstRow < 0 && document.querySelector('[data-test="workloads-table"] tbody')) {
      requestAnimationFrame(() => {
        probe.firstRow = performance.now();
      });
    }
    const shown = document.querySelector('[data-test="summary-pods"]')?.textContent ?? '';
    if (probe.counted < 0 && Number(shown.replace(/\D/g, '')) === expected) {
      requestAnimationFrame(() => {
        probe.counted = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
};

const loadOnce = async (browser: Browser, url: string, namespace: string, expected: number) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_SHIM });
  // The console keeps the tab's last namespace in sessionStorage; start from the one measured.
  await page.addInitScript((ns) => {
    sessionStorage.setItem('bridge/last-namespace-name', ns);
  }, namespace);
  await page.addInitScript(installProbe, expected);
  await page.goto(`${url}${PATH}`);
  await page.waitForFunction(() => (window.sccWorkloads?.counted ?? -1) > 0, undefined, {
    timeout: 180000,
    polling: 200,
  });
  const times = await page.evaluate(() => {
    const lists = performance
      .getEntriesByType('resource')
      .filter(
        (e) => /\/pods(\?|$)/.test(e.name) && !e.name.includes('watch'),
      ) as PerformanceResourceTiming[];
    return {
      firstRow: window.sccWorkloads?.firstRow ?? Number.NaN,
      counted: window.sccWorkloads?.counted ?? Number.NaN,
      list:
        lists.length > 0
          ? Math.max(...lists.map((l) => l.responseEnd)) -
            Math.min(...lists.map((l) => l.startTime))
          : Number.NaN,
    };
  });
  const heap = await heapMb(page);
  await context.close();
  return { ...times, heap };
};

export const benchWorkloads = async (
  browser: Browser,
  size: WorkloadsSize,
  reps: number,
): Promise<WorkloadsResult[]> => {
  const server = await startServer({ scenario: 'workloads' });
  try {
    const base = (
      server.cluster.list('v1', 'Pod') as { spec?: { runtimeClassName?: string } }[]
    ).filter((p) => p.spec?.runtimeClassName === 'kata').length;
    const kata = populate(server.cluster, size.pods);
    const all = [...kata.values()].reduce((a, b) => a + b, 0);
    const scopes = [
      { scope: 'all namespaces', namespace: '#ALL_NS#', expected: all + base },
      { scope: 'one namespace (team-0)', namespace: 'team-0', expected: kata.get('team-0') ?? 0 },
    ];
    const results: WorkloadsResult[] = [];
    for (const s of scopes) {
      const firstRow: number[] = [];
      const counted: number[] = [];
      const list: number[] = [];
      const heap: number[] = [];
      let requests: Record<string, string> = {};
      for (let rep = -1; rep < reps; rep++) {
        server.cluster.clearRequestLog();
        const r = await loadOnce(browser, server.url, s.namespace, s.expected);
        if (rep < 0) continue; // warm-up
        requests = requestsByKind(server.cluster.requestLog());
        firstRow.push(r.firstRow);
        counted.push(r.counted);
        list.push(r.list);
        heap.push(r.heap);
      }
      results.push({
        label: size.label,
        scope: s.scope,
        pods: size.pods,
        kataPods: s.expected,
        firstRow: summarize(firstRow),
        allCounted: summarize(counted),
        list: summarize(list),
        heapMb: summarize(heap),
        requests,
      });
    }
    return results;
  } finally {
    await server.close();
  }
};
