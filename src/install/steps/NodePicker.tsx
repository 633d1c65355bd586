import { useState } from 'react';
import { Checkbox, Content, Icon, Label } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';
import { confirmationOf, selectAllNames } from '../reviewNodes';
import type { NodeChoice, NodeVerdict } from '../wizard';
import { LabelConfirmation } from './LabelConfirmation';
import type { Confirming } from './LabelConfirmation';

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

/** Eligible, but cordoned: labelled, it holds the whole rollout. */
const Cordoned = () => {
  const { t } = usePluginTranslation();
  return (
    <Content component="small" data-test="picker-cordoned">
      {' '}
      <Icon status="warning" isInline>
        <ExclamationTriangleIcon />
      </Icon>{' '}
      {t('Cordoned')}
    </Content>
  );
};

/**
 * The worker nodes to label by hand, with their verdicts; only eligible, schedulable ones
 * preselected. "Select all" selects those only, and labelling a node the checks call Not eligible,
 * or a cordoned one (it would hold the whole rollout), asks first.
 */
export const NodePicker = ({ choices, selected, onChange }: NodePickerProps) => {
  const { t } = usePluginTranslation();
  const [confirming, setConfirming] = useState<Confirming>();
  const chosen = new Set(selected);
  const toggle = (c: NodeChoice, on: boolean) => {
    const kind = on ? confirmationOf(c) : undefined;
    if (kind) {
      setConfirming({ name: c.name, kind });
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
                  aria-label={t('Select all eligible, schedulable nodes')}
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
                  {c.holdsRollout ? <Cordoned /> : null}
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
        <LabelConfirmation
          confirming={confirming}
          onConfirm={() => {
            onChange([...selected, confirming.name]);
            setConfirming(undefined);
          }}
          onCancel={() => {
            setConfirming(undefined);
          }}
        />
      ) : null}
      {selected.length === 0 ? (
        <Alert variant="danger" isInline isPlain title={t('Choose at least one node.')} />
      ) : null}
    </>
  );
};
