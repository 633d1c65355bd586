/**
 * The simulated cluster: the store, the kinds, the operators' controllers and the HTTP entry
 * points. The API server itself lives in `api/` (routing, verbs, watch, discovery, admission,
 * auth, admin endpoints); start-up from a scenario in `setup.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { serveAdmin } from './api/admin';
import { impersonate } from './api/auth';
import type { AdmissionPlugin, ApiContext } from './api/context';
import { serveDiscovery } from './api/discovery';
import type { FaultRule } from './api/faults';
import { Faults, faultStatus } from './api/faults';
import { fail, pathNotFound, send } from './api/http';
import { isWatchQuery, legacyWatchPath, routeOf } from './api/routing';
import { serveResource } from './api/verbs';
import type { WatchSet } from './api/watch';
import { httpSink, serveWatch, wsSink } from './api/watch';
import { Clock } from './controllers/clock';
import type { Sim } from './controllers/context';
import type { Hardware } from './controllers/hardware';
import { KubeControllers } from './controllers/kube/kube';
import { MachineConfigOperator } from './controllers/mco/mco';
import { NfdController } from './controllers/nfd/nfd';
import { OscController } from './controllers/osc/osc';
import { runtimeClassAdmission } from './api/builtin';
import type { ResourceDef } from './resources';
import { Registry, idOf } from './resources';
import type { Scenario, UserMode } from './scenario';
import { loadScenario } from './scenario';
import { DEFAULT_CRD_DIR, followCrds, loadScenarioObjects } from './setup';
import { Store } from './store';
import type { KObject } from './types';
import { ApiError, clone, isRecord, statusBody } from './types';

export type { FaultRule } from './api/faults';
export { DEFAULT_CRD_DIR } from './setup';

export type ClusterOptions = {
  scenario: string;
  crdDir?: string;
  /** 1 = real time; 0.01 runs a 7-minute reboot in about 4 s. Default: the scenario's, else 1. */
  timeScale?: number;
  /** Overrides the scenario's `oscController` (`none`: the real operator's reconciler runs instead). */
  oscController?: 'simulated' | 'none';
  /** Size of the watch event history (default: 1000, or twice the node count if larger). */
  historySize?: number;
};

export type RequestLogEntry = {
  method: string;
  path: string;
  query: string;
  watch: boolean;
  status: number;
  time: number;
};

export interface Cluster {
  handle(req: IncomingMessage, res: ServerResponse): void;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  setUser(mode: UserMode): void;
  requestLog(): RequestLogEntry[];
  clearRequestLog(): void;
  get(apiVersion: string, kind: string, name: string, namespace?: string): object | undefined;
  list(apiVersion: string, kind: string): object[];
  apply(obj: object): object;
  /** Simulated milliseconds since the cluster started (see controllers/clock.ts). */
  simulatedTime(): number;
  close(): void;
}

/** The request log keeps the most recent entries only. */
const MAX_LOG = 100000;

/** How far a scenario that starts "already installed" is run ahead (simulated time). */
const INSTANT_LIMIT_MS = 48 * 3600 * 1000;

export class SimCluster implements Cluster, ApiContext, Sim {
  readonly registry = new Registry();
  readonly store: Store;
  readonly scenario: Scenario;
  readonly timeScale: number;
  readonly clock: Clock;
  readonly kube: KubeControllers;
  readonly faults = new Faults();
  readonly mutating: AdmissionPlugin[] = [];
  readonly admission: AdmissionPlugin[] = [];
  private mode: UserMode;
  private log: RequestLogEntry[] = [];
  private readonly watches: WatchSet = new Set();
  private readonly wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => {
      for (const p of ['base64.binary.k8s.io', 'binary.k8s.io']) if (protocols.has(p)) return p;
      for (const first of protocols) return first;
      return false;
    },
  });
  private readonly hardware = new Map<string, Hardware>();
  private readonly stops: (() => void)[] = [];

  constructor(options: ClusterOptions) {
    this.scenario = loadScenario(options.scenario);
    this.timeScale = options.timeScale ?? this.scenario.timeScale ?? 1;
    this.clock = new Clock(this.timeScale);
    this.mode = this.scenario.user;
    const nodeCount = this.scenario.nodes.length + (this.scenario.generate?.workers ?? 0);
    this.store = new Store(options.historySize ?? Math.max(1000, 4 * nodeCount), (rid) =>
      this.registry.all().find((d) => idOf(d) === rid),
    );
    this.stops.push(this.store.subscribe(followCrds(this.registry, this.store)));
    const pods = loadScenarioObjects(
      this.scenario,
      options.crdDir ?? DEFAULT_CRD_DIR,
      (o) => this.apply(o),
      this.hardware,
    );
    this.kube = new KubeControllers(this);
    const mco = new MachineConfigOperator(this, this.kube);
    const nfd = this.scenario.operators.nfd ? new NfdController(this) : undefined;
    const osc = this.scenario.operators.osc ? new OscController(this) : undefined;
    const runOsc = (options.oscController ?? this.scenario.oscController) === 'simulated';
    this.mutating.push(runtimeClassAdmission(this));
    if (osc)
      this.admission.push((op, def, obj) => {
        osc.admit(op, def, obj);
      });
    this.kube.start();
    mco.start();
    nfd?.start();
    if (osc && runOsc) osc.start();
    this.stops.push(
      () => {
        this.kube.close();
      },
      () => {
        mco.close();
      },
      () => {
        nfd?.close();
      },
      () => {
        osc?.close();
      },
      () => {
        this.clock.close();
      },
    );
    if (this.scenario.kataInstalled) this.clock.fastForward(INSTANT_LIMIT_MS);
    for (const p of pods) this.admitAndApply(p);
    if (this.scenario.kataInstalled) this.clock.fastForward(60_000);
  }

  /** Applies a scenario object through the admission plugins (Pods get RuntimeClass overhead). */
  private admitAndApply(input: KObject): void {
    const obj = clone(input);
    const def = this.defFor(obj.apiVersion, obj.kind);
    if (!def) throw new Error(`apply: unknown kind ${obj.apiVersion} ${obj.kind}`);
    obj.metadata.namespace ??= 'default';
    for (const a of [...this.mutating, ...this.admission]) a('CREATE', def, obj);
    this.apply(obj);
  }

  /** Simulated hardware of a node: from the scenario, or annotations for nodes added later. */
  hardwareOf(node: KObject): Hardware {
    const known = this.hardware.get(node.metadata.name ?? '');
    const ann = node.metadata.annotations ?? {};
    const list = (v: string | undefined): string[] | undefined =>
      v === undefined
        ? undefined
        : v
            .split(',')
            .map((x) => x.trim())
            .filter((x) => x !== '');
    const fails = ann['simulator.example/mcd-fails'] ?? known?.mcdFailure;
    return {
      cpuFlags: list(ann['simulator.example/cpu-flags']) ?? known?.cpuFlags ?? [],
      kernelModules: list(ann['simulator.example/kernel-modules']) ?? known?.kernelModules ?? [],
      virtual: known?.virtual ?? false,
      ...(fails ? { mcdFailure: fails } : {}),
    };
  }

  defFor(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.registry.byKind(apiVersion, kind);
  }

  // ---------------------------------------------------------------- public API

  get user(): UserMode {
    return this.mode;
  }

  setFaults(rules: FaultRule[]): void {
    this.faults.set(rules);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  setUser(mode: UserMode): void {
    this.mode = mode;
  }

  requestLog(): RequestLogEntry[] {
    return this.log.map((e) => ({ ...e }));
  }

  clearRequestLog(): void {
    this.log = [];
  }

  get(apiVersion: string, kind: string, name: string, namespace?: string): object | undefined {
    const def = this.defFor(apiVersion, kind);
    return def ? this.store.get(def, namespace, name) : undefined;
  }

  list(apiVersion: string, kind: string): object[] {
    const def = this.defFor(apiVersion, kind);
    return def ? this.store.list(def) : [];
  }

  apply(input: object): object {
    if (!isRecord(input) || !isRecord(input.metadata))
      throw new Error('apply: not a Kubernetes object');
    const obj = clone(input) as KObject;
    const def = this.defFor(obj.apiVersion, obj.kind);
    if (!def) throw new Error(`apply: unknown kind ${obj.apiVersion} ${obj.kind}`);
    if (def.validator) def.validator.check(obj);
    if (def.namespaced && !obj.metadata.namespace) obj.metadata.namespace = 'default';
    const existing = obj.metadata.name
      ? this.store.get(def, obj.metadata.namespace, obj.metadata.name)
      : undefined;
    if (!existing) return this.store.create(def, obj);
    delete obj.metadata.resourceVersion;
    return this.store.update(def, obj, 'all');
  }

  simulatedTime(): number {
    return this.clock.now();
  }

  close(): void {
    for (const s of this.stops.splice(0)) s();
    for (const w of [...this.watches]) w.close();
    this.wss.close();
  }

  // ---------------------------------------------------------------- HTTP

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.dispatch(req, res, undefined).catch((e: unknown) => {
      fail(res, e);
    });
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.dispatch(req, undefined, ws).catch((e: unknown) => {
        const st = e instanceof ApiError ? e.status : statusBody(500, 'InternalError', String(e));
        ws.close(1011, st.message?.slice(0, 120));
      });
    });
  }

  private logRequest(
    method: string,
    url: URL,
    urlPath: string,
    watch: boolean,
    res: ServerResponse | undefined,
  ): RequestLogEntry {
    const entry: RequestLogEntry = {
      method,
      path: urlPath,
      query: url.search.replace(/^\?/, ''),
      watch,
      status: 0,
      time: Date.now(),
    };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    if (res) {
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
    } else {
      entry.status = 101;
    }
    return entry;
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse | undefined,
    ws: WebSocket | undefined,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const urlPath = url.pathname.replace(/\/+$/, '') || '/';
    const q = url.searchParams;
    if (urlPath.startsWith('/sim/') || urlPath === '/sim') {
      if (res) await serveAdmin(this, req, res, method, urlPath);
      else ws?.close(1008, 'not a watch');
      return;
    }
    const legacy = legacyWatchPath(urlPath);
    const routePath = legacy ?? urlPath;
    const watch = ws !== undefined || legacy !== undefined || (method === 'GET' && isWatchQuery(q));
    const entry = this.logRequest(method, url, urlPath, watch, res);
    const header = req.headers['impersonate-user'];
    const who = impersonate({ user: this.mode }, Array.isArray(header) ? header[0] : header);
    const ctx: ApiContext = {
      registry: this.registry,
      store: this.store,
      mutating: this.mutating,
      admission: this.admission,
      user: who.user,
      ...(who.userName ? { userName: who.userName } : {}),
      evict: (pod, dryRun) => {
        this.kube.evictOrThrow(pod, dryRun);
      },
    };
    const faults = this.faults.match(method, urlPath);
    if (faults.latencyMs > 0) {
      await new Promise((r) => setTimeout(r, faults.latencyMs));
    }
    // The client may have gone away during an injected latency.
    if ((res && req.socket.destroyed) || (ws && ws.readyState !== ws.OPEN)) return;
    if (faults.status !== undefined) {
      const st = faultStatus(faults.status, method, urlPath);
      if (res) send(res, faults.status, st);
      else if (ws) {
        entry.status = faults.status;
        ws.send(JSON.stringify({ type: 'ERROR', object: st }));
        ws.close();
      }
      return;
    }
    if (watch) {
      serveWatch(
        ctx,
        req,
        routeOf(this.registry, routePath),
        q,
        () => {
          if (res) {
            entry.status = 200;
            return httpSink(this.watches, res);
          }
          return ws ? wsSink(this.watches, ws) : undefined;
        },
        faults,
      );
      return;
    }
    if (!res) return;
    if (method === 'GET' && serveDiscovery(this.registry, urlPath, res)) return;
    const route = routeOf(this.registry, routePath);
    if (!route) throw pathNotFound();
    await serveResource(ctx, req, res, method, route, q);
  }
}
