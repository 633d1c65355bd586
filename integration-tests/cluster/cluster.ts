/** The simulated API server: routing, auth, faults, request log, watches. */
import * as fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as path from 'node:path';
import type { Duplex } from 'node:stream';
import { loadAll } from 'js-yaml';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { OscController } from './controllers/osc';
import { NfdController } from './controllers/nfd';
import type { Hardware } from './controllers/hardware';
import { openApiV2Doc, openApiV3Doc, openApiV3Index } from './openapi';
import { PatchError, jsonPatch, mergePatch } from './patch';
import type { ResourceDef } from './resources';
import { Registry, apiVersionOf, defFromCrd, idOf, qualifiedName } from './resources';
import type { Scenario, UserMode } from './scenario';
import { generateNodes, infrastructureObject, loadScenario, nodeObject } from './scenario';
import { validateMeta } from './schema';
import type { FieldSelector, Selector } from './selectors';
import {
  SelectorError,
  checkFieldSelector,
  matchesFieldSelector,
  matchesSelector,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';
import type { StoreEvent } from './store';
import { Store } from './store';
import { renderTable } from './table';
import type { KObject, StatusBody, StatusCause } from './types';
import { ApiError, apiError, clone, isRecord, statusBody } from './types';

export type FaultRule = {
  method?: string;
  path: string;
  status?: number;
  latencyMs?: number;
  dropWatchAfterMs?: number;
  gone?: boolean;
  times?: number;
};

export type ClusterOptions = {
  scenario: string;
  crdDir?: string;
  timeScale?: number;
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
  close(): void;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CRD_DIR = path.resolve(REPO_ROOT, 'third_party/crds');

const USER_NAMES: Record<UserMode, string> = {
  admin: 'kube:admin',
  'read-only': 'reader',
  'no-access': 'outsider',
};

const READ_VERBS = ['get', 'list', 'watch'];
/** The request log keeps the most recent entries only. */
const MAX_LOG = 100000;

type Route = {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
};

type WatchSink = {
  send(event: object): void;
  close(): void;
};

type ActiveFaults = {
  status?: number;
  latencyMs: number;
  dropWatchAfterMs?: number;
  gone: boolean;
};

const OPERATOR_CRDS: Record<'nfd' | 'osc', string[]> = {
  nfd: ['nodefeaturediscoveries.nfd.openshift.io.yaml', 'nodefeaturerules.nfd.k8s-sigs.io.yaml'],
  osc: ['kataconfigs.kataconfiguration.openshift.io.yaml'],
};

const isWatchQuery = (q: URLSearchParams): boolean =>
  q.get('watch') === 'true' || q.get('watch') === '1';

export class SimCluster implements Cluster {
  readonly registry = new Registry();
  readonly store: Store;
  readonly scenario: Scenario;
  readonly timeScale: number;
  private user: UserMode;
  private faults: (FaultRule & { re: RegExp; left: number })[] = [];
  private log: RequestLogEntry[] = [];
  private readonly watches = new Set<WatchSink>();
  private readonly wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => {
      for (const p of ['base64.binary.k8s.io', 'binary.k8s.io']) if (protocols.has(p)) return p;
      for (const first of protocols) return first;
      return false;
    },
  });
  private readonly hardware = new Map<string, Hardware>();
  private readonly admission: ((
    op: 'CREATE' | 'UPDATE',
    def: ResourceDef,
    obj: KObject,
  ) => void)[] = [];
  private readonly stops: (() => void)[] = [];

  constructor(options: ClusterOptions) {
    this.scenario = loadScenario(options.scenario);
    this.timeScale = options.timeScale ?? 1;
    this.user = this.scenario.user;
    const nodeCount = this.scenario.nodes.length + (this.scenario.generate?.workers ?? 0);
    this.store = new Store(options.historySize ?? Math.max(1000, 2 * nodeCount), (rid) =>
      this.registry.all().find((d) => idOf(d) === rid),
    );
    this.stops.push(
      this.store.subscribe((e) => {
        this.onCrdEvent(e);
      }),
    );
    this.loadScenario(options.crdDir ?? DEFAULT_CRD_DIR);
    const nfd = new NfdController(this, (n) => this.hardwareOf(n));
    const osc = new OscController(this, (n) => this.hardwareOf(n));
    this.stops.push(
      () => {
        nfd.close();
      },
      () => {
        osc.close();
      },
    );
    this.admission.push((op, def, obj) => {
      osc.admit(op, def, obj);
    });
    nfd.start();
    osc.start(this.scenario.kataInstalled);
  }

  // ---------------------------------------------------------------- setup

  private onCrdEvent(e: StoreEvent): void {
    if (e.rid !== 'apiextensions.k8s.io/customresourcedefinitions') return;
    const name = e.object.metadata.name ?? '';
    if (e.type === 'DELETED') {
      const def = this.registry.all().find((d) => d.crdName === name);
      this.registry.removeCrd(name);
      if (def) this.store.dropResource(def);
      return;
    }
    const def = defFromCrd(e.object);
    if (def) this.registry.add(def);
  }

  private loadScenario(crdDir: string): void {
    const s = this.scenario;
    for (const op of ['nfd', 'osc'] as const) {
      if (!s.operators[op]) continue;
      for (const file of OPERATOR_CRDS[op]) {
        for (const doc of loadAll(fs.readFileSync(path.join(crdDir, file), 'utf8'))) {
          if (isRecord(doc) && isRecord(doc.metadata)) {
            const crd = doc as KObject;
            crd.status = {
              acceptedNames: isRecord(crd.spec) ? crd.spec.names : {},
              conditions: [
                {
                  type: 'Established',
                  status: 'True',
                  reason: 'InitialNamesAccepted',
                  message: 'the initial names have been accepted',
                },
              ],
              storedVersions: ['v1'],
            };
            this.apply(crd);
          }
        }
      }
    }
    const namespaces = ['default', 'kube-system', 'openshift-config', 'openshift-machine-api'];
    if (s.operators.nfd) namespaces.push('openshift-nfd');
    if (s.operators.osc) namespaces.push('openshift-sandboxed-containers-operator');
    for (const ns of [...namespaces, ...s.namespaces]) {
      this.apply({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      });
    }
    this.apply(infrastructureObject(s.platform));
    const nodes = [...s.nodes, ...(s.generate ? generateNodes(s.generate.workers) : [])];
    nodes.forEach((n, i) => {
      this.hardware.set(n.name, {
        cpuFlags: n.cpuFlags ?? [],
        kernelModules: n.kernelModules ?? [],
        virtual: n.virtual === true,
        kataFails: n.kataFails ?? false,
      });
      this.apply(nodeObject(n, s.platform, i));
    });
    for (const o of s.objects) this.apply(o);
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
    return {
      cpuFlags: list(ann['simulator.example/cpu-flags']) ?? known?.cpuFlags ?? [],
      kernelModules: list(ann['simulator.example/kernel-modules']) ?? known?.kernelModules ?? [],
      virtual: known?.virtual ?? false,
      kataFails: known?.kataFails ?? false,
    };
  }

  defFor(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.registry.byKind(apiVersion, kind);
  }

  // ---------------------------------------------------------------- public API

  setFaults(rules: FaultRule[]): void {
    this.faults = rules.map((r) => ({
      ...r,
      re: new RegExp(r.path),
      left: r.times ?? Infinity,
    }));
  }

  clearFaults(): void {
    this.faults = [];
  }

  setUser(mode: UserMode): void {
    this.user = mode;
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

  close(): void {
    for (const s of this.stops.splice(0)) s();
    for (const w of [...this.watches]) w.close();
    this.wss.close();
  }

  // ---------------------------------------------------------------- HTTP

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.dispatch(req, res, undefined).catch((e: unknown) => {
      this.fail(res, e);
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

  private send(
    res: ServerResponse,
    code: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(code, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private',
      ...headers,
    });
    res.end(text);
  }

  private fail(res: ServerResponse, e: unknown): void {
    const st: StatusBody =
      e instanceof ApiError
        ? e.status
        : statusBody(500, 'InternalError', `Internal error occurred: ${String(e)}`);
    this.send(res, st.code, st);
  }

  private matchFaults(method: string, urlPath: string): ActiveFaults {
    const out: ActiveFaults = { latencyMs: 0, gone: false };
    for (const f of this.faults) {
      if (f.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (!f.re.test(urlPath)) continue;
      f.left--;
      if (f.status !== undefined && out.status === undefined) out.status = f.status;
      out.latencyMs += f.latencyMs ?? 0;
      if (f.dropWatchAfterMs !== undefined) out.dropWatchAfterMs = f.dropWatchAfterMs;
      if (f.gone) out.gone = true;
    }
    return out;
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
      if (res) await this.admin(req, res, method, urlPath);
      else ws?.close(1008, 'not a watch');
      return;
    }
    let legacyWatch = false;
    let routePath = urlPath;
    const lw = /^\/(api\/v1|apis\/[^/]+\/[^/]+)\/watch(\/.*)$/.exec(urlPath);
    if (lw) {
      legacyWatch = true;
      routePath = `/${lw[1]}${lw[2]}`;
    }
    const watch = ws !== undefined || legacyWatch || (method === 'GET' && isWatchQuery(q));
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
    const faults = this.matchFaults(method, urlPath);
    if (faults.latencyMs > 0) {
      await new Promise((r) => setTimeout(r, faults.latencyMs));
    }
    // The client may have gone away during an injected latency.
    if ((res && req.socket.destroyed) || (ws && ws.readyState !== ws.OPEN)) return;
    if (faults.status !== undefined) {
      const reasons: Record<number, string> = {
        400: 'BadRequest',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'NotFound',
        409: 'Conflict',
        410: 'Expired',
        422: 'Invalid',
        429: 'TooManyRequests',
        500: 'InternalError',
        503: 'ServiceUnavailable',
        504: 'Timeout',
      };
      const st = statusBody(
        faults.status,
        reasons[faults.status] ?? 'Unknown',
        `simulated fault: ${String(faults.status)} for ${method} ${urlPath}`,
      );
      if (res) this.send(res, faults.status, st);
      else if (ws) {
        entry.status = faults.status;
        ws.send(JSON.stringify({ type: 'ERROR', object: st }));
        ws.close();
      }
      return;
    }

    if (watch) {
      const route = this.route(routePath);
      if (!route || (route.name !== undefined && route.subresource !== undefined)) {
        throw apiError(404, 'NotFound', 'the server could not find the requested resource');
      }
      this.authorize('watch', route);
      const sink = res ? this.httpSink(res, entry) : ws ? this.wsSink(ws) : undefined;
      if (!sink) return;
      if (route.name !== undefined)
        q.set(
          'fieldSelector',
          [q.get('fieldSelector'), `metadata.name=${route.name}`].filter(Boolean).join(','),
        );
      if (wantsTable(req)) {
        const send = sink.send.bind(sink);
        sink.send = (ev) => {
          const { type, object } = ev as { type: string; object: KObject };
          send(
            type === 'ERROR'
              ? ev
              : {
                  type,
                  object: renderTable(
                    route.def,
                    [object],
                    object.metadata.resourceVersion ?? '',
                    undefined,
                  ),
                },
          );
        };
      }
      this.startWatch(route, q, sink, faults);
      return;
    }
    if (!res) return;
    if (method === 'GET' && this.discovery(urlPath, res)) return;
    const route = this.route(routePath);
    if (!route) throw apiError(404, 'NotFound', 'the server could not find the requested resource');
    await this.resource(req, res, method, route, q);
  }

  // ---------------------------------------------------------------- discovery

  private discovery(p: string, res: ServerResponse): boolean {
    const reg = this.registry;
    let body: object | undefined;
    if (p === '/version') {
      body = {
        major: '1',
        minor: '31',
        gitVersion: 'v1.31.6',
        gitCommit: '0000000000000000000000000000000000000000',
        gitTreeState: 'clean',
        buildDate: '2025-01-20T00:00:00Z',
        goVersion: 'go1.22.9',
        compiler: 'gc',
        platform: 'linux/amd64',
      };
    } else if (p === '/api') body = reg.apiVersions();
    else if (p === '/apis') body = reg.apiGroupList();
    else if (p === '/healthz' || p === '/readyz' || p === '/livez') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return true;
    } else if (p === '/openapi/v2') body = openApiV2Doc(reg);
    else if (p === '/openapi/v3') body = openApiV3Index(reg);
    else if (p.startsWith('/openapi/v3/')) {
      body = openApiV3Doc(reg, p.slice('/openapi/v3/'.length));
      if (!body)
        throw apiError(404, 'NotFound', 'the server could not find the requested resource');
    } else {
      const core = /^\/api\/([^/]+)$/.exec(p);
      const grp = /^\/apis\/([^/]+)$/.exec(p);
      const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(p);
      if (core) body = reg.resourceList('', core[1]);
      else if (grp) body = reg.apiGroup(grp[1]);
      else if (gv) body = reg.resourceList(gv[1], gv[2]);
      else return false;
      if (!body)
        throw apiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    this.send(res, 200, body);
    return true;
  }

  private route(p: string): Route | undefined {
    const seg = p.split('/').filter((s) => s !== '');
    let group: string;
    let version: string;
    let rest: string[];
    if (seg[0] === 'api' && seg.length >= 3) {
      group = '';
      version = seg[1];
      rest = seg.slice(2);
    } else if (seg[0] === 'apis' && seg.length >= 4) {
      group = seg[1];
      version = seg[2];
      rest = seg.slice(3);
    } else {
      return undefined;
    }
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      const def = this.registry.byPlural(group, version, rest[2]);
      if (def?.namespaced && rest.length <= 5) {
        return { def, namespace: rest[1], name: rest[3], subresource: rest[4] };
      }
    }
    const def = this.registry.byPlural(group, version, rest[0]);
    if (!def || rest.length > 3) return undefined;
    return { def, name: rest[1], subresource: rest[2] };
  }

  // ---------------------------------------------------------------- auth

  private forbidden(verb: string, route: Route): ApiError {
    const { def, name, namespace, subresource } = route;
    const res = subresource ? `${def.plural}/${subresource}` : def.plural;
    const subject = name ? `${qualifiedName(def)} "${name}"` : qualifiedName(def);
    const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
    return apiError(
      403,
      'Forbidden',
      `${subject} is forbidden: User "${USER_NAMES[this.user]}" cannot ${verb} resource "${res}" in API group "${def.group}" ${scope}`,
      {
        ...(name ? { name } : {}),
        ...(def.group ? { group: def.group } : {}),
        kind: def.plural,
      },
    );
  }

  allowed(verb: string): boolean {
    switch (this.user) {
      case 'admin':
        return true;
      case 'read-only':
        return READ_VERBS.includes(verb);
      case 'no-access':
        return false;
    }
  }

  private authorize(verb: string, route: Route): void {
    if (route.def.kind === 'SelfSubjectAccessReview') return;
    if (!this.allowed(verb)) throw this.forbidden(verb, route);
  }

  // ---------------------------------------------------------------- admin

  private async admin(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    p: string,
  ): Promise<void> {
    const body = method === 'POST' ? await readJson(req) : undefined;
    if (p === '/sim/faults' && method === 'POST') {
      if (!Array.isArray(body) || !body.every((r) => isRecord(r) && typeof r.path === 'string')) {
        throw apiError(
          400,
          'BadRequest',
          'expected a JSON array of fault rules with a "path" regex',
        );
      }
      this.setFaults(body as FaultRule[]);
      this.send(res, 200, { faults: body });
    } else if (p === '/sim/faults' && method === 'DELETE') {
      this.clearFaults();
      this.send(res, 200, { faults: [] });
    } else if (p === '/sim/faults' && method === 'GET') {
      this.send(res, 200, {
        faults: this.faults.map(({ left, ...r }) => ({
          ...r,
          remaining: left,
        })),
      });
    } else if (p === '/sim/requests' && method === 'GET') {
      this.send(res, 200, this.requestLog());
    } else if (p === '/sim/requests' && method === 'DELETE') {
      this.clearRequestLog();
      this.send(res, 200, []);
    } else if (p === '/sim/user' && method === 'POST') {
      const mode = isRecord(body) ? body.mode : undefined;
      if (mode !== 'admin' && mode !== 'read-only' && mode !== 'no-access') {
        throw apiError(400, 'BadRequest', 'mode must be admin, read-only or no-access');
      }
      this.setUser(mode);
      this.send(res, 200, { mode });
    } else if (p === '/sim/user' && method === 'GET') {
      this.send(res, 200, { mode: this.user });
    } else if (p === '/sim/apply' && method === 'POST') {
      try {
        this.send(res, 200, this.apply(body as object));
      } catch (e) {
        if (e instanceof ApiError) throw e;
        throw apiError(400, 'BadRequest', e instanceof Error ? e.message : String(e));
      }
    } else if (/^\/sim\/nodes\/[^/]+\/status$/.test(p) && method === 'POST') {
      const name = decodeURIComponent(p.split('/')[3]);
      const def = this.defFor('v1', 'Node');
      const node = def ? this.store.get(def, undefined, name) : undefined;
      if (!def || !node)
        throw apiError(404, 'NotFound', `nodes "${name}" not found`, {
          name,
          kind: 'nodes',
        });
      if (!isRecord(body))
        throw apiError(400, 'BadRequest', 'expected a partial NodeStatus object');
      node.status = mergeStatus(node.status, body);
      delete node.metadata.resourceVersion;
      this.send(res, 200, this.store.update(def, node, 'all'));
    } else {
      throw apiError(404, 'NotFound', `unknown simulator endpoint ${method} ${p}`);
    }
  }

  // ---------------------------------------------------------------- resources

  private async resource(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    route: Route,
    q: URLSearchParams,
  ): Promise<void> {
    const { def, name, subresource } = route;
    if (subresource !== undefined && (subresource !== 'status' || !def.hasStatus)) {
      throw apiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    if (def.kind === 'SelfSubjectAccessReview') {
      if (method !== 'POST' || name !== undefined) {
        throw apiError(
          405,
          'MethodNotAllowed',
          `the server does not allow this method on the requested resource`,
        );
      }
      const body = await readJson(req);
      this.send(res, 201, this.review(body));
      return;
    }
    if (route.namespace !== undefined && def.kind !== 'Namespace')
      this.checkNamespace(route.namespace, method !== 'GET' && method !== 'DELETE');
    const dryRun = q.getAll('dryRun').includes('All');
    switch (method) {
      case 'GET':
        if (name === undefined) {
          this.authorize('list', route);
          this.sendList(req, res, route, q);
        } else {
          this.authorize('get', route);
          const obj = this.store.get(def, route.namespace, name);
          if (!obj) throw notFoundErr(def, name);
          this.sendObject(req, res, 200, obj);
        }
        return;
      case 'POST': {
        if (name !== undefined)
          throw apiError(
            405,
            'MethodNotAllowed',
            'the server does not allow this method on the requested resource',
          );
        this.authorize('create', route);
        const body = await readJson(req);
        const obj = this.checkBody(def, body, route.namespace);
        if (!obj.metadata.name && obj.metadata.generateName) {
          obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
        }
        if (!obj.metadata.name) {
          throw this.invalid(def, '', [
            {
              reason: 'FieldValueRequired',
              field: 'metadata.name',
              message: 'Required value: name or generateName is required',
            },
          ]);
        }
        const warnings = this.validate(def, obj, q);
        for (const a of this.admission) a('CREATE', def, obj);
        const created = this.store.create(def, obj, dryRun);
        this.sendObject(req, res, 201, created, warnings);
        return;
      }
      case 'PUT': {
        if (name === undefined)
          throw apiError(
            405,
            'MethodNotAllowed',
            'the server does not allow this method on the requested resource',
          );
        this.authorize('update', route);
        const body = await readJson(req);
        const obj = this.checkBody(def, body, route.namespace);
        if (obj.metadata.name !== name) {
          throw apiError(
            400,
            'BadRequest',
            `the name of the object (${String(obj.metadata.name)}) does not match the name on the URL (${name})`,
          );
        }
        if (!this.store.get(def, route.namespace, name)) throw notFoundErr(def, name);
        if (def.validator && !obj.metadata.resourceVersion) {
          throw this.invalid(def, name, [
            {
              reason: 'FieldValueInvalid',
              field: 'metadata.resourceVersion',
              message: 'Invalid value: 0x0: must be specified for an update',
            },
          ]);
        }
        const warnings = this.validate(def, obj, q);
        for (const a of this.admission) a('UPDATE', def, obj);
        const updated = this.store.update(
          def,
          obj,
          subresource === 'status' ? 'status' : 'main',
          dryRun,
        );
        this.sendObject(req, res, 200, updated, warnings);
        return;
      }
      case 'PATCH': {
        if (name === undefined)
          throw apiError(
            405,
            'MethodNotAllowed',
            'the server does not allow this method on the requested resource',
          );
        this.authorize('patch', route);
        const current = this.store.get(def, route.namespace, name);
        if (!current) throw notFoundErr(def, name);
        const ctype = (req.headers['content-type'] ?? '').split(';')[0].trim();
        const patch = await readJson(req);
        let patched: unknown;
        try {
          switch (ctype) {
            case 'application/json-patch+json':
              patched = jsonPatch(current, patch);
              break;
            case 'application/merge-patch+json':
            case 'application/strategic-merge-patch+json':
              patched = mergePatch(current, patch);
              break;
            default:
              throw apiError(
                415,
                'UnsupportedMediaType',
                `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
              );
          }
        } catch (e) {
          if (e instanceof PatchError) {
            throw apiError(e.code, e.code === 400 ? 'BadRequest' : 'Invalid', e.message);
          }
          throw e;
        }
        if (!isRecord(patched) || !isRecord(patched.metadata)) {
          throw apiError(422, 'Invalid', 'the patched object is not a Kubernetes object');
        }
        const obj = patched as KObject;
        obj.metadata.name = name;
        if (def.namespaced) obj.metadata.namespace = route.namespace;
        obj.metadata.resourceVersion ??= current.metadata.resourceVersion;
        const warnings = this.validate(def, obj, q);
        for (const a of this.admission) a('UPDATE', def, obj);
        const updated = this.store.update(
          def,
          obj,
          subresource === 'status' ? 'status' : 'main',
          dryRun,
        );
        this.sendObject(req, res, 200, updated, warnings);
        return;
      }
      case 'DELETE': {
        if (name === undefined) {
          this.authorize('deletecollection', route);
          const sel = parseSelectors(q);
          const items = this.store
            .list(def, route.namespace)
            .filter(
              (o) =>
                matchesSelector(sel.labels, o.metadata.labels) &&
                matchesFieldSelector(sel.fields, o.metadata),
            );
          const out = items.map(
            (o) =>
              this.store.delete(def, o.metadata.namespace, o.metadata.name ?? '', dryRun).object,
          );
          this.send(res, 200, {
            kind: def.listKind,
            apiVersion: apiVersionOf(def),
            metadata: { resourceVersion: String(this.store.currentRV()) },
            items: out,
          });
          return;
        }
        this.authorize('delete', route);
        const { object, gone } = this.store.delete(def, route.namespace, name, dryRun);
        if (gone && def.validator) {
          this.send(res, 200, {
            ...statusBody(200, '', ''),
            status: 'Success',
            details: {
              name,
              group: def.group,
              kind: def.plural,
              uid: object.metadata.uid,
            },
          });
        } else {
          this.sendObject(req, res, 200, object);
        }
        return;
      }
      default:
        throw apiError(
          405,
          'MethodNotAllowed',
          'the server does not allow this method on the requested resource',
        );
    }
  }

  private checkNamespace(ns: string, mutation: boolean): void {
    const nsDef = this.defFor('v1', 'Namespace');
    if (mutation && nsDef && !this.store.get(nsDef, undefined, ns)) {
      throw apiError(404, 'NotFound', `namespaces "${ns}" not found`, {
        name: ns,
        kind: 'namespaces',
      });
    }
  }

  private checkBody(def: ResourceDef, body: unknown, ns: string | undefined): KObject {
    if (!isRecord(body))
      throw apiError(400, 'BadRequest', 'the body of the request must be a JSON object');
    if (body.kind !== undefined && body.kind !== def.kind) {
      throw apiError(
        400,
        'BadRequest',
        `the API version in the data (${JSON.stringify(body.apiVersion)}) does not match the expected API version (${apiVersionOf(def)})`,
      );
    }
    if (body.apiVersion !== undefined && body.apiVersion !== apiVersionOf(def)) {
      throw apiError(
        400,
        'BadRequest',
        `the API version in the data (${JSON.stringify(body.apiVersion)}) does not match the expected API version (${apiVersionOf(def)})`,
      );
    }
    const metadata = isRecord(body.metadata) ? body.metadata : {};
    const obj = {
      ...body,
      apiVersion: apiVersionOf(def),
      kind: def.kind,
      metadata: { ...metadata },
    } as KObject;
    if (def.namespaced) {
      if (ns === undefined)
        throw apiError(400, 'BadRequest', 'the namespace of the object must be given in the URL');
      if (obj.metadata.namespace !== undefined && obj.metadata.namespace !== ns) {
        throw apiError(
          400,
          'BadRequest',
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      obj.metadata.namespace = ns;
    }
    return obj;
  }

  private invalid(def: ResourceDef, name: string, causes: StatusCause[]): ApiError {
    const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    const joined = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
    const kind = def.group ? `${def.kind}.${def.group}` : def.kind;
    return apiError(422, 'Invalid', `${kind} "${name}" is invalid: ${joined}`, {
      name,
      ...(def.group ? { group: def.group } : {}),
      kind: def.kind,
      causes,
    });
  }

  /** Validates metadata and the CR schema (defaults + pruning in place). Returns warnings. */
  private validate(def: ResourceDef, obj: KObject, q: URLSearchParams): string[] {
    const causes = validateMeta(obj.metadata);
    const warnings: string[] = [];
    if (def.validator) {
      const r = def.validator.check(obj);
      causes.push(...r.causes);
      if (r.pruned.length > 0) {
        const fv = q.get('fieldValidation') ?? 'Warn';
        if (fv === 'Strict') {
          throw apiError(
            400,
            'BadRequest',
            `strict decoding error: ${r.pruned.map((f) => `unknown field "${f}"`).join(', ')}`,
          );
        }
        if (fv !== 'Ignore') warnings.push(...r.pruned.map((f) => `unknown field "${f}"`));
      }
    }
    if (causes.length > 0) throw this.invalid(def, obj.metadata.name ?? '', causes);
    return warnings;
  }

  private review(body: unknown): object {
    const spec = isRecord(body) && isRecord(body.spec) ? body.spec : {};
    const ra = isRecord(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
    const verb = ra && typeof ra.verb === 'string' ? ra.verb : 'get';
    const allowed = ra ? this.allowed(verb) : this.user !== 'no-access';
    return {
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec,
      status: allowed
        ? {
            allowed: true,
            reason: `RBAC: allowed by ClusterRoleBinding for User "${USER_NAMES[this.user]}"`,
          }
        : { allowed: false },
    };
  }

  private sendObject(
    req: IncomingMessage,
    res: ServerResponse,
    code: number,
    obj: KObject,
    warnings: string[] = [],
  ): void {
    const headers: Record<string, string> = {};
    if (warnings.length > 0)
      headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
    if (wantsTable(req)) {
      const def = this.defFor(obj.apiVersion, obj.kind);
      if (def) {
        this.send(
          res,
          code,
          renderTable(def, [obj], String(this.store.currentRV()), undefined),
          headers,
        );
        return;
      }
    }
    this.send(res, code, obj, headers);
  }

  private sendList(
    req: IncomingMessage,
    res: ServerResponse,
    route: Route,
    q: URLSearchParams,
  ): void {
    const { def } = route;
    const sel = parseSelectors(q);
    let items = this.store
      .listShared(def, route.namespace)
      .filter(
        (o) =>
          matchesSelector(sel.labels, o.metadata.labels) &&
          matchesFieldSelector(sel.fields, o.metadata),
      );
    const rv = String(this.store.currentRV());
    const cont = q.get('continue');
    if (cont) {
      let start: string;
      try {
        const parsed: unknown = JSON.parse(Buffer.from(cont, 'base64').toString('utf8'));
        start = isRecord(parsed) && typeof parsed.start === 'string' ? parsed.start : '';
      } catch {
        throw apiError(400, 'BadRequest', 'continue key is not valid');
      }
      items = items.filter((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}` > start);
    }
    const limit = Number(q.get('limit') ?? '0');
    let next: string | undefined;
    let remaining: number | undefined;
    if (limit > 0 && items.length > limit) {
      remaining = items.length - limit;
      items = items.slice(0, limit);
      const last = items[items.length - 1];
      next = Buffer.from(
        JSON.stringify({
          start: `${last.metadata.namespace ?? ''}/${last.metadata.name ?? ''}`,
          rv,
        }),
      ).toString('base64');
    }
    const metadata = {
      resourceVersion: rv,
      ...(next ? { continue: next, remainingItemCount: remaining } : {}),
    };
    if (wantsTable(req)) {
      this.send(res, 200, renderTable(def, items, rv, next));
      return;
    }
    this.send(res, 200, {
      kind: def.listKind,
      apiVersion: apiVersionOf(def),
      metadata,
      items,
    });
  }

  // ---------------------------------------------------------------- watch

  private httpSink(res: ServerResponse, entry: RequestLogEntry): WatchSink {
    entry.status = 200;
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private',
      'Transfer-Encoding': 'chunked',
    });
    res.flushHeaders();
    const sink: WatchSink = {
      send: (ev) => {
        if (!res.writableEnded) res.write(`${JSON.stringify(ev)}\n`);
      },
      close: () => {
        this.watches.delete(sink);
        if (!res.writableEnded) res.end();
      },
    };
    res.on('close', () => {
      sink.close();
    });
    this.watches.add(sink);
    return sink;
  }

  private wsSink(ws: WebSocket): WatchSink {
    const encode = (s: string): string | Buffer => {
      if (ws.protocol === 'base64.binary.k8s.io') return Buffer.from(s).toString('base64');
      if (ws.protocol === 'binary.k8s.io') return Buffer.from(s);
      return s;
    };
    const sink: WatchSink = {
      send: (ev) => {
        if (ws.readyState === ws.OPEN) ws.send(encode(JSON.stringify(ev)));
      },
      close: () => {
        this.watches.delete(sink);
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(1000);
      },
    };
    ws.on('close', () => {
      sink.close();
    });
    this.watches.add(sink);
    return sink;
  }

  private startWatch(
    route: Route,
    q: URLSearchParams,
    sink: WatchSink,
    faults: ActiveFaults,
  ): void {
    const { def } = route;
    const sel = parseSelectors(q);
    const expired = (): void => {
      sink.send({
        type: 'ERROR',
        object: statusBody(
          410,
          'Expired',
          `too old resource version: ${q.get('resourceVersion') ?? ''} (${String(this.store.compactedRV)})`,
        ),
      });
      sink.close();
    };
    if (faults.gone) {
      expired();
      return;
    }
    const visible = (o: KObject | undefined): boolean =>
      o !== undefined &&
      (route.namespace === undefined ||
        !def.namespaced ||
        o.metadata.namespace === route.namespace) &&
      matchesSelector(sel.labels, o.metadata.labels) &&
      matchesFieldSelector(sel.fields, o.metadata);
    const translate = (e: StoreEvent): object | undefined => {
      const now = visible(e.object);
      switch (e.type) {
        case 'ADDED':
          return now ? { type: 'ADDED', object: e.object } : undefined;
        case 'DELETED':
          return now ? { type: 'DELETED', object: e.object } : undefined;
        case 'MODIFIED': {
          const before = visible(e.old);
          if (now && before) return { type: 'MODIFIED', object: e.object };
          if (now) return { type: 'ADDED', object: e.object };
          if (before) return { type: 'DELETED', object: e.object };
          return undefined;
        }
      }
    };
    const rid = idOf(def);
    const rvParam = q.get('resourceVersion');
    if (!rvParam || rvParam === '0') {
      for (const o of this.store.listShared(def, route.namespace)) {
        if (visible(o)) sink.send({ type: 'ADDED', object: o });
      }
    } else {
      const rv = Number(rvParam);
      if (!Number.isInteger(rv) || rv < 0) {
        sink.send({
          type: 'ERROR',
          object: statusBody(400, 'BadRequest', `invalid resource version: ${rvParam}`),
        });
        sink.close();
        return;
      }
      const past = this.store.eventsSince(rid, rv);
      if (!past) {
        expired();
        return;
      }
      for (const e of past) {
        const ev = translate(e);
        if (ev) sink.send(ev);
      }
    }
    const unsubscribe = this.store.subscribe((e) => {
      if (e.rid !== rid) return;
      const ev = translate(e);
      if (ev) sink.send(ev);
    });
    const timers: NodeJS.Timeout[] = [];
    const origClose = sink.close.bind(sink);
    sink.close = () => {
      unsubscribe();
      for (const t of timers) clearTimeout(t);
      origClose();
    };
    const timeout = Number(q.get('timeoutSeconds') ?? '0');
    if (timeout > 0)
      timers.push(
        setTimeout(() => {
          sink.close();
        }, timeout * 1000),
      );
    if (faults.dropWatchAfterMs !== undefined) {
      timers.push(
        setTimeout(() => {
          sink.close();
        }, faults.dropWatchAfterMs),
      );
    }
  }
}

const randomSuffix = (): string => {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
};

const notFoundErr = (def: ResourceDef, name: string): ApiError =>
  apiError(404, 'NotFound', `${qualifiedName(def)} "${name}" not found`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.plural,
  });

const wantsTable = (req: IncomingMessage): boolean =>
  (req.headers.accept ?? '').includes('as=Table');

const parseSelectors = (q: URLSearchParams): { labels: Selector; fields: FieldSelector } => {
  try {
    const fields = parseFieldSelector(q.get('fieldSelector'));
    checkFieldSelector(fields);
    return { labels: parseLabelSelector(q.get('labelSelector')), fields };
  } catch (e) {
    if (e instanceof SelectorError) throw apiError(400, 'BadRequest', e.message);
    throw e;
  }
};

const mergeStatus = (status: unknown, patch: Record<string, unknown>): unknown => {
  const cur = isRecord(status) ? clone(status) : {};
  if (Array.isArray(patch.conditions) && Array.isArray(cur.conditions)) {
    const conds = cur.conditions as unknown[];
    for (const c of patch.conditions as unknown[]) {
      if (!isRecord(c)) continue;
      const i = conds.findIndex((x) => isRecord(x) && x.type === c.type);
      const merged = {
        ...(i >= 0 && isRecord(conds[i]) ? conds[i] : {}),
        ...c,
        lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      };
      if (i >= 0) conds[i] = merged;
      else conds.push(merged);
    }
    const rest = { ...patch };
    Reflect.deleteProperty(rest, 'conditions');
    return { ...(mergePatch(cur, rest) as object), conditions: conds };
  }
  return mergePatch(cur, patch);
};

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw apiError(
      400,
      'BadRequest',
      `the body of the request could not be decoded as JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
};
