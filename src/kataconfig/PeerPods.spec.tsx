import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { renderWithI18n } from '../shared/test-utils';
import { PeerPodsPanel } from '../runtimeclass/PeerPodsPanel';
import { PeerPodsPrerequisites, PeerPodsWarning } from './PeerPodsWarning';

jest.mock('@openshift-console/dynamic-plugin-sdk', () =>
  jest.requireActual<Record<string, unknown>>(
    '../../__mocks__/@openshift-console/dynamic-plugin-sdk',
  ),
);

const notFound = Object.assign(new Error('not found'), { code: 404, response: { status: 404 } });

describe('PeerPodsWarning', () => {
  it('bare metal: the operator has no peer-pods provider; nothing is read while it is off', () => {
    const calls: (WatchK8sResource | null)[] = [];
    jest.mocked(useK8sWatchResource).mockImplementation(((r: WatchK8sResource | null) => {
      calls.push(r);
      return [undefined, false, r ? notFound : undefined];
    }) as unknown as typeof useK8sWatchResource);
    const { rerender } = renderWithI18n(<PeerPodsWarning enabled={false} platform="BareMetal" />);
    expect(calls.every((c) => c === null)).toBe(true);
    expect(screen.queryByTestId('peer-pods-warning')).not.toBeInTheDocument();
    rerender(<PeerPodsWarning enabled platform="BareMetal" />);
    expect(screen.getByTestId('peer-pods-warning')).toHaveTextContent(
      'The Operator runs peer pods on AWS, Azure and libvirt only, not on this platform (Bare metal).',
    );
    // No provider, so the operator reads neither the ConfigMap nor the Secret: nor does the page.
    expect(calls.every((c) => c === null)).toBe(true);
  });

  it('the form reads the platform from the Infrastructure only while the box is ticked', () => {
    const calls: (WatchK8sResource | null)[] = [];
    jest.mocked(useK8sWatchResource).mockImplementation(((r: WatchK8sResource | null) => {
      calls.push(r);
      if (r?.groupVersionKind?.kind === 'Infrastructure') {
        return [{ status: { platformStatus: { type: 'AWS' } } }, true, undefined];
      }
      return [undefined, false, r ? notFound : undefined];
    }) as unknown as typeof useK8sWatchResource);
    const { rerender } = renderWithI18n(<PeerPodsPrerequisites enabled={false} />);
    expect(calls.every((c) => c === null)).toBe(true);
    rerender(<PeerPodsPrerequisites enabled />);
    const warning = screen.getByTestId('peer-pods-warning');
    expect(warning).toHaveTextContent(
      'ConfigMap peer-pods-cm in openshift-sandboxed-containers-operator does not exist',
    );
    expect(warning).not.toHaveTextContent('not on this platform');
  });

  it('AWS without the ConfigMap: names it, its namespace and keys (ja)', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockImplementation((() => [
        undefined,
        false,
        notFound,
      ]) as unknown as typeof useK8sWatchResource);
    renderWithI18n(<PeerPodsWarning enabled platform="AWS" />, { lng: 'ja' });
    const w = screen.getByTestId('peer-pods-warning');
    expect(w).toHaveTextContent(
      'openshift-sandboxed-containers-operator に ConfigMap peer-pods-cm がありません。',
    );
    expect(w).toHaveTextContent(
      'AWS_REGION, AWS_SUBNET_ID, AWS_VPC_ID, AWS_SG_IDS, CLOUD_PROVIDER',
    );
  });
});

describe('PeerPodsPanel', () => {
  it('kata-remote: no VM memory on the node, the shim per pod and the per-node limit', () => {
    renderWithI18n(
      <PeerPodsPanel
        runtimeClass={{
          metadata: { name: 'kata-remote' },
          handler: 'kata-remote',
          overhead: { podFixed: { memory: '350Mi', cpu: '250m' } },
        }}
      />,
    );
    expect(screen.getByTestId('peer-pods-per-pod')).toHaveTextContent(
      'containerd-shim-kata-v2, about 20 MiB',
    );
    expect(screen.getByTestId('peer-pods-charged')).toHaveTextContent('Memory 350 MiB');
    expect(screen.getByTestId('peer-pods-limit')).toHaveTextContent('At most 10');
    expect(screen.queryByText(/2 GiB/)).not.toBeInTheDocument();
  });
});
