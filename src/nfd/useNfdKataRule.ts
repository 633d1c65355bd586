import { useEffect, useMemo, useState } from 'react';
import type { NodeFeatureDiscoveryKind } from '../models';
import type * as KataRule from './kataRule';

type KataRuleModule = typeof KataRule;

export type NfdKataRule = {
  /** A NodeFeatureDiscovery carries the kata rule; undefined while unknown. */
  value: boolean | undefined;
  /** The NodeFeatureDiscoveries that carry it (reusable as they are); [] while unknown. */
  reusable: NodeFeatureDiscoveryKind[];
  /** The YAML reader is loading: the answer is on its way (pages wait rather than guess). */
  pending: boolean;
};

const keysOf = (nfds: readonly NodeFeatureDiscoveryKind[]) =>
  nfds.map((n) => `${n.metadata?.namespace ?? ''}/${n.metadata?.name ?? ''}`).join(' ');

const sameAnswer = (a: NfdKataRule, b: NfdKataRule | undefined) =>
  b !== undefined && a.value === b.value && keysOf(a.reusable) === keysOf(b.reusable);

const hasConfigData = (nfd: NodeFeatureDiscoveryKind) =>
  Boolean(nfd.spec?.workerConfig?.configData);

/**
 * Whether any of these NodeFeatureDiscoveries carries the kata rule, and which (`nfdsWithKataRule`). The rule
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
  const current = useMemo((): NfdKataRule => {
    if (nfds === undefined) return { value: undefined, reusable: [], pending: false };
    if (!needed) return { value: false, reusable: [], pending: false };
    if (rule) {
      const reusable = rule.nfdsWithKataRule(nfds);
      return { value: reusable.length > 0, reusable, pending: false };
    }
    return { value: undefined, reusable: [], pending: !failed };
  }, [nfds, needed, rule, failed]);
  // Once answered, a list that now needs the reader keeps the last answer while it loads: the
  // page goes on showing what it showed (it waits only for the first answer).
  const [last, setLast] = useState<NfdKataRule>();
  if (!current.pending && current.value !== undefined && !sameAnswer(current, last)) {
    setLast(current);
  }
  return current.pending && last ? { ...last, pending: false } : current;
};
