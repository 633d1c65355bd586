import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import {
  useAccessReview,
  useK8sWatchResource,
  useOverlay,
} from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { createTestI18n } from '../shared/test-utils';
import { deployment, kataRC } from '../workloads/fixtures';
import { RunInKataOverlay } from './RunInKataOverlay';
import useRunInKataActions from './useRunInKataActions';

const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={createTestI18n()}>{children}</I18nextProvider>
);

const launch = jest.fn();

beforeEach(() => {
  launch.mockReset();
  jest.mocked(useOverlay).mockReturnValue(launch);
  jest.mocked(useK8sWatchResource).mockReturnValue([[kataRC], true, undefined]);
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
});

const actionsFor = (w = deployment('web')) => {
  const { result } = renderHook(() => useRunInKataActions(w), { wrapper });
  return result.current;
};

describe('useRunInKataActions', () => {
  it('offers Run in Kata to a user who may patch the Deployment, and launches the dialog', () => {
    const [actions, loaded] = actionsFor();
    expect(loaded).toBe(true);
    expect(actions.map((a: Action) => a.label)).toEqual(['Run in Kata']);
    expect(useAccessReview).toHaveBeenCalledWith(
      expect.objectContaining({
        group: 'apps',
        resource: 'deployments',
        verb: 'patch',
        namespace: 'apps',
        name: 'web',
      }),
    );
    (actions[0].cta as () => void)();
    expect(launch).toHaveBeenCalledWith(RunInKataOverlay, expect.objectContaining({ mode: 'set' }));
  });

  it('offers Stop running in Kata when the template already names a Kata class', () => {
    const [actions] = actionsFor(deployment('web', { runtimeClassName: 'kata' }));
    expect(actions.map((a: Action) => a.label)).toEqual(['Stop running in Kata']);
  });

  it('offers nothing to a user who may not patch it (a read-only user)', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const [actions, loaded] = actionsFor();
    expect(loaded).toBe(true);
    expect(actions).toEqual([]);
  });

  it('is not loaded while the access review is pending', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, true]);
    expect(actionsFor()[1]).toBe(false);
  });

  it('asks about Jobs in the batch group', () => {
    actionsFor(deployment('report', { kind: 'Job' }));
    expect(useAccessReview).toHaveBeenCalledWith(
      expect.objectContaining({ group: 'batch', resource: 'jobs' }),
    );
  });
});
