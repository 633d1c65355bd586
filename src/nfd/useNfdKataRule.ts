import { useEffect, useMemo, useState } from 'react';
import type { NodeFeatureDiscoveryKind } from '../models';
import type * as KataRule from './kataRule';

type KataRuleModule = typeof KataRule;

export type NfdKataRule = {
  /** A NodeFeatureDiscovery carries the kata rule; undefined while unknown. */
  value: boolean | undefined;
  /** The YAML reader is loading: the answer is on its way (pages wait rather than guess). */
  pending: boolean;
};

const hasConfigData = (nfd: NodeFeatureDiscoveryKind) =>
  Boolean(nfd.spec?.workerConfig?.configData);

/**
 * Whether any of these NodeFeatureDiscoveries carries the kata rule (`nfdsWithKataRule`). The rule
 * is read from YAML, so the YAML parser (js-yaml) loads only when some NodeFeatureDiscovery has
 * configData to read: a page that never needs it does not fetch it before it paints.
 */
export const useNfdKataRule = (nfds: NodeFeatureDiscoveryKind[] | undefined): NfdKataRule => {
  const needed = nfds?.some(hasConfigData) ?? false;
  const [rule, setRule] = useState<KataRuleModule>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || rule) return undefined;
    let live = true;
    import('./kataRule').then(
      (module) => {
        if (live) setRule(module);
      },
      () => {
        // The chunk could not be fetched: the rule stays unknown, like an unreadable list.
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [needed, rule]);
  return useMemo(() => {
    if (nfds === undefined) return { value: undefined, pending: false };
    if (!needed) return { value: false, pending: false };
    if (rule) return { value: rule.nfdsWithKataRule(nfds).length > 0, pending: false };
    return { value: undefined, pending: !failed };
  }, [nfds, needed, rule, failed]);
};
