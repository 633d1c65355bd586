/** The simulator's request log, summed up per resource and verb. Pure. */
import type { RequestLogEntry } from '../cluster';

type Target = { resource: string; name?: string };

/**
 * The resource (and object name) of an API path: /api/v1/nodes, /api/v1/nodes/a,
 * /apis/g/v/namespaces/ns/kind/name... Undefined for discovery paths (/api, /apis/g/v).
 */
export const targetOf = (apiPath: string): Target | undefined => {
  const parts = apiPath.split('/').filter(Boolean);
  let rest: string[];
  if (parts[0] === 'api') rest = parts.slice(2);
  else if (parts[0] === 'apis') rest = parts.slice(3);
  else return undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) rest = rest.slice(2);
  if (rest.length === 0) return undefined;
  const [resource, name] = rest;
  return rest.length === 1 ? { resource } : { resource, name };
};

/**
 * "list 1, watch 1" per resource; gets and name-selected lists/watches are marked. A request
 * with `continue=` is a further page of a list (the console lists in pages of 250), counted as
 * "next page", not as another list.
 */
export const requestsByKind = (log: readonly RequestLogEntry[]): Record<string, string> => {
  const counts = new Map<string, Map<string, number>>();
  for (const e of log) {
    const target = e.method === 'GET' ? targetOf(e.path) : undefined;
    if (!target) continue;
    let verb: string;
    if (target.name !== undefined) verb = e.watch ? 'watch (one)' : 'get';
    else if (e.query.includes('fieldSelector=metadata.name')) {
      verb = e.watch ? 'watch (named)' : 'list (named)';
    } else if (e.watch) verb = 'watch';
    else verb = /(?:^|&)continue=/.test(e.query) ? 'next page' : 'list';
    const byVerb = counts.get(target.resource) ?? new Map<string, number>();
    byVerb.set(verb, (byVerb.get(verb) ?? 0) + 1);
    counts.set(target.resource, byVerb);
  }
  const out: Record<string, string> = {};
  for (const [kind, byVerb] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    out[kind] = [...byVerb]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([verb, n]) => `${verb} ${String(n)}`)
      .join(', ');
  }
  return out;
};

/** The summary without the "next page" counts: what must not grow with the number of objects. */
export const withoutPages = (byKind: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(byKind).map(([kind, text]) => [
      kind,
      text
        .split(', ')
        .filter((part) => !part.startsWith('next page '))
        .join(', '),
    ]),
  );
