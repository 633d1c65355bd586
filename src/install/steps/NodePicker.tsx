import { useState } from 'react';
import { Button, Checkbox, Content, Icon, Label } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../../models/constants';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';
import { confirmationOf, selectAllNames } from '../reviewNodes';
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

type Confirming = { name: string; kind: 'not-eligible' | 'holds-rollout' };

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
        <Alert
          variant={confirming.kind === 'not-eligible' ? 'danger' : 'warning'}
          isInline
          title={
            confirming.kind === 'not-eligible'
              ? t('{{name}} is not eligible for Kata', { name: confirming.name })
              : t('{{name}} is cordoned', { name: confirming.name })
          }
          data-test={
            confirming.kind === 'not-eligible' ? 'confirm-not-eligible' : 'confirm-cordoned'
          }
          actionLinks={
            <>
              <Button
                variant="link"
                isInline
                onClick={() => {
                  onChange([...selected, confirming.name]);
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
          {confirming.kind === 'not-eligible'
            ? t(
                'The eligibility checks say this node cannot run Kata: the label vouches that it can. The Operator then installs Kata there and the node reboots, but Kata pods fail on it.',
              )
            : t(
                'The node is eligible, but unschedulable. Once labelled it is in the Kata pool, and the pool counts it as unavailable: no node of the pool updates until it is schedulable again (oc adm uncordon {{name}}).',
                { name: confirming.name },
              )}
        </Alert>
      ) : null}
      {selected.length === 0 ? (
        <Alert variant="danger" isInline isPlain title={t('Choose at least one node.')} />
      ) : null}
    </>
  );
};
