import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import type { RunInKataModalProps } from './RunInKataModal';

// The action provider runs on every workload page; the dialog (impact, flow, YAML) is loaded only
// when the user picks the action.
const LazyModal = lazy(() =>
  import('./RunInKataModal').then((m) => ({ default: m.RunInKataModal })),
);

/** What the action launches with useOverlay: the dialog, loaded on first use. */
export const RunInKataOverlay = (props: RunInKataModalProps) => (
  <ErrorBoundary>
    <Suspense fallback={null}>
      <LazyModal {...props} />
    </Suspense>
  </ErrorBoundary>
);
