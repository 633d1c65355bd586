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

const forbidden = (user: UserMode, verb: string, route: Route): ApiError => {
  const { def, name, namespace, subresource } = route;
  const res = subresource ? `${def.plural}/${subresource}` : def.plural;
  const subject = name ? `${qualifiedName(def)} "${name}"` : qualifiedName(def);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return apiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${USER_NAMES[user]}" cannot ${verb} resource "${res}" in API group "${def.group}" ${scope}`,
    {
      ...(name ? { name } : {}),
      ...(def.group ? { group: def.group } : {}),
      kind: def.plural,
    },
  );
};

/** Throws the API server's 403 when `user` may not `verb` the route. */
export const authorize = (user: UserMode, verb: string, route: Route): void => {
  if (route.def.kind === 'SelfSubjectAccessReview') return;
  if (!allowed(user, verb)) throw forbidden(user, verb, route);
};

/** Answers a SelfSubjectAccessReview for `user`. */
export const review = (user: UserMode, body: unknown): object => {
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
          reason: `RBAC: allowed by ClusterRoleBinding for User "${USER_NAMES[user]}"`,
        }
      : { allowed: false },
  };
};
