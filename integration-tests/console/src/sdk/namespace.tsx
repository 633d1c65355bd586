/**
 * The console's active namespace and its namespace bar, for plugins:
 * - `ActiveNamespaceProvider` / `useActiveNamespace` follow `useValuesForNamespaceContext`
 *   (openshift/console release-4.22, frontend/packages/console-app/src/components/
 *   detect-namespace/namespace.ts): the namespace of the URL wins; without one, the last namespace
 *   used in this tab (sessionStorage, as `setActiveNamespace` in public/actions/ui.ts stores it),
 *   else all namespaces. Setting it rewrites a namespaced URL (`formatNamespaceRoute`).
 *   Not mirrored: the user-preference "preferred namespace" and the existence check of the last one.
 * - `NamespaceBar` follows public/components/namespace-bar.tsx and console-shared
 *   components/namespace/NamespaceDropdown.tsx: the options are the Namespaces the user can list
 *   (Projects when the cluster has them; the simulator has none), plus the selected one; "All
 *   Namespaces" is offered only with the CAN_LIST_NS flag, which the console sets from a
 *   SelfSubjectAccessReview for `list namespaces` (public/actions/flags.ts, ssarChecks).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { MenuToggle, PageSection, Select, SelectList, SelectOption } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useAccessReview, useK8sWatchResource } from './hooks';
import { ALL_NAMESPACES_KEY, namespaceOfPath, pathForNamespace } from './namespace-url';

/** The console's sessionStorage key for the last namespace of the tab. */
const LAST_NAMESPACE_KEY = 'bridge/last-namespace-name';

type Value = [string, (ns: string) => void];
const NamespaceContext = createContext<Value>([ALL_NAMESPACES_KEY, () => undefined]);

const lastNamespace = (): string | undefined =>
  sessionStorage.getItem(LAST_NAMESPACE_KEY) ?? undefined;

export const ActiveNamespaceProvider = ({ children }: { children: ReactNode }) => {
  const location = useLocation();
  const navigate = useNavigate();
  const urlNamespace = namespaceOfPath(location.pathname);
  const [active, setActive] = useState(urlNamespace ?? lastNamespace() ?? ALL_NAMESPACES_KEY);
  useEffect(() => {
    if (urlNamespace) setActive(urlNamespace);
  }, [urlNamespace]);
  const setNamespace = useCallback(
    (ns: string) => {
      sessionStorage.setItem(LAST_NAMESPACE_KEY, ns);
      setActive(ns);
      const path = window.location.pathname;
      const next = pathForNamespace(ns, path);
      if (next !== path) void navigate(next);
    },
    [navigate],
  );
  const value = useMemo<Value>(() => [active, setNamespace], [active, setNamespace]);
  return <NamespaceContext.Provider value={value}>{children}</NamespaceContext.Provider>;
};

export const useActiveNamespace: typeof SDK.useActiveNamespace = () => useContext(NamespaceContext);

export const NamespaceBar: typeof SDK.NamespaceBar = ({
  onNamespaceChange,
  isDisabled,
  children,
}) => {
  const { t } = useTranslation();
  const [active, setActive] = useActiveNamespace();
  const [open, setOpen] = useState(false);
  const [canList, checking] = useAccessReview({ group: '', resource: 'namespaces', verb: 'list' });
  const [namespaces, loaded] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    isList: true,
    optional: true,
  });
  const allTitle = t('All Namespaces');
  const options = useMemo(() => {
    const names = new Set(
      loaded && Array.isArray(namespaces) ? namespaces.map((n) => n.metadata?.name ?? '') : [],
    );
    if (active !== ALL_NAMESPACES_KEY) names.add(active);
    return [...names].filter((n) => n !== '').sort();
  }, [namespaces, loaded, active]);
  // Like NamespaceBarDropdowns: nothing until the CAN_LIST_NS flag is known.
  if (checking) return null;
  const title = active === ALL_NAMESPACES_KEY ? allTitle : active;
  return (
    <PageSection className="co-namespace-bar" data-test-id="namespace-bar-dropdown">
      <Select
        isOpen={open}
        selected={active}
        onOpenChange={setOpen}
        onSelect={(_e, value) => {
          const ns = String(value);
          setOpen(false);
          onNamespaceChange?.(ns);
          setActive(ns);
        }}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            isDisabled={isDisabled}
            isExpanded={open}
            onClick={() => {
              setOpen(!open);
            }}
            data-test="namespace-toggle"
          >
            {`${t('Namespace')}: ${title}`}
          </MenuToggle>
        )}
      >
        <SelectList aria-label={t('Namespace')}>
          {canList ? (
            <SelectOption value={ALL_NAMESPACES_KEY} data-test="namespace-all">
              {allTitle}
            </SelectOption>
          ) : null}
          {options.map((n) => (
            <SelectOption key={n} value={n} data-test={`namespace-${n}`}>
              {n}
            </SelectOption>
          ))}
        </SelectList>
      </Select>
      {children}
    </PageSection>
  );
};
