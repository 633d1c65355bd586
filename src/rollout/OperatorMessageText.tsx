import { Content } from '@patternfly/react-core';
import type { KataConfigCondition } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { operatorMessage } from './messages';
import { useRolloutText } from './useRolloutText';

/**
 * What the Operator reports, as a sentence in the page's language, with its own English message
 * beside it, marked as English (screen readers and translators leave it alone).
 */
export const OperatorMessageText = ({
  condition,
}: {
  condition: Pick<KataConfigCondition, 'reason' | 'message'>;
}) => {
  const { t } = usePluginTranslation();
  const { operatorMessageText } = useRolloutText();
  const message = operatorMessage(condition);
  return (
    <Content component="p" data-test="operator-message" data-message={message.id}>
      {operatorMessageText(message)}{' '}
      <small>
        {t('Operator message:')} <span lang="en">{condition.message}</span>
      </small>
    </Content>
  );
};
