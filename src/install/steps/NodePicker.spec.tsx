import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../shared/test-utils';
import type { NodeChoice } from '../wizard';
import { NodePicker } from './NodePicker';

const CHOICES: NodeChoice[] = [
  { name: 'worker-a', verdict: 'eligible', holdsRollout: false, labelled: false },
  { name: 'worker-cordoned', verdict: 'eligible', holdsRollout: true, labelled: false },
  { name: 'worker-rhel', verdict: 'not-eligible', holdsRollout: false, labelled: false },
];

/** The picker with its selection kept as the wizard keeps it; `changes` records each call. */
const Harness = ({ changes }: { changes: string[][] }) => {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <NodePicker
      choices={CHOICES}
      selected={selected}
      onChange={(next) => {
        changes.push(next);
        setSelected(next);
      }}
    />
  );
};

const box = (name: string) => screen.getByRole('checkbox', { name: `Label node ${name}` });

describe('NodePicker', () => {
  it('select all leaves out the cordoned and the Not eligible nodes', async () => {
    const changes: string[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all eligible, schedulable nodes' }),
    );
    expect(changes).toEqual([['worker-a']]);
    expect(box('worker-a')).toBeChecked();
    expect(box('worker-cordoned')).not.toBeChecked();
    expect(box('worker-rhel')).not.toBeChecked();
  });

  it('shows the cordoned node as eligible, and asks before labelling it', async () => {
    const changes: string[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    const row = within(screen.getByTestId('node-row-worker-cordoned'));
    expect(row.getByText('Eligible')).toBeInTheDocument();
    expect(row.getByTestId('picker-cordoned')).toHaveTextContent('Cordoned');

    await userEvent.click(box('worker-cordoned'));
    const ask = screen.getByTestId('confirm-cordoned');
    expect(ask).toHaveTextContent('worker-cordoned is cordoned');
    expect(ask).toHaveTextContent('oc adm uncordon worker-cordoned');
    expect(changes).toEqual([]);
    await userEvent.click(within(ask).getByRole('button', { name: 'Label it anyway' }));
    expect(changes).toEqual([['worker-cordoned']]);
    expect(box('worker-cordoned')).toBeChecked();
  });

  it('asks in Japanese too; Cancel selects nothing', async () => {
    const changes: string[][] = [];
    renderWithI18n(<Harness changes={changes} />, { lng: 'ja' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'ノード worker-cordoned にラベルを適用' }),
    );
    const ask = screen.getByTestId('confirm-cordoned');
    expect(ask).toHaveTextContent('worker-cordoned はスケジュール対象外です (cordon 済み)');
    await userEvent.click(within(ask).getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByTestId('confirm-cordoned')).not.toBeInTheDocument();
    expect(changes).toEqual([]);
  });
});
