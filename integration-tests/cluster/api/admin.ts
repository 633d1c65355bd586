/** The simulator's own endpoints under /sim: faults, request log, user, apply, node status. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mergePatch } from '../patch';
import type { UserMode } from '../scenario';
import type { Store } from '../store';
import type { KObject } from '../types';
import { ApiError, apiError, clone, isRecord } from '../types';
import type { ResourceDef } from '../resources';
import type { FaultRule, Faults } from './faults';
import { readJson, send } from './http';

/** What the admin endpoints act on. */
export interface AdminTarget {
  readonly store: Store;
  readonly faults: Faults;
  readonly user: UserMode;
  setUser(mode: UserMode): void;
  requestLog(): object[];
  clearRequestLog(): void;
  apply(obj: object): object;
  simulatedTime(): number;
  readonly timeScale: number;
  defFor(apiVersion: string, kind: string): ResourceDef | undefined;
}

/** Merges a partial NodeStatus: conditions by type (with a fresh lastTransitionTime). */
export const mergeStatus = (status: unknown, patch: Record<string, unknown>): unknown => {
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

export const serveAdmin = async (
  t: AdminTarget,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  p: string,
): Promise<void> => {
  const body = method === 'POST' ? await readJson(req) : undefined;
  if (p === '/sim/faults' && method === 'POST') {
    if (!Array.isArray(body) || !body.every((r) => isRecord(r) && typeof r.path === 'string')) {
      throw apiError(400, 'BadRequest', 'expected a JSON array of fault rules with a "path" regex');
    }
    t.faults.set(body as FaultRule[]);
    send(res, 200, { faults: body });
  } else if (p === '/sim/faults' && method === 'DELETE') {
    t.faults.clear();
    send(res, 200, { faults: [] });
  } else if (p === '/sim/faults' && method === 'GET') {
    send(res, 200, { faults: t.faults.describe() });
  } else if (p === '/sim/requests' && method === 'GET') {
    send(res, 200, t.requestLog());
  } else if (p === '/sim/requests' && method === 'DELETE') {
    t.clearRequestLog();
    send(res, 200, []);
  } else if (p === '/sim/user' && method === 'POST') {
    const mode = isRecord(body) ? body.mode : undefined;
    if (mode !== 'admin' && mode !== 'read-only' && mode !== 'no-access') {
      throw apiError(400, 'BadRequest', 'mode must be admin, read-only or no-access');
    }
    t.setUser(mode);
    send(res, 200, { mode });
  } else if (p === '/sim/user' && method === 'GET') {
    send(res, 200, { mode: t.user });
  } else if (p === '/sim/clock' && method === 'GET') {
    send(res, 200, { simulatedMs: Math.round(t.simulatedTime()), timeScale: t.timeScale });
  } else if (p === '/sim/apply' && method === 'POST') {
    try {
      send(res, 200, t.apply(body as object));
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw apiError(400, 'BadRequest', e instanceof Error ? e.message : String(e));
    }
  } else if (/^\/sim\/nodes\/[^/]+\/status$/.test(p) && method === 'POST') {
    const name = decodeURIComponent(p.split('/')[3]);
    const def = t.defFor('v1', 'Node');
    const node: KObject | undefined = def ? t.store.get(def, undefined, name) : undefined;
    if (!def || !node)
      throw apiError(404, 'NotFound', `nodes "${name}" not found`, {
        name,
        kind: 'nodes',
      });
    if (!isRecord(body)) throw apiError(400, 'BadRequest', 'expected a partial NodeStatus object');
    node.status = mergeStatus(node.status, body);
    delete node.metadata.resourceVersion;
    send(res, 200, t.store.update(def, node, 'all'));
  } else {
    throw apiError(404, 'NotFound', `unknown simulator endpoint ${method} ${p}`);
  }
};
