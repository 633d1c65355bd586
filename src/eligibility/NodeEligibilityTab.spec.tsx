import { useFlag, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { renderWithI18n } from '../shared/test-utils';
import { kataConfig, nodes } from './fixtures';
import NodeEligibilityTab from './NodeEligibilityTab';

const ok = (data: unknown) => ({ data, loaded: true, loadError: undefined });

describe('NodeEligibilityTab', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    jest.mocked(useK8sWatchResources).mockReturnValue({
      kataConfigs: ok([kataConfig({}, { failedToInstall: ['edge-0.example.com'] })]),
      infrastructure: ok({ status: { platformStatus: { type: 'BareMetal' } } }),
      nodeFeatureDiscoveries: ok([{ metadata: { name: 'nfd-kata' } }]),
      kataRuntimeClass: ok([{ overhead: { podFixed: { memory: '350Mi' } } }]),
    } as never);
  });

  it('does not watch the node list', () => {
    renderWithI18n(<NodeEligibilityTab obj={nodes.intel} />);
    const resources = jest.mocked(useK8sWatchResources).mock.calls[0][0];
    expect(Object.keys(resources)).not.toContain('nodes');
  });

  it('lists the checks of the node in English', () => {
    renderWithI18n(<NodeEligibilityTab obj={nodes.lowMemory} />);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Not eligible');
    expect(screen.getByTestId('kata-state')).toHaveTextContent('Failed to install');
    const memory = screen.getByTestId('check-memory');
    expect(memory).toHaveTextContent(
      'Allocatable memory 1.95 GiB is less than the 2.34 GiB one Kata pod needs',
    );
    expect(within(memory).getByText('status.allocatable.memory=2000Mi')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the eligibility of all nodes' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/nodes',
    );
  });

  it('shows a cordoned node as eligible with the warning, in Japanese', () => {
    renderWithI18n(<NodeEligibilityTab obj={nodes.cordoned} />, { lng: 'ja' });
    expect(screen.getByTestId('verdict')).toHaveTextContent('適格');
    // Next to the verdict, and in the check.
    expect(screen.getAllByText('ノードはスケジュール対象外です (cordon 済み)')).toHaveLength(2);
    const schedulable = screen.getByTestId('check-schedulable');
    expect(within(schedulable).getByTestId('check-status')).toHaveTextContent('警告');
    expect(schedulable).toHaveTextContent('ノードはスケジュール対象外です (cordon 済み)');
    expect(within(schedulable).getByTestId('check-hint')).toHaveTextContent('oc adm uncordon');
  });

  it('renders the checks in Japanese', () => {
    renderWithI18n(<NodeEligibilityTab obj={nodes.vsphere} />, { lng: 'ja' });
    expect(screen.getByTestId('verdict')).toHaveTextContent('不適格');
    const platform = screen.getByTestId('check-platform');
    expect(platform).toHaveTextContent('プラットフォーム (ベアメタル)');
    expect(platform).toHaveTextContent('不合格');
    expect(platform).toHaveTextContent('ネストされた仮想化はサポートされていません');
    expect(screen.getByTestId('check-role')).toHaveTextContent('ワーカーロール');
    expect(screen.getByRole('link', { name: 'すべてのノードの適格性を表示' })).toBeInTheDocument();
  });
});
