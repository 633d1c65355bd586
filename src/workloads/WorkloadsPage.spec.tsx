import {
  useAccessReview,
  useActiveNamespace,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PodKind } from '../models/workloads';
import { renderWithI18n } from '../shared/test-utils';
import { kataDeploymentPod, kataRC, pod } from './fixtures';
import WorkloadsPage from './WorkloadsPage';

const pods: PodKind[] = [
  kataDeploymentPod('web-5d9f8c7b6-a', 'web'),
  kataDeploymentPod('web-5d9f8c7b6-b', 'web'),
  pod('db-0', {
    namespace: 'team-b',
    runtimeClassName: 'kata',
    owner: { kind: 'StatefulSet', name: 'db' },
    overhead: { memory: '350Mi', cpu: '250m' },
  }),
  pod('plain', { namespace: 'team-b' }),
];

const watch = (opts: { pods?: PodKind[]; loaded?: boolean; error?: unknown } = {}) => {
  jest.mocked(useK8sWatchResources).mockImplementation((resources: Record<string, unknown>) => ({
    ...('pods' in resources
      ? {
          pods: {
            data: opts.pods ?? pods,
            loaded: opts.loaded ?? true,
            loadError: opts.error,
          },
        }
      : {}),
    runtimeClasses: { data: [kataRC], loaded: true, loadError: undefined },
  }));
};

beforeEach(() => {
  jest.mocked(useK8sWatchResources).mockClear();
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(useActiveNamespace).mockReturnValue(['#ALL_NS#', jest.fn()]);
  watch();
});

describe('WorkloadsPage', () => {
  it('groups the Kata pods by owner and leaves the runc pod out', async () => {
    renderWithI18n(<WorkloadsPage />);
    const table = screen.getByRole('grid', { name: 'Workloads running in Kata' });
    expect(within(table).getByText('web')).toBeInTheDocument();
    expect(within(table).getByText('db')).toBeInTheDocument();
    expect(within(table).queryByText('plain')).not.toBeInTheDocument();
    expect(screen.getByTestId('summary-pods')).toHaveTextContent('3');
    expect(screen.getByTestId('summary-overhead')).toHaveTextContent('1.03 GiB, 750m CPU');
    await userEvent.click(screen.getByRole('button', { name: 'Show the pods of web' }));
    expect(screen.getByRole('grid', { name: 'Pods of web' })).toHaveTextContent('web-5d9f8c7b6-a');
  });

  it('asks whether the user may list pods in the active namespace', () => {
    jest.mocked(useActiveNamespace).mockReturnValue(['team-b', jest.fn()]);
    renderWithI18n(<WorkloadsPage />);
    expect(useAccessReview).toHaveBeenCalledWith({
      group: '',
      resource: 'pods',
      verb: 'list',
      namespace: 'team-b',
    });
  });

  it('says so, and watches nothing, when the user may not list pods there', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderWithI18n(<WorkloadsPage />);
    expect(screen.getByTestId('no-permission')).toHaveTextContent(
      'Your account may not list pods in all namespaces. Choose a namespace you work in.',
    );
    const watched = jest.mocked(useK8sWatchResources).mock.calls.map((c) => Object.keys(c[0]));
    expect(watched.flat()).not.toContain('pods');
  });

  it('shows the API message when pods cannot be listed', () => {
    watch({
      error: { code: 500, message: 'etcd unavailable', json: { message: 'etcd unavailable' } },
    });
    renderWithI18n(<WorkloadsPage />);
    expect(screen.getByTestId('load-error')).toHaveTextContent('etcd unavailable');
  });

  it('has an empty state without Kata pods', () => {
    watch({ pods: [pod('plain')] });
    renderWithI18n(<WorkloadsPage />);
    expect(screen.getByTestId('workloads-empty')).toBeInTheDocument();
  });

  it('filters by text and by phase', async () => {
    renderWithI18n(<WorkloadsPage />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Filter by pod, workload, namespace or node' }),
      'db-0',
    );
    const table = screen.getByRole('grid', { name: 'Workloads running in Kata' });
    expect(within(table).queryByText('web')).not.toBeInTheDocument();
    expect(within(table).getByText('db')).toBeInTheDocument();
  });

  it('is translated into Japanese', () => {
    renderWithI18n(<WorkloadsPage />, { lng: 'ja' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sandboxed Containers');
    expect(screen.getByRole('columnheader', { name: 'ワークロード' })).toBeInTheDocument();
    expect(screen.getByTestId('summary-overhead')).toHaveTextContent('メモリー 1.03 GiB、CPU 750m');
  });
});
