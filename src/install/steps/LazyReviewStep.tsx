import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';
import { Skeleton } from '@patternfly/react-core';
import { usePluginTranslation } from '../../shared/i18n';

/** The review shows each object as YAML: its code (js-yaml) is fetched when the step opens. */
const ReviewStep = lazy(() =>
  import('./ReviewStep').then(({ ReviewStep: step }) => ({ default: step })),
);

export const LazyReviewStep = (props: ComponentProps<typeof ReviewStep>) => {
  const { t } = usePluginTranslation();
  return (
    <Suspense fallback={<Skeleton height="20rem" screenreaderText={t('Loading')} />}>
      <ReviewStep {...props} />
    </Suspense>
  );
};
