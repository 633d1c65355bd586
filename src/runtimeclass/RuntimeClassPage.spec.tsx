import {
  k8sPatch,
  useAccessReview,
  useFlag,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { KataConfigKind, NodeKind, RuntimeClassKind } from '../models';
import { createTestI18n, renderWithI18n } from '../shared/test-utils';
import RuntimeClassPage from './RuntimeClassPage';

const kata = (podFixed?: Record<string, string>, resourceVersion = '7'): RuntimeClassKind => ({
  apiVersion: 'node.k8s.io/v1',
  kind: 'RuntimeClass',
  metadata: {
    name: 'kata',
    resourceVersion,
    ownerReferences: [
      {
        apiVersion: 'kataconfiguration.openshift.io/v1',
        kind: 'KataConfig',
        name: 'example-kataconfig',
        uid: 'u1',
      },
    ],
  },
  handler: 'kata',
  overhead: podFixed ? { podFixed } : undefined,
  scheduling: { nodeSelector: { 'node-role.kubernetes.io/kata-oc': '' } },
});

const runc: RuntimeClassKind = {
  metadata: { name: 'runc-fast' },
  handler: 'runc',
};

const node = (name: string, labels: Record<string, string>): NodeKind => ({
  metadata: { name, labels },
  status: { allocatable: { memory: '16Gi', cpu: '4', pods: '250' } },
});

const nodes = [
  node('worker-0', { 'node-role.kubernetes.io/kata-oc': '' }),
  node('worker-1', { 'node-role.kubernetes.io/worker': '' }),
];

const setWatch = (
  runtimeClasses: RuntimeClassKind[],
  opts: { loaded?: boolean; loadError?: unknown; kataConfigs?: KataConfigKind[] } = {},
) => {
  const value = {
    runtimeClasses: {
      data: runtimeClasses,
      loaded: opts.loaded ?? true,
      loadError: opts.loadError,
    },
    nodes: { data: nodes, loaded: true, loadError: undefined },
    kataConfigs: { data: opts.kataConfigs ?? [], loaded: true, loadError: undefined },
  };
  jest.mocked(useK8sWatchResources).mockReturnValue(value);
};

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(useFlag).mockReturnValue(true);
  jest.mocked(k8sPatch).mockReset();
});

describe('RuntimeClassPage', () => {
  it('lists every RuntimeClass with its overhead, node selector and owner', () => {
    setWatch([kata({ memory: '350Mi', cpu: '250m' }), runc]);
    renderWithI18n(<RuntimeClassPage />);
    const table = screen.getByRole('grid', { name: 'RuntimeClasses' });
    const kataRow = within(table).getByRole('row', { name: /kata/ });
    expect(within(kataRow).getByText('350 MiB')).toBeInTheDocument();
    expect(within(kataRow).getByText('250m')).toBeInTheDocument();
    expect(within(kataRow).getByText('node-role.kubernetes.io/kata-oc')).toBeInTheDocument();
    expect(within(kataRow).getByText('example-kataconfig')).toBeInTheDocument();
    const runcRow = within(table).getByRole('row', { name: /runc-fast/ });
    expect(within(runcRow).getAllByText('None')).toHaveLength(4);
  });

  it('shows an empty state linking to the install page when there is no kata RuntimeClass', () => {
    setWatch([runc]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByText('Kata is not installed')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Install OpenShift sandboxed containers' }),
    ).toHaveAttribute('href', '/sandboxed-containers/install');
  });

  it('offers no install to a read-only user, and OperatorHub when the operator is missing', () => {
    setWatch([runc]);
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const { unmount } = renderWithI18n(<RuntimeClassPage />);
    expect(screen.queryByRole('link', { name: /Install|OperatorHub/ })).toBeNull();
    expect(screen.getByTestId('ask-admin')).toBeVisible();
    unmount();
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    jest.mocked(useFlag).mockReturnValue(false);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByRole('link', { name: 'Go to OperatorHub' })).toHaveAttribute(
      'href',
      '/catalog?catalogType=operator&keyword=sandboxed%20containers',
    );
  });

  it('shows the API error when RuntimeClasses cannot be listed', () => {
    setWatch([], { loadError: { code: 403, message: 'runtimeclasses is forbidden' } });
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByText('RuntimeClasses could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('runtimeclasses is forbidden')).toBeInTheDocument();
  });

  it('calculates the charge per pod and the pods that fit on a kata node', async () => {
    const user = userEvent.setup();
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />);
    const request = screen.getByLabelText('Container memory request');
    await user.clear(request);
    await user.type(request, '1Gi');
    const pods = screen.getByLabelText('Number of pods');
    await user.clear(pods);
    await user.type(pods, '3');
    expect(screen.getByTestId('result-vm-memory')).toHaveTextContent('3 GiB');
    expect(screen.getByTestId('result-charged-memory')).toHaveTextContent(
      '1.34 GiB (1 GiB request + 350 MiB pod overhead)',
    );
    expect(screen.getByTestId('result-charged-cpu')).toHaveTextContent('750m');
    // Only worker-0 matches the kata-oc node selector: 4 CPUs / 750m -> 5 pods.
    const fit = screen.getByRole('grid', { name: 'Pods that fit per node' });
    expect(within(fit).queryByText('worker-1')).not.toBeInTheDocument();
    const row = within(fit).getByRole('row', { name: /worker-0/ });
    expect(within(row).getByText('5')).toBeInTheDocument();
    expect(within(row).getByText('CPU')).toBeInTheDocument();
  });

  it('keeps what the user typed and explains an invalid quantity', async () => {
    const user = userEvent.setup();
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />);
    const limit = screen.getByLabelText('Memory limit');
    await user.clear(limit);
    await user.type(limit, '2 GB');
    expect(limit).toHaveValue('2 GB');
    expect(
      screen.getByText('Enter a Kubernetes quantity, for example 512Mi, 2Gi or 500m.'),
    ).toBeInTheDocument();
    await user.clear(limit);
    expect(screen.getByText('No memory limit is set')).toBeInTheDocument();
  });

  it('warns when the overhead is below the estimate and differs from the documented default', () => {
    setWatch([kata({ memory: '100Mi', cpu: '100m' })]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByText('The pod overhead is below the estimated usage')).toBeInTheDocument();
    const differs = screen.getByTestId('overhead-differs');
    expect(differs).toHaveTextContent('500 MiB memory and 500m CPU');
    expect(differs).toHaveTextContent('The current operator creates 350 MiB memory and 250m CPU');
  });

  it('says honestly when the cluster has the operator default', () => {
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.queryByTestId('overhead-below-estimate')).not.toBeInTheDocument();
    expect(screen.getByTestId('overhead-differs')).toHaveTextContent(
      'These are the values the current operator creates',
    );
  });

  it('has no default warning with the documented 500Mi/500m', () => {
    setWatch([kata({ memory: '500Mi', cpu: '500m' })]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.queryByTestId('overhead-differs')).not.toBeInTheDocument();
  });

  it('lets the user pick kata-remote and shows its own overhead', async () => {
    const user = userEvent.setup();
    const remote: RuntimeClassKind = {
      metadata: { name: 'kata-remote', resourceVersion: '3' },
      handler: 'kata-remote',
      overhead: { podFixed: { memory: '120Mi', cpu: '250m' } },
    };
    setWatch([kata({ memory: '350Mi', cpu: '250m' }), remote]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByText('Pod overhead of kata')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'kata-remote' }));
    expect(screen.getByText('Pod overhead of kata-remote')).toBeInTheDocument();
    expect(screen.getByTestId('current-overhead-memory')).toHaveTextContent('120 MiB');
    expect(screen.getByTestId('overhead-below-estimate')).toBeInTheDocument();
  });

  it('renders in Japanese with Japanese number formatting', () => {
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />, { lng: 'ja' });
    expect(screen.getByText('kata の Pod のオーバーヘッド')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pod のオーバーヘッドの編集' })).toBeInTheDocument();
    expect(screen.getByTestId('current-overhead-memory')).toHaveTextContent('350 MiB');
    expect(screen.getByText('メモリー制限')).toBeInTheDocument();
    // PatternFly's screen-reader prefixes are translated too.
    expect(screen.queryByText(/alert:/)).not.toBeInTheDocument();
    expect(screen.getAllByText('情報アラート:').length).toBeGreaterThan(0);
  });
});

describe('Edit pod overhead', () => {
  const openModal = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'Edit pod overhead' }));
    // The dialog's code loads when it is opened.
    return screen.findByRole('dialog');
  };

  it('requires the unsupported-change confirmation, then patches with a resourceVersion test', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sPatch).mockResolvedValue({});
    setWatch([kata({ memory: '350Mi', cpu: '250m' }, '42')]);
    renderWithI18n(<RuntimeClassPage />);
    const dialog = await openModal(user);
    const memory = within(dialog).getByLabelText(/Memory/);
    await user.clear(memory);
    await user.type(memory, '500Mi');
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(save);
    expect(k8sPatch).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByLabelText(
        'I understand that this change is not supported by Red Hat and may cause technical issues',
      ),
    );
    await user.click(save);
    await waitFor(() => {
      expect(k8sPatch).toHaveBeenCalledTimes(1);
    });
    expect(jest.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '42' },
      { op: 'replace', path: '/overhead/podFixed/memory', value: '500Mi' },
      { op: 'replace', path: '/overhead/podFixed/cpu', value: '250m' },
    ]);
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  it('keeps the error and the inputs in the modal when the API rejects the patch', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sPatch).mockRejectedValue({
      code: 422,
      json: { message: 'overhead.podFixed.memory: Invalid value' },
    });
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />);
    const dialog = await openModal(user);
    const cpu = within(dialog).getByLabelText(/CPU/);
    await user.clear(cpu);
    await user.type(cpu, '400m');
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('overhead.podFixed.memory: Invalid value'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/CPU/)).toHaveValue('400m');
  });

  it('offers to reload when the RuntimeClass changed meanwhile', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sPatch).mockRejectedValue({
      code: 422,
      json: { message: 'testing value /metadata/resourceVersion failed: test failed' },
    });
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    const { rerender } = renderWithI18n(<RuntimeClassPage />);
    const dialog = await openModal(user);
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('kata changed since this dialog was opened'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Memory/)).toHaveValue('350Mi');

    // The watch delivers the newer object; reloading takes its values and resourceVersion.
    setWatch([kata({ memory: '400Mi', cpu: '300m' }, '8')]);
    jest.mocked(k8sPatch).mockResolvedValue({});
    rerender(
      <I18nextProvider i18n={createTestI18n('en')}>
        <MemoryRouter>
          <RuntimeClassPage />
        </MemoryRouter>
      </I18nextProvider>,
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Reload values' }),
    );
    expect(within(screen.getByRole('dialog')).getByLabelText(/Memory/)).toHaveValue('400Mi');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(k8sPatch).toHaveBeenCalledTimes(2);
    });
    expect(jest.mocked(k8sPatch).mock.calls[1][0].data[0]).toEqual({
      op: 'test',
      path: '/metadata/resourceVersion',
      value: '8',
    });
  });

  it('disables editing with a reason when the user may not patch RuntimeClasses', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    setWatch([kata({ memory: '350Mi', cpu: '250m' })]);
    renderWithI18n(<RuntimeClassPage />);
    expect(screen.getByRole('button', { name: 'Edit pod overhead' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(
      screen.getByText('You do not have permission to patch the RuntimeClass kata.'),
    ).toBeInTheDocument();
    expect(useAccessReview).toHaveBeenCalledWith({
      group: 'node.k8s.io',
      resource: 'runtimeclasses',
      verb: 'patch',
      name: 'kata',
    });
  });
});
