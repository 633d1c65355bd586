import {
  k8sCreate,
  k8sPatch,
  useAccessReview,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sResourceCommon,
  WatchK8sResultsObject,
} from '@openshift-console/dynamic-plugin-sdk';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { RuntimeClassKind } from '../models';
import type { PodKind } from '../models/workloads';
import { DeploymentModel } from '../models/workloads';
import { KATA_OC, deployment, kataRC, node, runtimeClass } from '../workloads/fixtures';
import { useRunInKataModel } from './useRunInKataModel';

// Sorted before kata: kata is still the default.
const custom = runtimeClass('custom', 'kata-qemu', { memory: '120Mi', cpu: '250m' });
const nodes = [node('kata-0', KATA_OC, { memory: '8Gi', cpu: '4', pods: '110' }), node('plain-0')];
const web = deployment('web', { replicas: 2, requests: { memory: '1Gi', cpu: '500m' } });

/** The console answers for the resources asked for, and only those. */
const watch = (runtimeClasses: RuntimeClassKind[] | undefined, canListPods = true) => {
  jest.mocked(useAccessReview).mockReturnValue([canListPods, false]);
  const answers: Record<string, WatchK8sResultsObject<K8sResourceCommon[]>> = {
    nodes: { data: nodes, loaded: true, loadError: undefined },
    runtimeClasses: runtimeClasses
      ? { data: runtimeClasses, loaded: true, loadError: undefined }
      : { data: [], loaded: false, loadError: undefined },
    pods: { data: [], loaded: true, loadError: undefined },
  };
  jest
    .mocked(useK8sWatchResources)
    .mockImplementation((resources) =>
      Object.fromEntries(Object.keys(resources).map((k) => [k, answers[k]])),
    );
};

beforeEach(() => {
  jest.mocked(k8sPatch).mockReset().mockResolvedValue({});
  const admitted: PodKind = { spec: { overhead: { memory: '350Mi', cpu: '250m' } } };
  jest.mocked(k8sCreate).mockReset().mockResolvedValue(admitted);
});

describe('useRunInKataModel', () => {
  it('chooses kata by default, follows the choice, and dry-runs the class chosen', async () => {
    watch([kataRC, custom]);
    const { result } = renderHook(() => useRunInKataModel(web, DeploymentModel, 'set'));
    expect(result.current.names).toEqual(['custom', 'kata']);
    expect(result.current.runtimeClass).toBe('kata');
    expect(result.current.impact?.totalOverhead).toEqual({ memory: 2 * 350 * 2 ** 20, cpu: 0.5 });
    await waitFor(() => {
      expect(result.current.state.step).toBe('checked');
    });
    act(() => {
      result.current.setChosen('custom');
    });
    expect(result.current.runtimeClass).toBe('custom');
    expect(result.current.impact?.totalOverhead).toEqual({ memory: 2 * 120 * 2 ** 20, cpu: 0.5 });
    await waitFor(() => {
      expect(result.current.state.step).toBe('checked');
    });
    expect(jest.mocked(k8sPatch).mock.calls.at(-1)?.[0].data).toEqual([
      { op: 'add', path: '/spec/template/spec/runtimeClassName', value: 'custom' },
    ]);
  });

  it('takes away the class the template has when removing, whatever was chosen', async () => {
    watch([kataRC, custom]);
    const inCustom = deployment('web', { runtimeClassName: 'custom' });
    const { result } = renderHook(() => useRunInKataModel(inCustom, DeploymentModel, 'remove'));
    act(() => {
      result.current.setChosen('kata');
    });
    expect(result.current.runtimeClass).toBe('custom');
    await waitFor(() => {
      expect(result.current.state.step).toBe('checked');
    });
    expect(k8sCreate).not.toHaveBeenCalled();
  });

  it('is loading until the RuntimeClasses are listed, then says Kata is not installed when none is', () => {
    watch(undefined);
    const { result, rerender } = renderHook(() => useRunInKataModel(web, DeploymentModel, 'set'));
    expect(result.current).toMatchObject({ loaded: false, notInstalled: false });
    watch([]);
    rerender();
    expect(result.current).toMatchObject({ loaded: true, notInstalled: true });
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('never dry-runs a Job (its template cannot change), and knows when pods cannot be listed', () => {
    watch([kataRC], false);
    const job = deployment('report', { kind: 'Job' });
    const { result } = renderHook(() => useRunInKataModel(job, DeploymentModel, 'set'));
    expect(result.current).toMatchObject({ isJob: true, podsForbidden: true });
    expect(result.current.impact?.usageKnown).toBe(false);
    expect(k8sPatch).not.toHaveBeenCalled();
  });
});
