import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from '@patternfly/react-core';
import type { NodeFeatureDiscoveryKind } from '../models';
import { renderWithI18n } from '../shared/test-utils';
import { nfdCsv } from './fixtures.testing';
import { kataRuleStatus } from './carriers';
import { buildLegacyNfd } from './forms';
import { nfdsWithKataRule } from './kataRule';
import { NfdFields } from './NfdFields';
import { NfdFormChoice } from './NfdFormChoice';
import { NfdSupportInfo } from './NfdSupportInfo';
import { nfdStepPlan } from './plan';
import type { NfdStepAnswers } from './plan';
import { nfdSupport } from './support';

const csv = (version: string) => nfdCsv(version);
const support = nfdSupport({
  csvs: [csv('4.22.0')],
  ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': true },
});

/** The step's parts wired the way the wizard will: answers in state, the plan derived. */
const Step = ({ nfds }: { nfds: NodeFeatureDiscoveryKind[] }) => {
  const [answers, setAnswers] = useState<NfdStepAnswers>({
    adopt: true,
    name: 'nfd-instance',
    namespace: 'openshift-nfd',
    image: '',
    ruleName: 'kata-runtime',
  });
  const facts = { support, nfds, legacy: nfdsWithKataRule(nfds), rules: {} };
  const plan = nfdStepPlan(answers, facts);
  const status = kataRuleStatus(facts);
  return (
    <Form>
      <NfdSupportInfo support={support} carriers={status.carriers} />
      <NfdFormChoice answers={answers} plan={plan} support={support} onChange={setAnswers} />
      <NfdFields answers={answers} plan={plan} support={support} onChange={setAnswers} />
    </Form>
  );
};

describe('NFD step parts', () => {
  it('a current cluster with the seed’s unpinned nfd.yaml: says it labels nothing, writes a NodeFeatureRule', () => {
    const seed = buildLegacyNfd({ name: 'nfd-kata', namespace: 'openshift-nfd', image: 'x' });
    const unpinned = { ...seed, spec: { workerConfig: seed.spec?.workerConfig } };
    renderWithI18n(<Step nfds={[unpinned]} />);
    expect(screen.getByTestId('nfd-support')).toHaveTextContent(
      'The NFD Operator 4.22 reads the kata rule as a NodeFeatureRule (nfd.k8s-sigs.io).',
    );
    expect(screen.getByTestId('nfd-ineffective')).toHaveTextContent(
      'NodeFeatureDiscovery nfd-kata in openshift-nfd (legacy configData): its NFD no longer reads the legacy matchOn rules',
    );
    expect(screen.getByTestId('nfd-form-rule')).toBeChecked();
    expect(screen.getByTestId('nfd-runs-on')).toHaveTextContent(
      'NodeFeatureDiscovery nfd-kata in openshift-nfd already runs NFD',
    );
    expect(screen.getByTestId('nfd-ruleName')).toHaveValue('kata-runtime');
  });

  it('validates a typed image (300 characters) and names the grammar’s limit', async () => {
    renderWithI18n(<Step nfds={[]} />);
    const image = screen.getByTestId('nfd-image');
    expect(
      screen.getByText('Optional: leave empty and the NFD Operator runs its own operand.'),
    ).toBeInTheDocument();
    // Pasted, as a long reference is: typing 300 characters (300 renders) outlasts the 5 s test
    // timeout on a loaded machine.
    await userEvent.click(image);
    await userEvent.paste('x'.repeat(300));
    expect(
      screen.getByText('The image name must be no more than 255 characters.'),
    ).toBeInTheDocument();
    await userEvent.clear(image);
    await userEvent.type(image, 'quay.io/Foo');
    expect(screen.getByText('Repository names are lowercase.')).toBeInTheDocument();
  });

  it('legacy form: the documented 4.10 operand is the default image (ja)', async () => {
    renderWithI18n(<Step nfds={[]} />, { lng: 'ja' });
    await userEvent.click(screen.getByTestId('nfd-form-legacy'));
    expect(screen.getByTestId('nfd-image')).toHaveAttribute(
      'placeholder',
      'quay.io/openshift/origin-node-feature-discovery:4.10',
    );
    expect(
      screen.getByText(
        /空のままにすると quay.io\/openshift\/origin-node-feature-discovery:4.10 を使用します。/,
      ),
    ).toBeInTheDocument();
  });
});
