/**
 * The active namespace in console URLs (pure), as the console reads and rewrites them:
 * `getNamespace` (openshift/console release-4.22, frontend/public/components/utils/link.tsx) and
 * `formatNamespaceRoute` (frontend/public/actions/ui.ts). `/<prefix>/ns/<ns>/...` names a
 * namespace, `/<prefix>/all-namespaces/...` all of them; other paths carry none.
 */
export const ALL_NAMESPACES_KEY = '#ALL_NS#';

const LEGAL_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?/;

export const namespaceOfPath = (path: string): string | undefined => {
  const split = path.split('/').filter((x) => x);
  if (split[1] === 'all-namespaces') return ALL_NAMESPACES_KEY;
  let ns: string | undefined;
  if (split[1] === 'cluster' && ['namespaces', 'projects'].includes(split[2] ?? '') && split[3]) {
    ns = split[3];
  } else if (split[1] === 'ns' && split[2]) {
    ns = split[2];
  }
  return ns ? LEGAL_NAME.exec(ns)?.[0] : undefined;
};

/** The path for another namespace: a namespaced path keeps its kind and drops the object name. */
export const pathForNamespace = (namespace: string, path: string): string => {
  const parts = path.split('/').filter((p) => p);
  const prefix = parts.shift();
  let previous: string | undefined;
  if (parts[0] === 'all-namespaces') {
    parts.shift();
    previous = ALL_NAMESPACES_KEY;
  } else if (parts[0] === 'ns') {
    parts.shift();
    previous = parts.shift();
  }
  if (previous === undefined || prefix === undefined) return path;
  const rest =
    previous !== namespace && (parts[1] !== 'new' || namespace !== ALL_NAMESPACES_KEY)
      ? parts.slice(0, 1)
      : parts;
  const scope = namespace === ALL_NAMESPACES_KEY ? 'all-namespaces' : `ns/${namespace}`;
  return `/${[prefix, scope, ...rest].join('/')}`;
};
