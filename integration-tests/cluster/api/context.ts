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
  readonly admission: readonly AdmissionPlugin[];
  readonly user: UserMode;
}
