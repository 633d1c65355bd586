import { useFlag, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KataConfigKind, NodeKind } from '../models';
import { renderWithI18n } from '../shared/test-utils';
import EligibilityPage from './EligibilityPage';
import { kataConfig, nodes, syntheticNodes } from './fixtures';

type Watch = { data: unknown; loaded: boolean; loadError: unknown };
const ok = (data: unknown): Watch => ({ data, loaded: true, loadError: undefined });

const mockCluster = ({
  nodeList = [nodes.intel, nodes.rhel, nodes.master, nodes.noNfd] as NodeKind[],
  nodesWatch,
  kc = kataConfig({}, { installed: ['compute-0.example.com'] }),
  nfds = [] as unknown[],
}: { nodeList?: NodeKind[]; nodesWatch?: Watch; kc?: KataConfigKind; nfds?: unknown[] } = {}) => {
  jest.mocked(useFlag).mockReturnValue(true);
  jest.mocked(useK8sWatchResources).mockReturnValue({
    nodes: nodesWatch ?? ok(nodeList),
    kataConfigs: ok([kc]),
    infrastructure: ok({ status: { platformStatus: { type: 'BareMetal' } } }),
    nodeFeatureDiscoveries: ok(nfds),
    kataRuntimeClass: ok([{ overhead: { podFixed: { memory: '350Mi', cpu: '250m' } } }]),
  } as never);
};

const rowOf = (name: string) => {
  const row = screen
    .getAllByTestId('eligibility-row')
    .find((r) => within(r).queryByRole('link', { name }) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};

describe('EligibilityPage', () => {
  it('watches everything with one useK8sWatchResources call', () => {
    mockCluster();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    expect(useK8sWatchResources).toHaveBeenCalled();
    const resources = jest.mocked(useK8sWatchResources).mock.calls[0][0];
    expect(Object.keys(resources).sort()).toEqual([
      'infrastructure',
      'kataConfigs',
      'kataRuntimeClass',
      'nodeFeatureDiscoveries',
      'nodes',
    ]);
    expect(resources.nodes).toMatchObject({
      isList: true,
      groupVersionKind: { kind: 'Node', version: 'v1' },
    });
    // A list narrowed by name: a deletion shows at once (a named watch keeps the object ~30 s).
    expect(resources.kataRuntimeClass).toMatchObject({
      isList: true,
      fieldSelector: 'metadata.name=kata',
    });
    expect(resources.kataRuntimeClass).not.toHaveProperty('name');
  });

  it('shows the loading skeleton, not the NFD callout, while the flags are unresolved', () => {
    mockCluster();
    // The console's useFlag is undefined until discovery has run (utils/flags.ts).
    jest.mocked(useFlag).mockReturnValue(undefined as unknown as boolean);
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    expect(screen.getByText('Loading nodes')).toBeInTheDocument();
    expect(screen.queryAllByTestId('eligibility-row')).toHaveLength(0);
  });

  it('shows each node with its verdict, Kata state and reason', () => {
    mockCluster();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    expect(rowOf('compute-0.example.com').getByText('Eligible')).toBeInTheDocument();
    expect(rowOf('compute-0.example.com').getByText('Installed')).toBeInTheDocument();
    expect(rowOf('rhel-worker-0.example.com').getByText('Not eligible')).toBeInTheDocument();
    expect(
      rowOf('rhel-worker-0.example.com').getByText('RHEL nodes are not supported'),
    ).toBeInTheDocument();
    expect(rowOf('master-0.example.com').getByText('Not a worker node')).toBeInTheDocument();
    expect(rowOf('compute-5.example.com').getByText('Not installed')).toBeInTheDocument();
    expect(screen.getByTestId('summary-eligible')).toHaveTextContent('1');
    expect(screen.getByTestId('summary-not-eligible')).toHaveTextContent('3');
    expect(screen.getByTestId('summary-kata-installed')).toHaveTextContent('1');
  });

  it('shows a cordoned node as eligible, with the cordon as a warning in the reason and the checks', async () => {
    mockCluster({ nodeList: [nodes.intel, nodes.cordoned, nodes.rhel] });
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    expect(rowOf('compute-4.example.com').getByTestId('verdict')).toHaveTextContent('Eligible');
    const reason = rowOf('compute-4.example.com').getByTestId('reason');
    expect(reason).toHaveTextContent('The node is unschedulable (cordoned)');
    expect(within(reason).getByTestId('status-icon-warn')).toBeInTheDocument();
    // An eligible node without a warning has an empty reason; a failure has no warning icon.
    expect(rowOf('compute-0.example.com').getByTestId('reason')).toHaveTextContent(/^$/);
    expect(
      within(rowOf('rhel-worker-0.example.com').getByTestId('reason')).queryByTestId(
        'status-icon-warn',
      ),
    ).not.toBeInTheDocument();
    // The counts stay counts of verdicts.
    expect(screen.getByTestId('summary-eligible')).toHaveTextContent('2');
    expect(screen.getByTestId('summary-not-eligible')).toHaveTextContent('1');

    await user.click(screen.getByRole('button', { name: 'Show checks for compute-4.example.com' }));
    const list = await screen.findByRole('list', {
      name: 'Eligibility checks for compute-4.example.com',
    });
    const schedulable = within(list).getByTestId('check-schedulable');
    expect(within(schedulable).getByTestId('check-status')).toHaveTextContent('Warning');
    expect(within(schedulable).getByTestId('status-icon-warn')).toBeInTheDocument();
    expect(schedulable).toHaveTextContent('The node is unschedulable (cordoned)');
    expect(within(schedulable).getByTestId('check-hint')).toHaveTextContent(
      'Make the node schedulable again (oc adm uncordon) when its maintenance is over.',
    );
  });

  it('filters by verdict when a summary card is clicked, and clears on a second click', async () => {
    mockCluster();
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    const card = screen.getByRole('button', { name: 'Show only eligible nodes' });
    await user.click(card);
    expect(screen.getAllByTestId('eligibility-row')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'compute-0.example.com' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter by eligibility' })).toHaveTextContent(
      'Eligible',
    );
    await user.click(card);
    expect(screen.getAllByTestId('eligibility-row')).toHaveLength(4);
  });

  it('filters by name and by role', async () => {
    mockCluster();
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    await user.type(screen.getByRole('textbox', { name: 'Filter by node name' }), 'RHEL');
    expect(screen.getAllByTestId('eligibility-row')).toHaveLength(1);
    expect(screen.getByText('Nodes shown: 1 of 4')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Filter by node name' }));
    await user.click(screen.getByRole('button', { name: 'Filter by role' }));
    await user.click(screen.getByRole('option', { name: 'Control plane' }));
    expect(screen.getAllByTestId('eligibility-row')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'master-0.example.com' })).toBeInTheDocument();
  });

  it('sorts by verdict', async () => {
    mockCluster();
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    await user.click(screen.getByRole('button', { name: 'Eligibility' }));
    const verdicts = screen.getAllByTestId('verdict').map((el) => el.textContent);
    expect(verdicts).toEqual(['Not eligible', 'Not eligible', 'Not eligible', 'Eligible']);
  });

  it('opens the checks of a node with evidence and remediation', async () => {
    mockCluster();
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    await user.click(
      screen.getByRole('button', { name: 'Show checks for rhel-worker-0.example.com' }),
    );
    // The panel's code loads when a row is first opened.
    const list = await screen.findByRole('list', {
      name: 'Eligibility checks for rhel-worker-0.example.com',
    });
    const os = within(list).getByTestId('check-os');
    expect(os).toHaveTextContent('Operating system (RHCOS)');
    expect(os).toHaveTextContent('Failed');
    expect(within(os).getByText('node.openshift.io/os_id=rhel')).toBeInTheDocument();
    expect(os).toHaveTextContent(
      'supports only Red Hat Enterprise Linux CoreOS (RHCOS) worker nodes',
    );
    expect(within(list).getByTestId('check-virtualization')).toHaveTextContent('Passed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: /Eligibility checks/ })).not.toBeInTheDocument();
    // Focus returns to the row, the table's one tab stop for it.
    expect(screen.getByRole('row', { name: /rhel-worker-0\.example\.com/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show checks for master-0.example.com' }));
    await user.click(screen.getByRole('button', { name: 'Close checks' }));
    expect(screen.queryByRole('list', { name: /Eligibility checks/ })).not.toBeInTheDocument();
  });

  it('has one tab stop per row: Enter opens the checks, Escape gives focus back to the row', async () => {
    mockCluster();
    const user = userEvent.setup();
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    const rows = screen.getAllByTestId('eligibility-row');
    // Nothing inside a row is in the tab order: the row is the one stop.
    for (const row of rows) {
      expect(row).toHaveAttribute('tabindex', '0');
      for (const el of [
        ...within(row).queryAllByRole('link'),
        ...within(row).queryAllByRole('button'),
      ]) {
        expect(el).toHaveAttribute('tabindex', '-1');
      }
    }
    rows[0].focus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('list', { name: /Eligibility checks/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: /Eligibility checks/ })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('eligibility-row')[1]).toHaveFocus();
  });

  it('explains that virtualization is unknown without a NodeFeatureDiscovery, and links to the wizard', () => {
    mockCluster({ nfds: [] });
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    const callout = screen.getByTestId('nfd-callout');
    expect(callout).toHaveTextContent(
      'Hardware virtualization support is unknown until NFD labels the nodes',
    );
    expect(within(callout).getByRole('link', { name: 'install wizard' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/install',
    );
  });

  it('does not watch NodeFeatureDiscoveries when the NFD operator is not installed, and says so', () => {
    mockCluster();
    jest.mocked(useFlag).mockImplementation((flag) => flag !== 'SANDBOXED_CONTAINERS_NFD');
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    const resources = jest.mocked(useK8sWatchResources).mock.lastCall?.[0] ?? {};
    expect(Object.keys(resources)).not.toContain('nodeFeatureDiscoveries');
    expect(screen.getByTestId('nfd-callout')).toHaveTextContent(
      'The Node Feature Discovery (NFD) Operator is not installed.',
    );
    // With checkNodeEligibility: true the missing label fails first; virtualization stays unknown.
    expect(
      rowOf('compute-5.example.com').getByText(
        'The feature.node.kubernetes.io/runtime.kata=true label is missing',
      ),
    ).toBeInTheDocument();
  });

  it('hides the NFD callout when a NodeFeatureDiscovery exists and warns when all workers are targets', () => {
    mockCluster({
      nfds: [{ metadata: { name: 'nfd-kata' } }],
      kc: kataConfig({ checkNodeEligibility: false }),
    });
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    expect(screen.queryByTestId('nfd-callout')).not.toBeInTheDocument();
    expect(screen.getByTestId('all-workers-callout')).toHaveTextContent(
      'Kata is installed on all worker nodes',
    );
  });

  it('keeps the DOM bounded with 5,000 nodes', () => {
    mockCluster({ nodeList: syntheticNodes(5000) });
    renderWithI18n(<EligibilityPage viewportHeight={480} />);
    const rendered = screen.getAllByTestId('eligibility-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThanOrEqual(60);
    expect(screen.getByText('Nodes shown: 5,000 of 5,000')).toBeInTheDocument();
    expect(screen.getByTestId('spacer-bottom')).toBeInTheDocument();
  });

  it('shows a skeleton while loading', () => {
    mockCluster({ nodesWatch: { data: undefined, loaded: false, loadError: undefined } });
    renderWithI18n(<EligibilityPage />);
    expect(screen.getByTestId('eligibility-loading')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('shows the API message when listing nodes fails', () => {
    const err = Object.assign(new Error('Internal error'), {
      code: 500,
      json: { message: 'etcdserver: request timed out', reason: 'InternalError' },
    });
    mockCluster({ nodesWatch: { data: undefined, loaded: false, loadError: err } });
    renderWithI18n(<EligibilityPage />);
    expect(screen.getByTestId('nodes-error')).toHaveTextContent('etcdserver: request timed out');
  });

  it('says clearly when the user may not list nodes', () => {
    const err = Object.assign(new Error('Forbidden'), {
      code: 403,
      json: {
        message: 'nodes is forbidden: User "dev" cannot list resource "nodes"',
        reason: 'Forbidden',
      },
    });
    mockCluster({ nodesWatch: { data: undefined, loaded: true, loadError: err } });
    renderWithI18n(<EligibilityPage />);
    expect(screen.getByTestId('nodes-forbidden')).toHaveTextContent(
      'You do not have permission to list nodes',
    );
  });

  it('shows an empty state without nodes', () => {
    mockCluster({ nodeList: [] });
    renderWithI18n(<EligibilityPage />);
    expect(screen.getByText('No nodes')).toBeInTheDocument();
  });

  it('renders in Japanese', () => {
    mockCluster();
    renderWithI18n(<EligibilityPage viewportHeight={480} />, { lng: 'ja' });
    expect(rowOf('rhel-worker-0.example.com').getByText('不適格')).toBeInTheDocument();
    expect(
      rowOf('rhel-worker-0.example.com').getByText('RHEL ノードはサポートされていません'),
    ).toBeInTheDocument();
    expect(screen.getByText('表示中のノード: 4 / 4')).toBeInTheDocument();
  });
});
