import { screen } from '@testing-library/react';
import type { KataConfigKind, KataConfigSpec, NodeKind } from '../models';
import { renderWithI18n } from '../shared/test-utils';
import { NodeImpact } from './NodeImpact';

const kc = (spec: KataConfigSpec): KataConfigKind => ({ metadata: { name: 'kc' }, spec });
const nodes: NodeKind[] = ['a', 'b', 'c'].map((name) => ({
  metadata: { name, labels: { pool: name === 'a' ? 'x' : 'y' } },
}));
/** Stand-in predicate: matchLabels only. */
const isTarget = (n: NodeKind, spec: KataConfigSpec) =>
  Object.entries(spec.kataConfigPoolSelector?.matchLabels ?? {}).every(
    ([k, v]) => n.metadata?.labels?.[k] === v,
  );

describe('NodeImpact', () => {
  it('shows nothing when the targeting did not change', () => {
    renderWithI18n(
      <NodeImpact
        before={kc({ checkNodeEligibility: false })}
        after={kc({ checkNodeEligibility: false, logLevel: 'debug' })}
        nodes={nodes}
        isTarget={isTarget}
      />,
    );
    expect(screen.queryByTestId('node-impact')).toBeNull();
  });

  it('lists the nodes that lose Kata and says they reboot', () => {
    renderWithI18n(
      <NodeImpact
        before={kc({ checkNodeEligibility: false })}
        after={kc({
          checkNodeEligibility: false,
          kataConfigPoolSelector: { matchLabels: { pool: 'x' } },
        })}
        nodes={nodes}
        isTarget={isTarget}
      />,
    );
    expect(screen.getByText('Saving this change reboots nodes')).toBeVisible();
    expect(screen.getByText('2 nodes will lose the Kata runtime and reboot:')).toBeVisible();
    expect(screen.getByTestId('node-impact-names')).toHaveTextContent('b, c');
  });

  it('lists the nodes that gain Kata, in Japanese', () => {
    renderWithI18n(
      <NodeImpact
        before={kc({
          checkNodeEligibility: false,
          kataConfigPoolSelector: { matchLabels: { pool: 'x' } },
        })}
        after={kc({ checkNodeEligibility: false })}
        nodes={nodes}
        isTarget={isTarget}
      />,
      { lng: 'ja' },
    );
    expect(
      screen.getByText('2 個のノードに Kata ランタイムがインストールされ、再起動します:'),
    ).toBeVisible();
  });
});
