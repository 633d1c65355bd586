/** The cluster-wide inputs of the eligibility checks, from what the page watches. Pure. */
import type {
  InfrastructureKind,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  RuntimeClassKind,
} from '../models';
import type { EligibilityContext } from './types';

export type ContextSources = {
  infrastructure?: InfrastructureKind;
  kataConfigs?: KataConfigKind[];
  /** Undefined when unknown (not loaded, not readable, or NFD not installed). */
  nodeFeatureDiscoveries?: NodeFeatureDiscoveryKind[];
  kataRuntimeClass?: RuntimeClassKind;
  nfdInstalled: boolean;
  /** A NodeFeatureDiscovery carries the kata rule (nfd/kataRule.ts); undefined when unknown. */
  nfdKataRule?: boolean;
};

const first = <T>(list: T[] | undefined): T | undefined =>
  Array.isArray(list) && list.length > 0 ? list[0] : undefined;

/** Infrastructure `cluster` status.platformStatus.type (or the older status.platform). */
export const platformOf = (infrastructure: InfrastructureKind | undefined): string | undefined => {
  const status = infrastructure?.status;
  const platform = status?.platformStatus?.type ?? status?.platform;
  return typeof platform === 'string' && platform !== '' ? platform : undefined;
};

export const eligibilityContext = (sources: ContextSources): EligibilityContext => {
  const memory = sources.kataRuntimeClass?.overhead?.podFixed?.memory;
  const nfds = sources.nodeFeatureDiscoveries;
  return {
    platform: platformOf(sources.infrastructure),
    // Only one KataConfig is allowed (the operator rejects a second one).
    kataConfig: first(sources.kataConfigs),
    nfdInstalled: sources.nfdInstalled,
    nfdPresent: sources.nfdInstalled && Array.isArray(nfds) ? nfds.length > 0 : undefined,
    nfdKataRule: sources.nfdInstalled ? sources.nfdKataRule : undefined,
    podOverheadMemory: typeof memory === 'string' ? memory : undefined,
  };
};
