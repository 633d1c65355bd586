import { renderHook, waitFor } from '@testing-library/react';
import type { NodeFeatureDiscoveryKind } from '../models';
import { KATA_NFD_CONFIG_DATA } from './kataRule';
import { useNfdKataRule } from './useNfdKataRule';

const nfd = (configData?: string): NodeFeatureDiscoveryKind => ({
  metadata: { name: 'nfd', namespace: 'openshift-nfd' },
  spec: configData === undefined ? {} : { workerConfig: { configData } },
});

describe('useNfdKataRule', () => {
  it('is unknown while the NodeFeatureDiscoveries are unknown', () => {
    const { result } = renderHook(() => useNfdKataRule(undefined));
    expect(result.current).toEqual({ value: undefined, pending: false });
  });

  it('answers no at once when no NodeFeatureDiscovery has configData to read', () => {
    const { result } = renderHook(() => useNfdKataRule([nfd()]));
    expect(result.current).toEqual({ value: false, pending: false });
  });

  it('reads the rule once the YAML reader has loaded, pending until then', async () => {
    const { result } = renderHook(() => useNfdKataRule([nfd(KATA_NFD_CONFIG_DATA)]));
    expect(result.current).toEqual({ value: undefined, pending: true });
    await waitFor(() => {
      expect(result.current).toEqual({ value: true, pending: false });
    });
  });

  it('finds no rule in configData that does not declare it', async () => {
    const { result } = renderHook(() => useNfdKataRule([nfd('sources: {}\n')]));
    await waitFor(() => {
      expect(result.current).toEqual({ value: false, pending: false });
    });
  });
});
