import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';

export const NotFound = () => {
  const { t } = useTranslation();
  return (
    <PageSection>
      <EmptyState titleText={t('404: Page Not Found')} headingLevel="h1" data-test="not-found">
        <EmptyStateBody>{t('The page you are looking for does not exist.')}</EmptyStateBody>
      </EmptyState>
    </PageSection>
  );
};
