import { renderHook, waitFor } from '@testing-library/react';
import type { NodeFeatureDiscoveryKind } from '../models';
import { KATA_NFD_CONFIG_DATA } from './configData';
import { useNfdKataRule } from './useNfdKataRule';

const nfd = (configData?: string): NodeFeatureDiscoveryKind => ({
  metadata: { name: 'nfd', namespace: 'openshift-nfd' },
  spec: configData === undefined ? {} : { workerConfig: { configData } },
});

describe('useNfdKataRule', () => {
  it('is unknown while the NodeFeatureDiscoveries are unknown', () => {
    const { result } = renderHook(() => useNfdKataRule(undefined));
    expect(result.current).toEqual({ value: undefined, reusable: [], pending: false });
  });

  it('answers no at once when no NodeFeatureDiscovery has configData to read', () => {
    const { result } = renderHook(() => useNfdKataRule([nfd()]));
    expect(result.current).toEqual({ value: false, reusable: [], pending: false });
  });

  it('reads the rule once the YAML reader has loaded, pending until then', async () => {
    const withRule = nfd(KATA_NFD_CONFIG_DATA);
    const { result } = renderHook(() => useNfdKataRule([nfd(), withRule]));
    expect(result.current).toEqual({ value: undefined, reusable: [], pending: true });
    await waitFor(() => {
      expect(result.current).toEqual({ value: true, reusable: [withRule], pending: false });
    });
  });

  it('finds no rule in configData that does not declare it', async () => {
    const { result } = renderHook(() => useNfdKataRule([nfd('sources: {}\n')]));
    await waitFor(() => {
      expect(result.current).toEqual({ value: false, reusable: [], pending: false });
    });
  });

  it('keeps its last answer, not pending, while it loads the reader for a changed list', async () => {
    const { result, rerender } = renderHook(({ list }) => useNfdKataRule(list), {
      initialProps: { list: [nfd()] },
    });
    expect(result.current).toEqual({ value: false, reusable: [], pending: false });
    const withRule = nfd(KATA_NFD_CONFIG_DATA);
    rerender({ list: [nfd(), withRule] });
    expect(result.current.pending).toBe(false);
    await waitFor(() => {
      expect(result.current).toEqual({ value: true, reusable: [withRule], pending: false });
    });
  });
});
