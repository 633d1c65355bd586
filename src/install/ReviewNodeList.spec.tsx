import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluateCluster } from '../eligibility/evaluate';
import type { NodeEvaluation } from '../eligibility/types';
import { makeNode, nodes as fx } from '../eligibility/fixtures';
import { renderWithI18n } from '../shared/test-utils';
import { platformGate } from './platformGate';
import { PlatformGateAlert } from './PlatformGateAlert';
import { ReviewNodeList } from './ReviewNodeList';
import { reviewNodes } from './reviewNodes';

const review = (
  nodes: ReturnType<typeof makeNode>[],
  method: 'nfd' | 'manual' | 'all-workers' = 'nfd',
) => {
  const ctx = { platform: 'BareMetal', nfdInstalled: true, nfdPresent: true };
  const { evaluations } = evaluateCluster(nodes, ctx);
  return reviewNodes({
    ctx,
    method,
    nodes,
    spec: { checkNodeEligibility: method !== 'all-workers' },
    evaluations: new Map<string, NodeEvaluation>(evaluations.map((e) => [e.name, e])),
    manualNodes: [],
    kataRuleActive: undefined,
    converged: false,
  });
};

describe('ReviewNodeList', () => {
  it('before NFD has run: every worker by name, "NFD decides", never "about 0"', () => {
    const workers = ['w0', 'w1', 'w2'].map((name) =>
      makeNode({ name, labels: { 'node-role.kubernetes.io/worker': '' } }),
    );
    renderWithI18n(<ReviewNodeList review={review([...workers, fx.master])} />);
    expect(screen.getByTestId('target-count')).toHaveTextContent(
      'NFD decides which of these 3 workers get the Kata runtime',
    );
    expect(screen.getByTestId('target-count').textContent).not.toMatch(/About 0|^0 nodes/);
    for (const w of ['w0', 'w1', 'w2']) {
      expect(
        within(screen.getByTestId(`review-node-${w}`)).getByText('NFD decides'),
      ).toBeInTheDocument();
    }
    expect(screen.queryByTestId('review-node-master-0.example.com')).not.toBeInTheDocument();
  });

  it('mixed cluster: the nodes that stop the rollout are named and counted, with the reason', async () => {
    renderWithI18n(
      <ReviewNodeList review={review([fx.intel, fx.noVirt, fx.rhel, fx.notReady, fx.cordoned])} />,
    );
    expect(screen.getByTestId('target-count')).toHaveTextContent(
      '4 nodes will get the Kata runtime and reboot one after another.',
    );
    expect(screen.getByTestId('review-blocking')).toHaveTextContent(
      '2 of these nodes will stop the rollout',
    );
    expect(screen.getByTestId('review-node-compute-3.example.com')).toHaveTextContent(
      'Not Ready: blocks the whole rollout until it is Ready and schedulable',
    );
    // Cordoned is eligible (a warning), and the review still says it holds the rollout.
    const cordoned = screen.getByTestId('review-node-compute-4.example.com');
    expect(cordoned).toHaveTextContent(
      'Cordoned: blocks the whole rollout until it is Ready and schedulable',
    );
    expect(cordoned).toHaveTextContent('Eligible');
    expect(screen.getByTestId('review-node-rhel-worker-0.example.com')).toHaveTextContent(
      'Not eligible',
    );
    expect(screen.getByTestId('review-node-rhel-worker-0.example.com')).toHaveTextContent(
      'Not RHCOS',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show the worker that does not get Kata' }),
    );
    expect(screen.getByTestId('not-labelled')).toHaveTextContent('compute-2.example.com');
  });

  it('Japanese: the same facts, no English sentence left', () => {
    renderWithI18n(<ReviewNodeList review={review([fx.intel, fx.notReady])} />, {
      lng: 'ja',
    });
    expect(screen.getByTestId('target-count')).toHaveTextContent(
      '2 個のノードに Kata ランタイムがインストールされ',
    );
    expect(screen.getByTestId('review-blocking').textContent).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });
});

describe('PlatformGateAlert', () => {
  it('vSphere: a danger alert naming the platform and why, before any step', () => {
    const gate = platformGate('VSphere', [fx.vsphere], { platform: 'VSphere', nfdInstalled: true });
    renderWithI18n(<PlatformGateAlert gate={gate} />);
    const alert = screen.getByTestId('platform-gate');
    expect(alert).toHaveTextContent('VMware vSphere is not supported for Kata');
    expect(alert).toHaveTextContent('nested virtualization, which is not supported');
    expect(alert).toHaveTextContent('does not support peer pods on this platform either');
  });

  it('AWS without .metal workers: unsupported, peer pods as the way forward (ja)', () => {
    const gate = platformGate('AWS', [fx.awsVirtual], { platform: 'AWS', nfdInstalled: true });
    renderWithI18n(<PlatformGateAlert gate={gate} />, { lng: 'ja' });
    const alert = screen.getByTestId('platform-gate');
    expect(alert).toHaveTextContent('Amazon Web Services (AWS) は Kata ではサポートされていません');
    expect(alert).toHaveTextContent('ピア Pod');
  });

  it('bare metal: nothing to say', () => {
    renderWithI18n(<PlatformGateAlert gate={{ kind: 'supported' }} />);
    expect(screen.queryByTestId('platform-gate')).not.toBeInTheDocument();
  });
});
