/** Object and list responses, as JSON or as a server-side Table (`Accept: ...;as=Table`). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiVersionOf } from '../resources';
import { renderTable } from '../table';
import type { KObject } from '../types';
import { apiError, isRecord } from '../types';
import type { ApiContext } from './context';
import { send, wantsTable } from './http';
import type { Route } from './routing';
import { selected } from './routing';

export const sendObject = (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  code: number,
  obj: KObject,
  warnings: string[] = [],
): void => {
  const headers: Record<string, string> = {};
  if (warnings.length > 0)
    headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
  if (wantsTable(req)) {
    const def = ctx.registry.byKind(obj.apiVersion, obj.kind);
    if (def) {
      send(res, code, renderTable(def, [obj], String(ctx.store.currentRV()), undefined), headers);
      return;
    }
  }
  send(res, code, obj, headers);
};

/** A list with selectors and `limit`/`continue` paging. */
export const sendList = (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  q: URLSearchParams,
): void => {
  const { def } = route;
  let items = selected(ctx.store.listShared(def, route.namespace), q, def.kind);
  const rv = String(ctx.store.currentRV());
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
    send(res, 200, renderTable(def, items, rv, next));
    return;
  }
  send(res, 200, {
    kind: def.listKind,
    apiVersion: apiVersionOf(def),
    metadata,
    items,
  });
};
