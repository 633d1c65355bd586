/** Authorization of the scenario's user: verbs allowed per mode, 403 texts, SelfSubjectAccessReview. */
import { qualifiedName } from '../resources';
import type { UserMode } from '../scenario';
import type { ApiError } from '../types';
import { apiError, isRecord } from '../types';
import type { Route } from './routing';

export const USER_NAMES: Record<UserMode, string> = {
  admin: 'kube:admin',
  'read-only': 'reader',
  'no-access': 'outsider',
};

const READ_VERBS = ['get', 'list', 'watch'];

export const allowed = (user: UserMode, verb: string): boolean => {
  switch (user) {
    case 'admin':
      return true;
    case 'read-only':
      return READ_VERBS.includes(verb);
    case 'no-access':
      return false;
  }
};

const forbidden = (userName: string, verb: string, route: Route): ApiError => {
  const { def, name, namespace, subresource } = route;
  const res = subresource ? `${def.plural}/${subresource}` : def.plural;
  const subject = name ? `${qualifiedName(def)} "${name}"` : qualifiedName(def);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return apiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${userName}" cannot ${verb} resource "${res}" in API group "${def.group}" ${scope}`,
    {
      ...(name ? { name } : {}),
      ...(def.group ? { group: def.group } : {}),
      kind: def.plural,
    },
  );
};

/** Who is asking: the scenario user (or the impersonated one) and the name API messages use. */
export type Requester = { user: UserMode; userName?: string };

const nameOf = (r: Requester): string => r.userName ?? USER_NAMES[r.user];

/** Throws the API server's 403 when the requester may not `verb` the route. */
export const authorize = (r: Requester, verb: string, route: Route): void => {
  if (route.def.kind === 'SelfSubjectAccessReview') return;
  if (!allowed(r.user, verb)) throw forbidden(nameOf(r), verb, route);
};

/** The user behind an Impersonate-User header, checked like the API server's impersonation filter. */
export const impersonate = (r: Requester, header: string | undefined): Requester => {
  if (header === undefined || header === '') return r;
  if (r.user !== 'admin') {
    throw apiError(
      403,
      'Forbidden',
      `users "${header}" is forbidden: User "${nameOf(r)}" cannot impersonate resource "users" in API group "" at the cluster scope`,
      { name: header, kind: 'users' },
    );
  }
  const known = (Object.entries(USER_NAMES) as [UserMode, string][]).find(([, n]) => n === header);
  if (known) return { user: known[0], userName: header };
  if (header === 'system:admin') return { user: 'admin', userName: header };
  // Any other user has no role bindings in the scenario: discovery and SSAR only.
  return { user: 'no-access', userName: header };
};

/** Answers a SelfSubjectAccessReview for the requester. */
export const review = (r: Requester, body: unknown): object => {
  const user = r.user;
  const spec = isRecord(body) && isRecord(body.spec) ? body.spec : {};
  const ra = isRecord(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
  const verb = ra && typeof ra.verb === 'string' ? ra.verb : 'get';
  const ok = ra ? allowed(user, verb) : user !== 'no-access';
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec,
    status: ok
      ? {
          allowed: true,
          reason: `RBAC: allowed by ClusterRoleBinding for User "${nameOf(r)}"`,
        }
      : { allowed: false },
  };
};
