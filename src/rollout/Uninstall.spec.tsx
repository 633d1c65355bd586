import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import type { KataConfigKind } from '../models';
import type { PodKind } from '../models/cluster';
import { renderWithI18n } from '../shared/test-utils';
import { kataConfig, node, pool } from './fixtures.testing';
import { UninstallPlan } from './UninstallPlan';
import { UninstalledAlert } from './UninstalledAlert';
import { UninstallStatus } from './UninstallStatus';

jest.mock('@openshift-console/dynamic-plugin-sdk', () =>
  jest.requireActual<Record<string, unknown>>(
    '../../__mocks__/@openshift-console/dynamic-plugin-sdk',
  ),
);

const pools = [pool('master'), pool('worker'), pool('kata-oc')];
const servePods = (pods: PodKind[] | undefined) => {
  jest
    .mocked(useK8sWatchResource)
    .mockImplementation(((r: WatchK8sResource | null) =>
      r?.groupVersionKind?.kind === 'Pod' && pods
        ? [pods, true, undefined]
        : [undefined, false, undefined]) as unknown as typeof useK8sWatchResource);
};
const installed = (): KataConfigKind => ({
  ...kataConfig({ runtimeClasses: ['kata'] }),
  status: {
    runtimeClasses: ['kata'],
    conditions: [
      { type: 'InProgress', status: 'False', reason: '', message: '', lastTransitionTime: '' },
    ],
  },
});

describe('UninstallPlan', () => {
  it('says which nodes reboot, what goes, what stays, and which pods block it', () => {
    servePods([
      {
        metadata: { name: 'web-0', namespace: 'shop' },
        spec: { runtimeClassName: 'kata' },
        status: { phase: 'Running' },
      },
      { metadata: { name: 'plain', namespace: 'shop' }, spec: {}, status: { phase: 'Running' } },
    ]);
    renderWithI18n(
      <UninstallPlan
        kataConfig={installed()}
        nodes={[node('w1', { step: 'updated' }), node('w0', { step: 'updated' })]}
        pools={pools}
      />,
    );
    expect(screen.getByTestId('uninstall-reboot-nodes')).toHaveTextContent('w0w1');
    expect(screen.getByTestId('uninstall-runtimeclasses')).toHaveTextContent('kata');
    expect(screen.getByTestId('uninstall-plan')).toHaveTextContent(
      'The NodeFeatureDiscovery, its NodeFeatureRule and the feature.node.kubernetes.io/runtime.kata labels stay',
    );
    expect(screen.getByTestId('uninstall-kata-pods')).toHaveTextContent(
      'A pod uses Kata: the uninstallation waits until it is deleted',
    );
    expect(screen.getByTestId('uninstall-kata-pods')).toHaveTextContent('shop/web-0');
    expect(screen.queryByTestId('uninstall-waits')).not.toBeInTheDocument();
  });

  it('during an installation it says the deletion waits (ja)', () => {
    servePods([]);
    const installing: KataConfigKind = {
      ...installed(),
      status: {
        conditions: [
          {
            type: 'InProgress',
            status: 'True',
            reason: 'Installing',
            message: '',
            lastTransitionTime: '',
          },
        ],
      },
    };
    renderWithI18n(<UninstallPlan kataConfig={installing} nodes={[]} pools={pools} />, {
      lng: 'ja',
    });
    expect(screen.getByTestId('uninstall-waits')).toHaveTextContent(
      'アンインストールは実行中のインストールの完了を待っています',
    );
    expect(screen.getByTestId('uninstall-no-kata-pods')).toHaveTextContent(
      'Kata を使用している Pod はありません。',
    );
  });
});

describe('UninstallStatus', () => {
  it('ends on a clear "uninstalled" once the KataConfig is gone', () => {
    renderWithI18n(<UninstalledAlert />, { lng: 'ja' });
    expect(screen.getByTestId('uninstalled')).toHaveTextContent(
      'Kata はアンインストールされました',
    );
  });

  it('shows pods blocking it with the operator’s message translated', () => {
    const msg =
      'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed';
    const blocked: KataConfigKind = {
      ...installed(),
      metadata: { name: 'k', deletionTimestamp: '2026-11-28T11:00:00Z' },
      status: {
        conditions: [
          {
            type: 'InProgress',
            status: 'False',
            reason: 'BlockedByExistingKataPods',
            message: msg,
            lastTransitionTime: '',
          },
        ],
      },
    };
    renderWithI18n(<UninstallStatus kataConfig={blocked} nodes={[]} pools={pools} />, {
      lng: 'ja',
    });
    expect(screen.getByTestId('uninstall-status')).toHaveAttribute('data-state', 'blocked-by-pods');
    expect(screen.getByTestId('operator-message')).toHaveTextContent(
      'アンインストールは待機中です。kata RuntimeClass を使用している Pod がまだあります。',
    );
    expect(screen.getByText(msg)).toHaveAttribute('lang', 'en');
  });
});
