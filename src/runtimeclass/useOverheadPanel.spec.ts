import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { act, renderHook } from '@testing-library/react';
import type { NodeKind, RuntimeClassKind } from '../models';
import { useOverheadPanel } from './useOverheadPanel';

const kata: RuntimeClassKind = {
  metadata: { name: 'kata' },
  handler: 'kata',
  overhead: { podFixed: { memory: '350Mi', cpu: '250m' } },
};
const node = (name: string): NodeKind => ({
  metadata: { name },
  status: { allocatable: { memory: '16Gi', cpu: '4', pods: '250' } },
});

describe('useOverheadPanel', () => {
  it('calculates on the nodes with Kata installed, and follows what the user types', () => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    const { result } = renderHook(() => useOverheadPanel(kata, [node('a'), node('b')], ['a']));
    expect(result.current.candidateNodes.map((n) => n.name)).toEqual(['a']);
    expect(result.current.calculator.result?.chargedCpuPerPod).toBeCloseTo(0.75);
    act(() => {
      result.current.setField('cpuRequest', 'lots');
    });
    expect(result.current.fields.cpuRequest).toBe('lots');
    expect(result.current.calculator.result).toBeUndefined();
    expect(result.current.calculator.checks.cpuRequest.error).toBe('invalid');
  });

  it('denies editing only once the access review has said no', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, true]);
    const { result, rerender } = renderHook(() => useOverheadPanel(kata, [], undefined));
    expect(result.current).toMatchObject({ canEdit: false, patchDenied: false });
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    rerender();
    expect(result.current).toMatchObject({ canEdit: false, patchDenied: true });
  });
});
