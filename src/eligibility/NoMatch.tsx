import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';

/** No node passes the filters: say so, and offer to clear them (as the console's lists do). */
export const NoMatch = ({ onClear }: { onClear: () => void }) => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState headingLevel="h2" titleText={t('No nodes match the filters')} data-test="no-match">
      <EmptyStateBody>{t('Clear the filters to see all nodes.')}</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear} data-test="clear-filters">
            {t('Clear all filters')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
