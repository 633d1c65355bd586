import { useState } from 'react';
import { Button, Checkbox, Content, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';
import { needsConfirmation, selectAllNames } from '../reviewNodes';
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

/**
 * The worker nodes to label by hand, with their verdicts; only eligible ones preselected. "Select
 * all" selects the eligible nodes only, and labelling a node the checks call Not eligible asks first.
 */
export const NodePicker = ({ choices, selected, onChange }: NodePickerProps) => {
  const { t } = usePluginTranslation();
  const [confirming, setConfirming] = useState<string>();
  const chosen = new Set(selected);
  const toggle = (c: NodeChoice, on: boolean) => {
    if (on && needsConfirmation(c.verdict)) {
      setConfirming(c.name);
      return;
    }
    onChange(on ? [...selected, c.name] : selected.filter((n) => n !== c.name));
  };
  const eligible = selectAllNames(choices);
  const allChosen = eligible.length > 0 && eligible.every((n) => chosen.has(n));
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
                  aria-label={t('Select all eligible nodes')}
                  isChecked={allChosen}
                  isDisabled={eligible.length === 0}
                  onChange={(_e, on) => {
                    onChange(on ? eligible : []);
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
                      toggle(c, on);
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
      {confirming ? (
        <Alert
          variant="danger"
          isInline
          title={t('{{name}} is not eligible for Kata', { name: confirming })}
          data-test="confirm-not-eligible"
          actionLinks={
            <>
              <Button
                variant="link"
                isInline
                onClick={() => {
                  onChange([...selected, confirming]);
                  setConfirming(undefined);
                }}
                data-test="confirm-label"
              >
                {t('Label it anyway')}
              </Button>
              <Button
                variant="link"
                isInline
                onClick={() => {
                  setConfirming(undefined);
                }}
              >
                {t('Cancel')}
              </Button>
            </>
          }
        >
          {t(
            'The eligibility checks say this node cannot run Kata: the label vouches that it can. The Operator then installs Kata there and the node reboots, but Kata pods fail on it.',
          )}
        </Alert>
      ) : null}
      {selected.length === 0 ? (
        <Alert variant="danger" isInline isPlain title={t('Choose at least one node.')} />
      ) : null}
    </>
  );
};
