/**
 * `useOverlay` and the provider behind it, as the console implements them
 * (openshift/console release-4.22, frontend/packages/console-dynamic-plugin-sdk/src/app/
 * modal-support/OverlayProvider.tsx and useOverlay.ts): launching adds the component with its
 * props under a new id, inside a Suspense; `closeOverlay` removes that one only.
 */
import { createContext, Suspense, useCallback, useContext, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

type Launch = ReturnType<typeof SDK.useOverlay>;
type Entry = { Component: ComponentType<{ closeOverlay: () => void }>; props: object };

const OverlayContext = createContext<Launch>(() => {
  throw new Error('useOverlay used outside the console host');
});

let nextId = 0;

export const OverlayProvider = ({ children }: { children: ReactNode }) => {
  const [overlays, setOverlays] = useState<Record<string, Entry>>({});
  const launch = useCallback<Launch>((component, props) => {
    nextId += 1;
    const id = `plugin-overlay-${String(nextId)}`;
    setOverlays((all) => ({
      ...all,
      [id]: { Component: component as Entry['Component'], props: props as object },
    }));
  }, []);
  const close = useCallback((id: string) => {
    setOverlays((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== id)));
  }, []);
  return (
    <OverlayContext.Provider value={launch}>
      {Object.entries(overlays).map(([id, { Component, props }]) => (
        <Suspense key={id} fallback={null}>
          <Component
            {...props}
            closeOverlay={() => {
              close(id);
            }}
          />
        </Suspense>
      ))}
      {children}
    </OverlayContext.Provider>
  );
};

export const useOverlay: typeof SDK.useOverlay = () => useContext(OverlayContext);
