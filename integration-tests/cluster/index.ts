/** Public API of the Kubernetes cluster simulator. */
import type { Cluster, ClusterOptions } from './cluster';
import { SimCluster } from './cluster';

export type { Cluster, ClusterOptions, FaultRule, RequestLogEntry } from './cluster';
export type { UserMode } from './scenario';

export function createCluster(options: ClusterOptions): Cluster {
  return new SimCluster(options);
}
