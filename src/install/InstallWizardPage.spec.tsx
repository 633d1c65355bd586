import {
  k8sCreate,
  k8sGet,
  k8sPatch,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import userEvent from '@testing-library/user-event';
import { nodes as fixtures } from '../eligibility/fixtures';
import type { InfrastructureKind, KataConfigKind, NodeKind } from '../models';
import { createTestI18n, renderWithI18n } from '../shared/test-utils';
import { httpError } from '../shared/test-errors';
import InstallWizardPage from './InstallWizardPage';

const eligible = fixtures.intel;
const rhel = fixtures.rhel;
const clusterNodes: NodeKind[] = [eligible, rhel];

const infrastructure: InfrastructureKind = {
  metadata: { name: 'cluster' },
  status: { platform: 'BareMetal', platformStatus: { type: 'BareMetal' } },
};

/** What a current cluster (NFD 4.19+) answers besides: no NodeFeatureRule yet, no CSV readable. */
const nfdWatches = {
  nfrK8sSigs: { data: [], loaded: true, loadError: undefined },
  nfrOpenShift: { data: [], loaded: true, loadError: undefined },
  csvs: { data: [], loaded: true, loadError: undefined },
  pools: { data: [], loaded: true, loadError: undefined },
};

const watched = (kataConfigs: K8sResourceCommon[], nfds: K8sResourceCommon[]) => ({
  ...nfdWatches,
  nodes: { data: clusterNodes, loaded: true, loadError: undefined },
  kataConfigs: { data: kataConfigs, loaded: true, loadError: undefined },
  nfds: { data: nfds, loaded: true, loadError: undefined },
  infrastructure: { data: infrastructure, loaded: true, loadError: undefined },
});

const watch = (kataConfigs: KataConfigKind[] = []) => {
  jest.mocked(useK8sWatchResources).mockReturnValue({
    ...nfdWatches,
    nodes: { data: clusterNodes, loaded: true, loadError: undefined },
    kataConfigs: { data: kataConfigs, loaded: true, loadError: undefined },
    nfds: { data: [], loaded: true, loadError: undefined },
    infrastructure: {
      data: infrastructure,
      loaded: true,
      loadError: undefined,
    },
  });
};

/** An in-memory API behind k8sGet/k8sCreate/k8sPatch, and a watch that sees what it holds. */
const fakeApi = () => {
  const store = new Map<string, K8sResourceCommon>();
  const keyOf = (kind: string, name?: string, ns?: string) => `${kind}/${ns ?? ''}/${name ?? ''}`;
  jest.mocked(k8sGet).mockImplementation(({ model, name, ns }) => {
    const found = store.get(keyOf(model.kind, name, ns));
    return found
      ? Promise.resolve(found)
      : Promise.reject(httpError(404, 'NotFound', `${name ?? ''} not found`));
  });
  jest.mocked(k8sCreate).mockImplementation(({ model, data, queryParams }) => {
    const key = keyOf(model.kind, data.metadata?.name, data.metadata?.namespace);
    if (store.has(key)) return Promise.reject(httpError(409, 'AlreadyExists', 'already exists'));
    if (queryParams?.dryRun !== 'All') store.set(key, data);
    return Promise.resolve(data);
  });
  jest.mocked(k8sPatch).mockImplementation(({ resource }) => Promise.resolve(resource));
  const of = (kind: string) =>
    [...store.entries()].filter(([k]) => k.startsWith(`${kind}/`)).map(([, o]) => o);
  jest
    .mocked(useK8sWatchResources)
    .mockImplementation(() => watched(of('KataConfig'), of('NodeFeatureDiscovery')));
  return store;
};

beforeEach(() => {
  jest.mocked(useFlag).mockReturnValue(true);
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  watch();
});

afterEach(() => {
  // The wizard keeps its answers in this tab's sessionStorage: each test starts afresh.
  window.sessionStorage.clear();
  jest.clearAllMocks();
});

const next = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Next' }));
};
const back = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Back' }));
};
const createdKinds = () => jest.mocked(k8sCreate).mock.calls.map(([o]) => o.model.kind);

/** From the start to the review step with the default (NFD) method. */
const toReview = async () => {
  await next(); // method
  await next(); // NFD settings
  await next(); // KataConfig
  await next(); // review
  await screen.findByRole('button', { name: 'Run dry run' });
};

describe('InstallWizardPage', () => {
  it('navigates the steps and keeps what the user chose when going back', async () => {
    renderWithI18n(<InstallWizardPage />, { route: '/sandboxed-containers/install' });
    expect(
      screen.getByText('The OpenShift sandboxed containers Operator is installed.'),
    ).toBeVisible();
    await next();
    await userEvent.click(screen.getByRole('radio', { name: 'All worker nodes' }));
    await next();
    // No NFD step for this method: straight to the KataConfig settings.
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'my-kata');
    await back();
    expect(screen.getByRole('radio', { name: 'All worker nodes' })).toBeChecked();
    await next();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('my-kata');
    await next();
    // The review's code loads when the step opens.
    const yaml = (await screen.findAllByTestId('review-yaml')).map((el) => el.textContent);
    expect(yaml).toEqual([expect.stringContaining('name: my-kata')]);
    expect(yaml[0]).toContain('checkNodeEligibility: false');
  });

  it('manual method preselects only the nodes known to be eligible', async () => {
    renderWithI18n(<InstallWizardPage />);
    await next();
    await userEvent.click(screen.getByRole('radio', { name: 'Label chosen nodes by hand' }));
    const picker = screen.getByRole('grid', { name: 'Worker nodes to label' });
    expect(
      within(picker).getByRole('checkbox', { name: `Label node ${eligible.metadata?.name ?? ''}` }),
    ).toBeChecked();
    expect(
      within(picker).getByRole('checkbox', { name: `Label node ${rhel.metadata?.name ?? ''}` }),
    ).not.toBeChecked();
    expect(screen.getByText('Label only nodes known to be eligible')).toBeVisible();
  });

  it('review on a current NFD: the NFD instance (image left to the Operator), the kata NodeFeatureRule, the KataConfig, the reboot warning', async () => {
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    const yaml = screen.getAllByTestId('review-yaml').map((el) => el.textContent);
    expect(yaml).toHaveLength(3);
    expect(yaml[0]).toContain('kind: NodeFeatureDiscovery');
    expect(yaml[0]).not.toContain('image');
    expect(yaml[1]).toContain('kind: NodeFeatureRule');
    expect(yaml[1]).toContain('apiVersion: nfd.k8s-sigs.io/v1alpha1');
    expect(yaml[2]).toContain('kind: KataConfig');
    expect(yaml[2]).toContain('checkNodeEligibility: true');
    expect(screen.getByText('Nodes reboot during installation')).toBeVisible();
  });

  it('dry run sends dryRun=All and writes nothing', async () => {
    const store = fakeApi();
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    await userEvent.click(screen.getByRole('button', { name: 'Run dry run' }));
    const results = await screen.findByRole('list', { name: 'Dry run results' });
    await waitFor(() => {
      expect(within(results).getAllByTestId('operation-succeeded')).toHaveLength(3);
    });
    expect(jest.mocked(k8sCreate).mock.calls.map(([o]) => o.queryParams)).toEqual([
      { dryRun: 'All' },
      { dryRun: 'All' },
      { dryRun: 'All' },
    ]);
    expect(store.size).toBe(0);
  });

  it('hides dry run results once the plan changed', async () => {
    fakeApi();
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    await userEvent.click(screen.getByRole('button', { name: 'Run dry run' }));
    expect(await screen.findByRole('list', { name: 'Dry run results' })).toBeVisible();
    await back();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.type(name, '-2');
    await next();
    expect(screen.queryByRole('list', { name: 'Dry run results' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('review-yaml')[2]).toHaveTextContent('name: example-kataconfig-2');
  });

  it('stops with a clear message when an existing NFD differs, and writes nothing', async () => {
    const store = fakeApi();
    // Created elsewhere since the page loaded (the watch has not shown it yet).
    store.set('NodeFeatureRule/openshift-nfd/kata-runtime', {
      metadata: { name: 'kata-runtime', namespace: 'openshift-nfd' },
      spec: { rules: [] },
    } as K8sResourceCommon);
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    expect(
      await screen.findByText(/already exists with different settings \(spec\.rules/),
    ).toBeVisible();
    // The NFD instance is created; the differing NodeFeatureRule is left alone (its create, made
    // before the watch showed it, is refused as AlreadyExists) and no KataConfig is created.
    expect(store.has('NodeFeatureDiscovery/openshift-nfd/nfd-instance')).toBe(true);
    expect(store.get('NodeFeatureRule/openshift-nfd/kata-runtime')).toMatchObject({
      spec: { rules: [] },
    });
    expect(createdKinds()).not.toContain('KataConfig');
  });

  it('apply creates the NFD, its kata rule, then the KataConfig', async () => {
    fakeApi();
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await screen.findByText('All operations succeeded');
    expect(createdKinds()).toEqual(['NodeFeatureDiscovery', 'NodeFeatureRule', 'KataConfig']);
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
  });

  it('a failure stops with the API message; Retry does not create the NFD twice', async () => {
    const store = fakeApi();
    const create = jest.mocked(k8sCreate).getMockImplementation();
    // The NFD is written but the answer is lost; the KataConfig is then never tried.
    jest.mocked(k8sCreate).mockImplementationOnce(async (options) => {
      await create?.(options);
      throw httpError(504, 'Timeout', 'the server did not answer in time');
    });
    renderWithI18n(<InstallWizardPage />);
    await toReview();
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await screen.findByText('the server did not answer in time');
    expect(createdKinds()).toEqual(['NodeFeatureDiscovery']);

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('All operations succeeded');
    expect(createdKinds()).toEqual(['NodeFeatureDiscovery', 'NodeFeatureRule', 'KataConfig']);
    // The watch shows the NFD the first attempt wrote: the retried plan runs its rule on it.
    expect([...store.keys()]).toEqual([
      'NodeFeatureDiscovery/openshift-nfd/nfd-instance',
      'NodeFeatureRule/openshift-nfd/kata-runtime',
      'KataConfig//example-kataconfig',
    ]);
  });

  it('a read-only user is told why and cannot start applying', async () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderWithI18n(<InstallWizardPage />);
    expect(screen.getByText('You cannot create KataConfigs.')).toBeVisible();
    await toReview();
    await next();
    expect(screen.getByText('You cannot install with your current permissions')).toBeVisible();
    expect(screen.getByText('create KataConfigs')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Install' })).toBeDisabled();
    expect(k8sCreate).not.toHaveBeenCalled();
  });

  it('an existing installed KataConfig blocks the wizard and links to the KataConfig page', () => {
    watch([
      {
        metadata: { name: 'existing-kc' },
        status: {
          conditions: [
            {
              type: 'InProgress',
              status: 'False',
              reason: '',
              message: '',
              lastTransitionTime: '',
            },
          ],
        },
      },
    ]);
    renderWithI18n(<InstallWizardPage />);
    expect(screen.getByText('A KataConfig already exists')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the KataConfig' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/kataconfig',
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('without the NFD Operator the NFD method is disabled with a reason', async () => {
    jest.mocked(useFlag).mockImplementation((flag) => flag !== 'SANDBOXED_CONTAINERS_NFD');
    renderWithI18n(<InstallWizardPage />);
    // A permission to create NodeFeatureDiscoveries means nothing without their CRD.
    expect(await screen.findByText('You can create KataConfigs.')).toBeVisible();
    expect(screen.queryByTestId('permission-nfd')).toBeNull();
    await next();
    expect(
      screen.getByRole('radio', { name: 'Automatic with Node Feature Discovery (recommended)' }),
    ).toBeDisabled();
    expect(
      screen.getByText('Unavailable: the Node Feature Discovery (NFD) Operator is not installed.'),
    ).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Label chosen nodes by hand' })).toBeChecked();
  });

  it('shows the rollout per node after applying', async () => {
    fakeApi();
    const i18n = createTestI18n();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>{children}</MemoryRouter>
      </I18nextProvider>
    );
    const { rerender } = render(<InstallWizardPage />, { wrapper });
    await toReview();
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await screen.findByText('All operations succeeded');
    watch([
      {
        metadata: { name: 'example-kataconfig' },
        spec: { checkNodeEligibility: true },
        status: {
          kataNodes: { nodeCount: 2, readyNodeCount: 1, installed: ['a'], installing: ['b'] },
          conditions: [
            {
              type: 'InProgress',
              status: 'True',
              reason: 'Installing',
              message: 'Performing initial installation of kata on cluster',
              lastTransitionTime: '',
            },
          ],
        },
      },
    ]);
    // The MachineConfigPools (none readable here): the operator's status still tells the phases.
    jest.mocked(useK8sWatchResource).mockReturnValue([[], true, undefined]);
    rerender(<InstallWizardPage />);
    await next();
    const rollout = await screen.findByTestId('rollout');
    expect(
      within(rollout).getByText(/Performing initial installation of kata on cluster/),
    ).toBeVisible();
    expect(
      within(rollout).getByText('The Operator is installing Kata on the cluster.'),
    ).toBeVisible();
    // No node carries the kata-oc role yet (the fixture's nodes): the bar says so, no "1 of 2".
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      'Waiting for the Operator to add nodes to the Kata pool',
    );
  });

  it('speaks Japanese, footer buttons included', async () => {
    renderWithI18n(<InstallWizardPage />, { lng: 'ja' });
    expect(screen.getByRole('heading', { name: 'サポートされるプラットフォーム' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'キャンセル' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('radio', { name: 'すべてのワーカーノード' })).toBeVisible();
    expect(screen.getByRole('button', { name: '戻る' })).toBeEnabled();
  });
});
