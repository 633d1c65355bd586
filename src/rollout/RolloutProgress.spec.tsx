import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import type { KataConfigKind } from '../models';
import type { PodDisruptionBudgetKind, PodKind } from '../models/cluster';
import { renderWithI18n } from '../shared/test-utils';
import { kataConfig, node, pool, T0_MS } from './fixtures.testing';
import { RolloutProgress } from './RolloutProgress';

jest.mock('@openshift-console/dynamic-plugin-sdk', () =>
  jest.requireActual<Record<string, unknown>>(
    '../../__mocks__/@openshift-console/dynamic-plugin-sdk',
  ),
);

const pools = [pool('master'), pool('worker'), pool('kata-oc')];
const pdb: PodDisruptionBudgetKind = {
  metadata: { name: 'db-pdb', namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'db' } }, minAvailable: 1 },
  status: { disruptionsAllowed: 0 },
};
const dbPod: PodKind = {
  metadata: { name: 'db-0', namespace: 'shop', labels: { app: 'db' } },
  spec: { nodeName: 'worker-1' },
  status: { phase: 'Running' },
};

/** What the console's watch returns per kind; records the watched resources. */
const watches: (WatchK8sResource | null)[] = [];
const serve = (data: { pdbs?: PodDisruptionBudgetKind[]; pods?: PodKind[] } = {}) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    watches.push(resource);
    switch (resource?.groupVersionKind?.kind) {
      case 'MachineConfigPool':
        return [pools, true, undefined];
      case 'PodDisruptionBudget':
        return [data.pdbs ?? [], true, undefined];
      case 'Pod':
        return [data.pods ?? [], true, undefined];
      default:
        return [undefined, false, undefined];
    }
  }) as unknown as typeof useK8sWatchResource);
};

beforeEach(() => {
  watches.length = 0;
  jest.useFakeTimers({ now: T0_MS + 10 * 60_000 });
});
afterEach(() => {
  jest.useRealTimers();
});

const failedKc = (): KataConfigKind => ({
  ...kataConfig(),
  status: {
    conditions: [
      {
        type: 'InProgress',
        status: 'True',
        reason: 'Failed',
        message: 'Node worker-rhel-0 Degraded: failed to apply extensions',
        lastTransitionTime: '',
      },
    ],
  },
});

describe('RolloutProgress', () => {
  it('counts failures against the labelled nodes and says why the rollout stops (en)', () => {
    serve();
    renderWithI18n(
      <RolloutProgress
        kataConfig={failedKc()}
        nodes={[
          node('worker-0', { step: 'updated' }),
          node('worker-rhel-0', { step: 'failed', reason: 'failed to apply extensions' }),
          node('worker-2'),
        ]}
      />,
    );
    expect(screen.getAllByText('Kata installed on 1 of 3 nodes; 1 failed').length).toBeGreaterThan(
      0,
    );
    expect(screen.getByTestId('rollout-progress')).toHaveAttribute('data-state', 'stuck');
    expect(screen.getByText('The rollout is stuck')).toBeInTheDocument();
    const problem = screen.getByTestId('rollout-problem-node-failed');
    expect(
      within(problem).getByText('Kata could not be installed on node worker-rhel-0'),
    ).toBeInTheDocument();
    expect(within(problem).getByText('failed to apply extensions')).toHaveAttribute('lang', 'en');
    // The operator's message: a sentence, with the English original marked.
    const message = screen.getByTestId('operator-message');
    expect(message).toHaveTextContent(
      'Node worker-rhel-0 is degraded: its Machine Config Daemon could not apply the Kata configuration.',
    );
    expect(
      within(message).getByText('Node worker-rhel-0 Degraded: failed to apply extensions'),
    ).toHaveAttribute('lang', 'en');
    const row = screen.getByTestId('rollout-node-worker-rhel-0');
    expect(row).toHaveAttribute('data-phase', 'failed');
    // No drain is slow: PodDisruptionBudgets and pods are not watched.
    expect(watches.filter((w) => w !== null).map((w) => w.groupVersionKind?.kind)).not.toContain(
      'PodDisruptionBudget',
    );
  });

  it('names the cordoned node that holds the pool (ja)', () => {
    serve();
    renderWithI18n(
      <RolloutProgress
        kataConfig={kataConfig()}
        nodes={[node('worker-0'), node('worker-cordoned-0', { cordoned: true })]}
      />,
      { lng: 'ja' },
    );
    const problem = screen.getByTestId('rollout-problem-node-unavailable');
    expect(problem).toHaveTextContent('worker-cordoned-0');
    expect(problem).toHaveTextContent('oc adm uncordon worker-cordoned-0');
    expect(problem.textContent).not.toMatch(/blocks the whole rollout/);
  });

  it('a drain held by a PodDisruptionBudget: the budget, its namespace and its pods', () => {
    serve({ pdbs: [pdb], pods: [dbPod] });
    renderWithI18n(
      <RolloutProgress
        kataConfig={kataConfig()}
        nodes={[node('worker-0', { step: 'updated' }), node('worker-1', { step: 'draining' })]}
      />,
    );
    expect(screen.getByTestId('drain-blockers')).toHaveTextContent(
      'Drain blocked by PodDisruptionBudget db-pdb in namespace shop: it allows no disruption of db-0.',
    );
    const pods = watches.find((w) => w?.groupVersionKind?.kind === 'Pod');
    expect(pods).toMatchObject({ isList: true, fieldSelector: 'spec.nodeName=worker-1' });
    expect(screen.getByTestId('rollout-node-worker-1')).toHaveTextContent('10 minutes ago');
  });

  it.each([
    [
      'en',
      'Kata installed on 2 of 2 nodes; 1 cannot start Kata pods',
      'Kata pods cannot start on node worker-rhel-0',
      'Installed',
      'Kata pods cannot start on this node: it runs RHEL',
    ],
    [
      'ja',
      '2 個のノードのうち 2 個に Kata がインストールされました。1 個では Kata の Pod を起動できません',
      'ノード worker-rhel-0 では Kata の Pod を起動できません',
      'インストール済み',
      'Red Hat Enterprise Linux (RHEL) コンピュートマシン',
    ],
  ] as const)(
    'a RHEL node the operator counts as installed: flagged, no success (%s)',
    (lng, summary, title, installed, caveat) => {
      serve();
      renderWithI18n(
        <RolloutProgress
          kataConfig={kataConfig({ runtimeClasses: ['kata'] })}
          nodes={[
            node('worker-0', { step: 'updated', os: 'rhcos' }),
            node('worker-rhel-0', { step: 'updated', os: 'rhel' }),
          ]}
        />,
        { lng },
      );
      const bar = screen.getByTestId('rollout-progress');
      expect(bar).toHaveAttribute('data-state', 'installed-unusable');
      expect(within(bar).getAllByText(summary).length).toBeGreaterThan(0);
      expect(screen.queryByTestId('rollout-done')).not.toBeInTheDocument();
      const problem = screen.getByTestId('rollout-problem-kata-unusable');
      expect(within(problem).getByText(title)).toBeInTheDocument();
      expect(problem).toHaveTextContent('kataConfigPoolSelector');
      const row = screen.getByTestId('rollout-node-worker-rhel-0');
      expect(within(row).getByRole('cell', { name: installed })).toBeInTheDocument();
      expect(within(row).getByTestId('kata-unusable')).toHaveTextContent(caveat);
      expect(
        within(screen.getByTestId('rollout-node-worker-0')).queryByTestId('kata-unusable'),
      ).not.toBeInTheDocument();
    },
  );
});
