import {
  useAccessReview,
  useFlag,
  useK8sWatchResource,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import type { KataConfigKind } from '../models';
import { nodes as eligibilityNodes } from '../eligibility/fixtures';
import { renderWithI18n } from '../shared/test-utils';
import { kataDeploymentPod, kataRC } from '../workloads/fixtures';
import OverviewPage from './OverviewPage';

const installed: KataConfigKind = {
  metadata: { name: 'example-kataconfig' },
  spec: { checkNodeEligibility: true },
  status: {
    kataNodes: {
      nodeCount: 2,
      readyNodeCount: 2,
      installed: ['compute-0.example.com', 'compute-1.example.com'],
    },
  },
};

const stuck: KataConfigKind = {
  ...installed,
  status: {
    kataNodes: { nodeCount: 2, readyNodeCount: 1, failedToInstall: ['compute-1.example.com'] },
    conditions: [
      {
        type: 'InProgress',
        status: 'True',
        reason: 'Failed',
        message: 'Node compute-1.example.com Degraded: failed to pull extensions image',
        lastTransitionTime: '2026-01-05T08:00:00Z',
      },
    ],
  },
};

const ok = <T,>(data: T) => ({ data, loaded: true, loadError: undefined });

const setCluster = (kataConfigs: KataConfigKind[], operator = true) => {
  jest.mocked(useFlag).mockReturnValue(operator);
  jest.mocked(useK8sWatchResource).mockReturnValue([[], true, undefined]);
  jest.mocked(useK8sWatchResources).mockImplementation(((resources: Record<string, unknown>) => ({
    nodes: ok([eligibilityNodes.intel, eligibilityNodes.amd]),
    kataConfigs: ok(kataConfigs),
    infrastructure: ok({ status: { platform: 'BareMetal' } }),
    nodeFeatureDiscoveries: ok([]),
    kataRuntimeClass: ok([kataRC]),
    runtimeClasses: ok([kataRC]),
    ...('pods' in resources
      ? {
          pods: ok([
            kataDeploymentPod('web-5d9f8c7b6-a', 'web'),
            kataDeploymentPod('web-5d9f8c7b6-b', 'web'),
          ]),
        }
      : {}),
  })) as unknown as typeof useK8sWatchResources);
};

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
});

describe('OverviewPage', () => {
  it('shows the rollout, the classes and what the Kata pods cost, with nothing to do', () => {
    setCluster([installed]);
    renderWithI18n(<OverviewPage />);
    expect(screen.getByTestId('next-action')).toHaveAttribute('data-action', 'nothing');
    expect(screen.getByTestId('rollout')).toHaveTextContent(
      'Installed: Kata is ready on 2 of 2 nodes',
    );
    expect(screen.getByTestId('rc-kata')).toHaveTextContent(
      'kata: overhead 350 MiB, 250m CPU per pod',
    );
    expect(screen.getByTestId('kata-pods')).toHaveTextContent(
      '2 holding node resources; overhead 700 MiB, 500m CPU',
    );
    expect(screen.getByTestId('kata-pods')).toHaveAttribute(
      'href',
      '/sandboxed-containers/workloads',
    );
  });

  it('sends to the install wizard without a KataConfig', () => {
    setCluster([]);
    renderWithI18n(<OverviewPage />);
    expect(screen.getByTestId('next-action')).toHaveAttribute('data-action', 'install');
    expect(screen.getByRole('link', { name: 'Install Kata' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/install',
    );
  });

  it('names the node that stops the rollout', () => {
    setCluster([stuck]);
    renderWithI18n(<OverviewPage />);
    const next = screen.getByTestId('next-action');
    expect(next).toHaveAttribute('data-action', 'fix-rollout');
    expect(next).toHaveTextContent('Kata could not be installed on node compute-1.example.com');
    expect(next).toHaveTextContent('Read the machine-config-daemon log of compute-1.example.com');
    expect(next).toHaveTextContent('failed to pull extensions image');
  });

  it('asks for the Operator first when it is not installed', () => {
    setCluster([], false);
    renderWithI18n(<OverviewPage />);
    expect(screen.getByTestId('next-action')).toHaveAttribute('data-action', 'install-operator');
  });

  it('says when the user cannot list the pods of all namespaces', () => {
    setCluster([installed]);
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderWithI18n(<OverviewPage />);
    expect(screen.getByText('You cannot list pods in all namespaces')).toBeInTheDocument();
  });

  it('is translated into Japanese', () => {
    setCluster([installed]);
    renderWithI18n(<OverviewPage />, { lng: 'ja' });
    expect(screen.getByTestId('rollout')).toHaveTextContent(
      'インストール済み: 2 個中 2 個のノードで Kata の準備ができています',
    );
  });
});
