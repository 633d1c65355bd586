/** URL → resource routing, selectors from the query, and the API server's NotFound for objects. */
import type { Registry, ResourceDef } from '../resources';
import { qualifiedName } from '../resources';
import type { FieldSelector, Selector } from '../selectors';
import {
  SelectorError,
  checkFieldSelector,
  matchesFieldSelector,
  matchesSelector,
  parseFieldSelector,
  parseLabelSelector,
} from '../selectors';
import type { ApiError, KObject } from '../types';
import { apiError } from '../types';

export type Route = {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
};

/** Resolves `/api/v1/...` and `/apis/<g>/<v>/...` paths (namespaced or not) to a kind. */
export const routeOf = (registry: Registry, p: string): Route | undefined => {
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
    const def = registry.byPlural(group, version, rest[2]);
    if (def?.namespaced && rest.length <= 5) {
      return { def, namespace: rest[1], name: rest[3], subresource: rest[4] };
    }
  }
  const def = registry.byPlural(group, version, rest[0]);
  if (!def || rest.length > 3) return undefined;
  return { def, name: rest[1], subresource: rest[2] };
};

/** The deprecated `/api/v1/watch/...` form: returns the plain resource path, or undefined. */
export const legacyWatchPath = (urlPath: string): string | undefined => {
  const lw = /^\/(api\/v1|apis\/[^/]+\/[^/]+)\/watch(\/.*)$/.exec(urlPath);
  return lw ? `/${lw[1]}${lw[2]}` : undefined;
};

export const isWatchQuery = (q: URLSearchParams): boolean =>
  q.get('watch') === 'true' || q.get('watch') === '1';

export const parseSelectors = (
  q: URLSearchParams,
  kind = '',
): { labels: Selector; fields: FieldSelector } => {
  try {
    const fields = parseFieldSelector(q.get('fieldSelector'));
    checkFieldSelector(fields, kind);
    return { labels: parseLabelSelector(q.get('labelSelector')), fields };
  } catch (e) {
    if (e instanceof SelectorError) throw apiError(400, 'BadRequest', e.message);
    throw e;
  }
};

/** The objects of `items` that the query's label and field selectors select. */
export const selected = (items: KObject[], q: URLSearchParams, kind: string): KObject[] => {
  const sel = parseSelectors(q, kind);
  return items.filter(
    (o) => matchesSelector(sel.labels, o.metadata.labels) && matchesFieldSelector(sel.fields, o),
  );
};

export const notFoundErr = (def: ResourceDef, name: string): ApiError =>
  apiError(404, 'NotFound', `${qualifiedName(def)} "${name}" not found`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.plural,
  });
