import { Checkbox, Content, Form, FormGroup, Label, Radio, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { usePluginTranslation } from '../../shared/i18n';
import type { EligibilityMethod } from '../plan';
import { methodUnavailableReason } from '../wizard';
import type { NodeChoice, NodeVerdict } from '../wizard';
import { Alert } from '../../shared/Alert';

const VerdictLabel = ({ verdict }: { verdict: NodeVerdict }) => {
  const { t } = usePluginTranslation();
  switch (verdict) {
    case 'eligible':
      return <Label status="success">{t('Eligible')}</Label>;
    case 'not-eligible':
      return <Label status="danger">{t('Not eligible')}</Label>;
    case 'unknown':
      return <Label>{t('Unknown')}</Label>;
  }
};

type NodePickerProps = {
  choices: readonly NodeChoice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
};

const NodePicker = ({ choices, selected, onChange }: NodePickerProps) => {
  const { t } = usePluginTranslation();
  const chosen = new Set(selected);
  const toggle = (name: string, on: boolean) => {
    onChange(on ? [...selected, name] : selected.filter((n) => n !== name));
  };
  const allChosen = choices.length > 0 && choices.every((c) => chosen.has(c.name));
  const label = `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}`;
  return (
    <>
      <Alert variant="warning" isInline title={t('Label only nodes known to be eligible')}>
        {t(
          'Apply the {{label}} label by hand only to nodes you are sure can run Kata containers. Running sandboxed workloads on a node that is not eligible fails.',
          { label },
        )}
      </Alert>
      {choices.length === 0 ? (
        <Content component="p">{t('There are no worker nodes to label.')}</Content>
      ) : (
        <Table aria-label={t('Worker nodes to label')} variant="compact" data-test="node-picker">
          <Thead>
            <Tr>
              <Th screenReaderText={t('Selected')}>
                <Checkbox
                  id="scc-install-nodes-all"
                  aria-label={t('Select all nodes')}
                  isChecked={allChosen}
                  onChange={(_e, on) => {
                    onChange(on ? choices.map((c) => c.name) : []);
                  }}
                />
              </Th>
              <Th>{t('Name')}</Th>
              <Th>{t('Eligibility')}</Th>
              <Th>{t('Label')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {choices.map((c, rowIndex) => (
              <Tr key={c.name} data-test={`node-row-${c.name}`}>
                <Td>
                  <Checkbox
                    id={`scc-install-node-${String(rowIndex)}`}
                    aria-label={t('Label node {{name}}', { name: c.name })}
                    isChecked={chosen.has(c.name)}
                    onChange={(_e, on) => {
                      toggle(c.name, on);
                    }}
                  />
                </Td>
                <Td dataLabel={t('Name')}>{c.name}</Td>
                <Td dataLabel={t('Eligibility')}>
                  <VerdictLabel verdict={c.verdict} />
                </Td>
                <Td dataLabel={t('Label')}>
                  {c.labelled ? t('Already labelled') : t('Not labelled')}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {selected.length === 0 ? (
        <Alert variant="danger" isInline isPlain title={t('Choose at least one node.')} />
      ) : null}
    </>
  );
};

type MethodStepProps = {
  method: EligibilityMethod;
  onMethod: (method: EligibilityMethod) => void;
  nfdInstalled: boolean;
  choices: readonly NodeChoice[];
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
};

/** Step 2: how nodes become eligible (OSC docs › Checking node eligibility, and its note on the two non-NFD methods). */
export const MethodStep = ({
  method,
  onMethod,
  nfdInstalled,
  choices,
  selected,
  onSelected,
}: MethodStepProps) => {
  const { t } = usePluginTranslation();
  const label = `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}`;
  const nfdReason = methodUnavailableReason('nfd', { nfdInstalled });
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <FormGroup
        role="radiogroup"
        isStack
        fieldId="scc-install-method"
        label={t('Eligibility method')}
      >
        <Radio
          id="scc-install-method-nfd"
          name="scc-install-method"
          label={t('Automatic with Node Feature Discovery (recommended)')}
          description={
            nfdReason
              ? t('Unavailable: the Node Feature Discovery (NFD) Operator is not installed.')
              : t(
                  'A NodeFeatureDiscovery resource labels every node that supports virtualization with {{label}}; Kata is installed only on those nodes.',
                  { label },
                )
          }
          isChecked={method === 'nfd'}
          isDisabled={nfdReason !== undefined}
          onChange={() => {
            onMethod('nfd');
          }}
          data-test="method-nfd"
        />
        <Radio
          id="scc-install-method-manual"
          name="scc-install-method"
          label={t('Label chosen nodes by hand')}
          description={t(
            'You apply {{label}} to worker nodes you know are eligible, and the KataConfig checks node eligibility. No NodeFeatureDiscovery is needed.',
            { label },
          )}
          isChecked={method === 'manual'}
          onChange={() => {
            onMethod('manual');
          }}
          data-test="method-manual"
        />
        <Radio
          id="scc-install-method-all"
          name="scc-install-method"
          label={t('All worker nodes')}
          description={t(
            'The KataConfig installs Kata on every worker node (checkNodeEligibility: false). No NodeFeatureDiscovery is needed.',
          )}
          isChecked={method === 'all-workers'}
          onChange={() => {
            onMethod('all-workers');
          }}
          data-test="method-all-workers"
        />
      </FormGroup>
      {method === 'manual' ? (
        <>
          <Title headingLevel="h2" size="md">
            {t('Nodes to label')}
          </Title>
          <NodePicker choices={choices} selected={selected} onChange={onSelected} />
        </>
      ) : null}
    </Form>
  );
};
