import { createElement, lazy, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * A page's content, code-split from the page: its chunk starts loading as soon as the page module
 * runs, in parallel with the page's API requests, so the page paints its frame and loading state
 * without waiting for the content's code, and the content is no later than it would have been.
 * Once loaded, the content renders at once (no fallback flash on later mounts).
 * Render it inside a <Suspense> with a loading state.
 */
export const lazyView = <P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> => {
  let loaded: ComponentType<P> | undefined;
  const loading = load().then((component) => {
    loaded = component;
    return { default: component };
  });
  // A failed load is reported where the view renders (React.lazy throws to the error boundary).
  loading.catch(() => undefined);
  // Rendered like any component; the cast only drops the lazy component's static fields.
  const Lazy = lazy(() => loading) as unknown as ComponentType<P>;
  const View = (props: P) => {
    // Chosen once per mount: switching component types would remount the content.
    const [Content] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Content, props);
  };
  return View;
};
