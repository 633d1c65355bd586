/** What the API handlers need from the cluster: kinds, objects, the user, admission plugins. */
import type { Registry, ResourceDef } from '../resources';
import type { UserMode } from '../scenario';
import type { Store } from '../store';
import type { KObject } from '../types';

/** A mutating/validating admission step (webhooks, built-in plugins); throws an ApiError to deny. */
export type AdmissionPlugin = (op: 'CREATE' | 'UPDATE', def: ResourceDef, obj: KObject) => void;

export interface ApiContext {
  readonly registry: Registry;
  readonly store: Store;
  /** Mutating admission (runs before validation). */
  readonly mutating: readonly AdmissionPlugin[];
  /** Validating admission, webhooks included (runs after validation). */
  readonly admission: readonly AdmissionPlugin[];
  /** What the requesting (or impersonated) user may do. */
  readonly user: UserMode;
  /** The user's name in API messages (USER_NAMES of the mode unless impersonated). */
  readonly userName?: string;
  /** The eviction subresource: throws the API error when a PodDisruptionBudget refuses. */
  evict?(pod: KObject, dryRun: boolean): void;
}
