import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../shared/test-utils';
import { KataConfigSpecFields } from './KataConfigSpecFields';
import { defaultFormState, validateForm } from './form';
import type { KataConfigFormState } from './form';

const Harness = ({ onState }: { onState: (s: KataConfigFormState) => void }) => {
  const [state, setState] = useState(defaultFormState());
  return (
    <KataConfigSpecFields
      value={state}
      errors={validateForm(state)}
      onChange={(next) => {
        setState(next);
        onState(next);
      }}
    />
  );
};

describe('KataConfigSpecFields', () => {
  it('edits label rows and shows an inline error for an invalid key', async () => {
    const user = userEvent.setup();
    const onState = jest.fn();
    renderWithI18n(<Harness onState={onState} />);
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByRole('textbox', { name: 'Label key, row 1' }), 'bad key');
    expect(screen.getByText(/The name part of a label key may contain only/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Label key, row 1' })).toHaveAccessibleDescription(
      /The name part of a label key may contain only/,
    );
    await user.clear(screen.getByRole('textbox', { name: 'Label key, row 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Label key, row 1' }), 'pool');
    await user.type(screen.getByRole('textbox', { name: 'Label value, row 1' }), 'kata');
    expect(screen.queryByText(/The name part of a label key/)).toBeNull();
    expect(onState).toHaveBeenLastCalledWith(
      expect.objectContaining({
        matchLabels: [{ key: 'pool', value: 'kata' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove label row 1' }));
    expect(onState).toHaveBeenLastCalledWith(expect.objectContaining({ matchLabels: [] }));
  });

  it('edits expressions, log level, eligibility and peer pods', async () => {
    const user = userEvent.setup();
    const onState = jest.fn();
    renderWithI18n(<Harness onState={onState} />);
    await user.click(screen.getByRole('button', { name: 'Add expression' }));
    await user.type(screen.getByRole('textbox', { name: 'Expression key, row 1' }), 'zone');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator, row 1' }), 'In');
    expect(screen.getByText('In and NotIn need at least one value.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Values, row 1' }), 'a, b');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Log level' }), 'debug');
    await user.click(screen.getByRole('checkbox', { name: 'Check node eligibility' }));
    await user.click(screen.getByRole('checkbox', { name: 'Enable peer pods' }));
    expect(onState).toHaveBeenLastCalledWith({
      ...defaultFormState(),
      matchExpressions: [{ key: 'zone', operator: 'In', values: 'a, b' }],
      logLevel: 'debug',
      checkNodeEligibility: true,
      enablePeerPods: true,
    });
  });

  it('renders in Japanese', () => {
    renderWithI18n(<Harness onState={jest.fn()} />, { lng: 'ja' });
    expect(screen.getByRole('combobox', { name: 'ログレベル' })).toBeVisible();
  });
});
