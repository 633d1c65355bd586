import {
  k8sDelete,
  k8sGet,
  k8sUpdate,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { KataConfigKind, NodeKind } from '../models';
import { httpError } from '../shared/test-errors';
import { createTestI18n, renderWithI18n } from '../shared/test-utils';
import KataConfigPage from './KataConfigPage';

const kataConfig: KataConfigKind = {
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: {
    name: 'example-kataconfig',
    resourceVersion: '100',
    creationTimestamp: '2026-11-01T10:00:00Z',
    annotations: { keep: 'me' },
  },
  spec: { checkNodeEligibility: false, logLevel: 'info' },
  status: {
    runtimeClasses: ['kata'],
    kataNodes: {
      nodeCount: 3,
      readyNodeCount: 1,
      installed: ['worker-0'],
      installing: ['worker-1'],
      failedToInstall: ['worker-2'],
    },
    conditions: [
      {
        type: 'InProgress',
        status: 'True',
        reason: 'Failed',
        message: 'Node worker-2 Degraded: could not apply machine config',
        lastTransitionTime: '2026-11-01T10:05:00Z',
      },
    ],
  },
};

const nodes: NodeKind[] = [
  {
    metadata: {
      name: 'worker-0',
      labels: {
        'node-role.kubernetes.io/worker': '',
        'feature.node.kubernetes.io/runtime.kata': 'true',
      },
    },
  },
  { metadata: { name: 'worker-1', labels: { 'node-role.kubernetes.io/worker': '' } } },
  { metadata: { name: 'master-0', labels: { 'node-role.kubernetes.io/master': '' } } },
];

const YAML_TAB = '/sandboxed-containers/kataconfig?tab=yaml';

/** Save, then confirm the dialog that names the nodes the save reboots. */
const saveAndConfirmReboot = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = screen.getByRole('dialog', { name: /Save and reboot 1 node/ });
  expect(within(dialog).getByText('worker-1')).toBeVisible();
  await user.click(within(dialog).getByRole('button', { name: 'Save and reboot' }));
};

const watch = (kcs: KataConfigKind[] | undefined, loadError?: unknown) => {
  jest.mocked(useK8sWatchResources).mockReturnValue({
    kataConfigs: { data: kcs ?? [], loaded: kcs !== undefined, loadError },
    nodes: { data: nodes, loaded: true, loadError: undefined },
    runtimeClasses: { data: [], loaded: true, loadError: undefined },
  });
};

beforeEach(() => {
  jest.mocked(useFlag).mockReturnValue(true);
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  watch([kataConfig]);
});

afterEach(() => {
  jest.clearAllMocks();
});

const yamlEditor = () => screen.getByRole('textbox', { name: 'YAML editor' });

describe('KataConfigPage states', () => {
  it('explains that the operator is not installed when the CRD is absent', () => {
    jest.mocked(useFlag).mockReturnValue(false);
    renderWithI18n(<KataConfigPage />);
    expect(
      screen.getByText('The OpenShift sandboxed containers Operator is not installed'),
    ).toBeVisible();
  });

  it('shows a skeleton, not "not installed", while the console has not resolved the flag', () => {
    // The console's useFlag is undefined until discovery has run (utils/flags.ts).
    jest.mocked(useFlag).mockReturnValue(undefined as unknown as boolean);
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(screen.queryByTestId('operator-missing')).not.toBeInTheDocument();
  });

  it('shows a skeleton while loading', () => {
    watch(undefined);
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByTestId('loading')).toBeInTheDocument();
  });

  it('leads to the install wizard when there is no KataConfig', () => {
    watch([]);
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByText('No KataConfig')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Install OpenShift sandboxed containers' }),
    ).toHaveAttribute('href', '/sandboxed-containers/install');
  });

  it('shows the API message when the watch fails', () => {
    watch([], httpError(403, 'Forbidden', 'kataconfigs is forbidden'));
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByText('Could not load the KataConfig')).toBeVisible();
    expect(screen.getByText('kataconfigs is forbidden')).toBeVisible();
  });
});

describe('KataConfigPage details', () => {
  it('shows the failed condition with the node, per-node progress and RuntimeClasses', async () => {
    const user = userEvent.setup();
    // The rollout view's own watch (MachineConfigPools): none reported yet. The operator has put
    // the three workers in the Kata pool (the kata-oc role); worker-2's daemon reports Degraded.
    jest.mocked(useK8sWatchResource).mockReturnValue([[], true, undefined]);
    const kataOc = (name: string, annotations?: Record<string, string>): NodeKind => ({
      metadata: {
        name,
        labels: { 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/kata-oc': '' },
        ...(annotations ? { annotations } : {}),
      },
    });
    jest.mocked(useK8sWatchResources).mockReturnValue({
      kataConfigs: { data: [kataConfig], loaded: true, loadError: undefined },
      nodes: {
        data: [
          kataOc('worker-0'),
          kataOc('worker-1'),
          kataOc('worker-2', {
            'machineconfiguration.openshift.io/state': 'Degraded',
            'machineconfiguration.openshift.io/reason': 'could not apply machine config',
          }),
        ],
        loaded: true,
        loadError: undefined,
      },
      runtimeClasses: { data: [], loaded: true, loadError: undefined },
    });
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByText('The operation failed on node worker-2')).toBeVisible();
    expect(screen.getByText('could not apply machine config')).toBeVisible();
    expect(screen.getByRole('link', { name: 'kata' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/runtimeclasses',
    );
    await user.click(screen.getByRole('tab', { name: 'Nodes' }));
    // The rollout view (src/rollout): failures counted apart, the failed node's row says so.
    expect(await screen.findByTestId('rollout-progress')).toHaveTextContent(
      'Kata installed on 1 of 3 nodes; 1 failed',
    );
    const table = screen.getByRole('grid', { name: 'Rollout per node' });
    expect(within(table).getByText('Failed to install')).toBeVisible();
  });

  it('explains what to do when deletion is blocked by kata pods', () => {
    watch([
      {
        ...kataConfig,
        status: {
          conditions: [
            {
              type: 'InProgress',
              status: 'False',
              reason: 'BlockedByExistingKataPods',
              message: 'existing pods using "kata" RuntimeClass found',
              lastTransitionTime: '2026-11-01T10:05:00Z',
            },
          ],
        },
      },
    ]);
    renderWithI18n(<KataConfigPage />);
    expect(
      screen.getByText('Uninstallation is blocked by pods that use the Kata runtime'),
    ).toBeVisible();
    expect(screen.getByText(/Delete the pods that use the kata RuntimeClass/)).toBeVisible();
  });

  it('hides edit and uninstall controls from read-only users and says why', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByTestId('read-only')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uninstall' })).toBeNull();
    expect(screen.getByText('example-kataconfig')).toBeVisible();
  });

  it('lets a user who may edit but not delete edit, with Uninstall disabled in Actions', async () => {
    const user = userEvent.setup();
    jest.mocked(useAccessReview).mockImplementation(({ verb }) => [verb === 'update', false]);
    renderWithI18n(<KataConfigPage />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: /Uninstall/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('menuitem', { name: 'Edit KataConfig' }));
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByTestId('read-only')).toHaveTextContent(
      'You do not have permission to delete (uninstall) this KataConfig.',
    );
  });

  it('renders in Japanese', () => {
    renderWithI18n(<KataConfigPage />, { lng: 'ja' });
    expect(screen.getByRole('tab', { name: 'ノード' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'アクション' })).toBeVisible();
    expect(screen.getByText('ノード worker-2 で操作が失敗しました')).toBeVisible();
  });
});

describe('KataConfigPage editor', () => {
  it('keeps form edits in the YAML view and YAML edits back in the form', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Log level' }), 'debug');
    await user.click(screen.getByRole('button', { name: 'YAML view' }));
    expect((yamlEditor() as HTMLTextAreaElement).value).toContain('logLevel: debug');
    fireEvent.change(yamlEditor(), {
      target: {
        value: (yamlEditor() as HTMLTextAreaElement).value.replace(
          'checkNodeEligibility: false',
          'checkNodeEligibility: true',
        ),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Form view' }));
    expect(screen.getByRole('combobox', { name: 'Log level' })).toHaveValue('debug');
    expect(screen.getByRole('checkbox', { name: 'Check node eligibility' })).toBeChecked();
  });

  it('shows, before saving, which nodes lose Kata and reboot when eligibility checking is turned on', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    expect(screen.queryByTestId('node-impact')).toBeNull();
    expect(screen.getByTestId('kataconfig-selector-matches')).toHaveTextContent(
      '2 worker nodes match this selector',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Check node eligibility' }));
    const impact = screen.getByTestId('node-impact');
    expect(impact).toHaveTextContent('Saving this change reboots nodes');
    expect(impact).toHaveTextContent('1 node will lose the Kata runtime and reboot:');
    expect(within(impact).getByTestId('node-impact-names')).toHaveTextContent('worker-1');
    expect(k8sUpdate).not.toHaveBeenCalled();
  });

  it('keeps the YAML text and stays in the YAML view when it does not parse', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.click(screen.getByRole('button', { name: 'YAML view' }));
    fireEvent.change(yamlEditor(), { target: { value: 'spec: [' } });
    await user.click(screen.getByRole('button', { name: 'Form view' }));
    const alert = screen.getByTestId('yaml-error');
    expect(alert).toHaveTextContent(/The YAML is not valid at line \d+, column \d+:/);
    // The parser's own sentence is English: marked so (WCAG 3.1.2), not translated.
    expect(within(alert).getByText(/flow collection/)).toHaveAttribute('lang', 'en');
    expect(yamlEditor()).toHaveValue('spec: [');
  });

  it('blocks saving an invalid label key without calling the API', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByRole('textbox', { name: 'Label key, row 1' }), 'bad key');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('save-blocked')).toHaveTextContent(
      'spec.kataConfigPoolSelector.matchLabels["bad key"]',
    );
    expect(k8sUpdate).not.toHaveBeenCalled();
  });

  it('saves with the loaded resourceVersion and keeps unknown fields', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sUpdate).mockImplementation(({ data }) => Promise.resolve(data));
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.click(screen.getByRole('checkbox', { name: 'Check node eligibility' }));
    await saveAndConfirmReboot(user);
    expect(await screen.findByText('The KataConfig was saved.')).toBeVisible();
    expect(k8sUpdate).toHaveBeenCalledTimes(1);
    const sent = jest.mocked(k8sUpdate).mock.calls[0]?.[0].data as KataConfigKind;
    expect(sent.metadata?.resourceVersion).toBe('100');
    expect(sent.metadata?.annotations).toEqual({ keep: 'me' });
    expect(sent.spec).toEqual({ checkNodeEligibility: true, logLevel: 'info' });
  });

  it('saves edits made in the YAML view, and refuses a renamed object', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sUpdate).mockImplementation(({ data }) => Promise.resolve(data));
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.click(screen.getByRole('button', { name: 'YAML view' }));
    const original = (yamlEditor() as HTMLTextAreaElement).value;
    fireEvent.change(yamlEditor(), {
      target: { value: original.replace('name: example-kataconfig', 'name: renamed') },
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('save-blocked')).toHaveTextContent('The name cannot be changed');
    expect(k8sUpdate).not.toHaveBeenCalled();
    fireEvent.change(yamlEditor(), {
      target: { value: original.replace('keep: me', 'keep: me\n    added: by-yaml') },
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(k8sUpdate).toHaveBeenCalledTimes(1);
    });
    const sent = jest.mocked(k8sUpdate).mock.calls[0]?.[0].data as KataConfigKind;
    expect(sent.metadata?.annotations).toEqual({ keep: 'me', added: 'by-yaml' });
    expect(sent.metadata?.resourceVersion).toBe('100');
  });

  it('on 409 shows what changed and re-applies my edits on the latest version', async () => {
    const user = userEvent.setup();
    const latest: KataConfigKind = {
      ...kataConfig,
      metadata: { ...kataConfig.metadata, resourceVersion: '105' },
      spec: { checkNodeEligibility: false, logLevel: 'warn' },
    };
    jest
      .mocked(k8sUpdate)
      .mockRejectedValueOnce(httpError(409, 'Conflict', 'object was modified'))
      .mockImplementationOnce(({ data }) => Promise.resolve(data));
    jest.mocked(k8sGet).mockResolvedValue(latest);
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.click(screen.getByRole('checkbox', { name: 'Check node eligibility' }));
    await saveAndConfirmReboot(user);
    const panel = await screen.findByTestId('conflict-panel');
    expect(within(panel).getByText('spec.logLevel')).toBeVisible();
    expect(within(panel).getByText('"warn"')).toBeVisible();
    await user.click(
      within(panel).getByRole('button', { name: 'Re-apply my changes to the latest version' }),
    );
    await waitFor(() => {
      expect(k8sUpdate).toHaveBeenCalledTimes(2);
    });
    const sent = jest.mocked(k8sUpdate).mock.calls[1]?.[0].data as KataConfigKind;
    expect(sent.metadata?.resourceVersion).toBe('105');
    expect(sent.spec).toEqual({ checkNodeEligibility: true, logLevel: 'warn' });
  });

  it('on 409 can discard my edits', async () => {
    const user = userEvent.setup();
    const latest: KataConfigKind = {
      ...kataConfig,
      metadata: { ...kataConfig.metadata, resourceVersion: '105' },
    };
    jest.mocked(k8sUpdate).mockRejectedValueOnce(httpError(409, 'Conflict', 'object was modified'));
    jest.mocked(k8sGet).mockResolvedValue(latest);
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Log level' }), 'trace');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Discard my changes' }));
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Log level' })).toHaveValue('info');
    expect(k8sUpdate).toHaveBeenCalledTimes(1);
  });

  it('lists 422 causes per field and keeps what the user typed', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sUpdate).mockRejectedValue(
      httpError(422, 'Invalid', 'KataConfig "example-kataconfig" is invalid', {
        causes: [{ field: 'spec.logLevel', message: 'Unsupported value: "trace"' }],
      }),
    );
    renderWithI18n(<KataConfigPage />, { route: YAML_TAB });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Log level' }), 'trace');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByTestId('save-error');
    expect(alert).toHaveTextContent('Could not save the KataConfig');
    expect(alert).toHaveTextContent('spec.logLevel: Unsupported value: "trace"');
    expect(screen.getByRole('combobox', { name: 'Log level' })).toHaveValue('trace');
  });

  it('keeps unsaved edits when the watch drops', async () => {
    const user = userEvent.setup();
    const i18n = createTestI18n();
    const ui = () => (
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[YAML_TAB]}>
          <KataConfigPage />
        </MemoryRouter>
      </I18nextProvider>
    );
    const { rerender } = render(ui());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Log level' }), 'trace');
    watch([kataConfig], new Error('websocket closed'));
    rerender(ui());
    expect(screen.getByTestId('watch-error')).toHaveTextContent('websocket closed');
    expect(screen.getByRole('combobox', { name: 'Log level' })).toHaveValue('trace');
  });
});

describe('KataConfigPage uninstall', () => {
  it('requires typing the name, deletes, then shows the uninstall progress', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sDelete).mockResolvedValue(kataConfig);
    renderWithI18n(<KataConfigPage />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Uninstall' }));
    // The dialog's code loads when it is opened.
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/The nodes reboot/)).toBeVisible();
    const confirm = within(dialog).getByRole('button', { name: 'Uninstall' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'example-kataconfi');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'g');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => {
      expect(k8sDelete).toHaveBeenCalledWith(expect.objectContaining({ resource: kataConfig }));
    });
    expect(await screen.findByTestId('uninstall-progress')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('follows the uninstallation node by node, then ends on "uninstalled" (in Japanese)', async () => {
    const user = userEvent.setup();
    jest.mocked(k8sDelete).mockResolvedValue(kataConfig);
    const i18n = createTestI18n('ja');
    const tree = () => (
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/sandboxed-containers/kataconfig']}>
          <KataConfigPage />
        </MemoryRouter>
      </I18nextProvider>
    );
    const { rerender } = render(tree());
    await user.click(screen.getByRole('button', { name: 'アクション' }));
    await user.click(screen.getByRole('menuitem', { name: 'アンインストール' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'example-kataconfig');
    await user.click(within(dialog).getByRole('button', { name: 'アンインストール' }));
    await waitFor(() => {
      expect(k8sDelete).toHaveBeenCalled();
    });
    // The Nodes tab follows the way back instead of the installation.
    await user.click(screen.getByRole('tab', { name: 'ノード' }));
    expect(await screen.findByTestId('uninstall-status')).toBeVisible();
    expect(screen.queryByTestId('uninstalled')).toBeNull();

    // The operator removed its finalizer: the KataConfig is gone from the watch.
    watch([]);
    rerender(tree());
    expect(await screen.findByTestId('uninstalled')).toHaveTextContent(
      'Kata はアンインストールされました',
    );
    expect(screen.getByTestId('kataconfig-empty')).toBeVisible();
  });

  it('a page opened without a KataConfig shows no "uninstalled"', () => {
    watch([]);
    renderWithI18n(<KataConfigPage />);
    expect(screen.getByTestId('kataconfig-empty')).toBeVisible();
    expect(screen.queryByTestId('uninstalled')).toBeNull();
  });
});
