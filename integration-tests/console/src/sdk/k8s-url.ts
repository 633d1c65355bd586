/**
 * Pure URL building for the console host's k8s layer: from a model and a WatchK8sResource (or
 * CRUD options) to a path under the console's API proxy `/api/kubernetes`.
 */
import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';

export const API_PREFIX = '/api/kubernetes';

/** Kubernetes label selector string from a Selector (matchLabels + matchExpressions). */
export const selectorToString = (selector: Selector | undefined): string => {
  if (!selector) return '';
  const parts: string[] = [];
  Object.entries(selector.matchLabels ?? {}).forEach(([k, v]) => parts.push(`${k}=${v}`));
  (selector.matchExpressions ?? []).forEach(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        parts.push(`${key} in (${values.join(',')})`);
        break;
      case 'NotIn':
        parts.push(`${key} notin (${values.join(',')})`);
        break;
      case 'Exists':
        parts.push(key);
        break;
      case 'DoesNotExist':
        parts.push(`!${key}`);
        break;
      case 'Equals':
        parts.push(`${key}=${values[0] ?? ''}`);
        break;
      case 'NotEquals':
        parts.push(`${key}!=${values[0] ?? ''}`);
        break;
      case 'GreaterThan':
        parts.push(`${key}>${values[0] ?? ''}`);
        break;
      case 'LessThan':
        parts.push(`${key}<${values[0] ?? ''}`);
        break;
    }
  });
  return parts.join(',');
};

export type ResourcePathOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: Record<string, string | undefined>;
};

const queryString = (params: Record<string, string | undefined> | undefined): string => {
  const entries = Object.entries(params ?? {}).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries).toString()}`;
};

/** `/api/kubernetes/apis/<group>/<version>[/namespaces/<ns>]/<plural>[/<name>][/<path>][?query]` */
export const resourceURL = (model: K8sModel, opts: ResourcePathOptions = {}): string => {
  const base = model.apiGroup
    ? `${API_PREFIX}/apis/${model.apiGroup}/${model.apiVersion}`
    : `${API_PREFIX}/api/${model.apiVersion}`;
  const nsPart = model.namespaced && opts.ns ? `/namespaces/${encodeURIComponent(opts.ns)}` : '';
  const namePart = opts.name ? `/${encodeURIComponent(opts.name)}` : '';
  const subPath = opts.path ? `/${opts.path}` : '';
  return `${base}${nsPart}/${model.plural}${namePart}${subPath}${queryString(opts.queryParams)}`;
};

/** What a watch needs to know about a WatchK8sResource, independent of React. */
export type WatchQuery = {
  model: K8sModel;
  namespace?: string;
  name?: string;
  labelSelector: string;
  fieldSelector: string;
  limit?: number;
};

/** Field selector of a watch: a named watch restricts to metadata.name. */
const watchFieldSelector = (q: WatchQuery): string =>
  [q.name ? `metadata.name=${q.name}` : '', q.fieldSelector].filter(Boolean).join(',');

/**
 * One page of the list request of a list watch: the resource's own `limit` replaces the page
 * size, as in the console's `{ limit: paginationLimit, ...query }`; `continueToken` asks for the
 * next page.
 */
export const listURL = (q: WatchQuery, pageLimit: number, continueToken = ''): string =>
  resourceURL(q.model, {
    ns: q.namespace,
    queryParams: {
      labelSelector: q.labelSelector,
      fieldSelector: watchFieldSelector(q),
      limit: String(q.limit ?? pageLimit),
      continue: continueToken,
    },
  });

/** The watch request path, resuming at `resourceVersion`. */
export const watchURL = (q: WatchQuery, resourceVersion: string): string =>
  resourceURL(q.model, {
    ns: q.namespace,
    queryParams: {
      watch: 'true',
      resourceVersion,
      labelSelector: q.labelSelector,
      fieldSelector: watchFieldSelector(q),
    },
  });

/** Stable identity of a watch: two components asking for the same thing share one watch. */
export const watchKey = (q: WatchQuery): string =>
  JSON.stringify([
    q.model.apiGroup ?? '',
    q.model.apiVersion,
    q.model.plural,
    q.namespace ?? '',
    q.name ?? '',
    q.labelSelector,
    q.fieldSelector,
    q.limit ?? 0,
  ]);

/** `group~version~kind` (core group: `core~v1~Node`) as the console writes references. */
export const referenceFor = (group: string | undefined, version: string, kind: string): string =>
  `${group === undefined || group === '' ? 'core' : group}~${version}~${kind}`;
