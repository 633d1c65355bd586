import { Checkbox, Content, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';
import type { NodeChoice, NodeVerdict } from '../wizard';

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

/** The worker nodes to label by hand, with their verdicts; only eligible ones preselected. */
export const NodePicker = ({ choices, selected, onChange }: NodePickerProps) => {
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
