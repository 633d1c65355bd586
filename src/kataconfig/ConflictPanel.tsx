import { ActionGroup, Alert, Button, Content, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { diffSpecs, formatPath, formatValue, rebaseEdits } from './conflict';

type ConflictPanelProps = {
  /** The version the user started editing from. */
  base: KataConfigKind;
  /** The user's edited object. */
  mine: KataConfigKind;
  /** The version now on the server. */
  latest: KataConfigKind;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
};

/** After a 409: what changed on the server, which of the user's edits collide, and two ways out. */
export const ConflictPanel = ({
  base,
  mine,
  latest,
  busy,
  onReapply,
  onDiscard,
}: ConflictPanelProps) => {
  const { t } = usePluginTranslation();
  const changes = diffSpecs(base, latest);
  const { conflicts } = rebaseEdits(base, mine, latest);
  return (
    <Alert
      variant="warning"
      isInline
      title={t('Conflict: the KataConfig changed while you were editing it')}
      data-test="conflict-panel"
    >
      <Content component="p">
        {t(
          'Your changes were not saved. Someone else (or the operator) updated the KataConfig after you loaded it.',
        )}
      </Content>
      {changes.length > 0 ? (
        <Table aria-label={t('Changes made by others')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Field')}</Th>
              <Th>{t('When you loaded it')}</Th>
              <Th>{t('Latest version')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {changes.map((c) => (
              <Tr key={formatPath(c.path)}>
                <Td dataLabel={t('Field')}>
                  <code>{formatPath(c.path)}</code>
                </Td>
                <Td dataLabel={t('When you loaded it')}>{formatValue(c.before)}</Td>
                <Td dataLabel={t('Latest version')}>{formatValue(c.after)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <Content component="p">
          {t('The spec is unchanged; only the status or metadata changed.')}
        </Content>
      )}
      {conflicts.length > 0 ? (
        <>
          <Title headingLevel="h3" size="md">
            {t('Fields you and someone else both changed (your value will be used)')}
          </Title>
          <Table aria-label={t('Conflicting fields')} variant="compact" data-test="conflict-fields">
            <Thead>
              <Tr>
                <Th>{t('Field')}</Th>
                <Th>{t('Your value')}</Th>
                <Th>{t('Latest version')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {conflicts.map((c) => (
                <Tr key={formatPath(c.path)}>
                  <Td dataLabel={t('Field')}>
                    <code>{formatPath(c.path)}</code>
                  </Td>
                  <Td dataLabel={t('Your value')}>{formatValue(c.mine)}</Td>
                  <Td dataLabel={t('Latest version')}>{formatValue(c.latest)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </>
      ) : null}
      <ActionGroup>
        <Button
          variant="primary"
          onClick={onReapply}
          isDisabled={busy}
          isLoading={busy}
          data-test="conflict-reapply"
        >
          {t('Re-apply my changes to the latest version')}
        </Button>
        <Button
          variant="secondary"
          onClick={onDiscard}
          isDisabled={busy}
          data-test="conflict-discard"
        >
          {t('Discard my changes')}
        </Button>
      </ActionGroup>
    </Alert>
  );
};
