/** Type guards and pure helpers for the console extension types the host renders. */
import type { Extension } from '@openshift/dynamic-plugin-sdk';
import type { ComponentType } from 'react';
import type { ExtensionK8sKindVersionModel } from '@openshift-console/dynamic-plugin-sdk';

export type HrefNavItem = Extension<
  'console.navigation/href',
  {
    id: string;
    name: string;
    href: string;
    perspective?: string;
    section?: string;
    insertAfter?: string | string[];
    insertBefore?: string | string[];
    startsWith?: string[];
    dataAttributes?: Record<string, string>;
  }
>;

export type RoutePage = Extension<
  'console.page/route',
  { path: string | string[]; exact?: boolean; component: () => Promise<ComponentType> }
>;

export type HorizontalNavTab = Extension<
  'console.tab/horizontalNav',
  {
    model: ExtensionK8sKindVersionModel;
    page: { name: string; href: string };
    component: () => Promise<ComponentType<{ obj?: unknown }>>;
  }
>;

export const isHrefNavItem = (e: Extension): e is HrefNavItem =>
  e.type === 'console.navigation/href';
export const isRoutePage = (e: Extension): e is RoutePage => e.type === 'console.page/route';
export const isHorizontalNavTab = (e: Extension): e is HorizontalNavTab =>
  e.type === 'console.tab/horizontalNav';

/** Host nav entries are `{id, name}`; plugin entries go after `insertAfter` (else at the end). */
export type NavEntry = { id: string; label: string; href: string; startsWith: string[] };

const asArray = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export const mergeNavItems = (
  base: NavEntry[],
  items: (NavEntry & { after: string[]; before: string[] })[],
): NavEntry[] => {
  const result = [...base];
  items.forEach((item) => {
    const afterIdx = Math.max(...item.after.map((id) => result.findIndex((r) => r.id === id)), -1);
    const beforeIdx = item.before
      .map((id) => result.findIndex((r) => r.id === id))
      .filter((i) => i >= 0);
    const entry: NavEntry = {
      id: item.id,
      label: item.label,
      href: item.href,
      startsWith: item.startsWith,
    };
    if (afterIdx >= 0) result.splice(afterIdx + 1, 0, entry);
    else if (beforeIdx.length > 0) result.splice(Math.min(...beforeIdx), 0, entry);
    else result.push(entry);
  });
  return result;
};

export const navEntriesFor = (
  items: HrefNavItem[],
  perspective: string,
  section: string,
  translate: (label: string) => string,
) =>
  items
    .filter((i) => (i.properties.perspective ?? 'admin') === perspective)
    .filter((i) => i.properties.section === section)
    .map((i) => ({
      id: i.properties.id,
      label: translate(i.properties.name),
      href: i.properties.href,
      startsWith: i.properties.startsWith ?? [],
      after: asArray(i.properties.insertAfter),
      before: asArray(i.properties.insertBefore),
    }));

export const isNavActive = (entry: NavEntry, pathname: string): boolean =>
  pathname === entry.href ||
  pathname.startsWith(`${entry.href}/`) ||
  entry.startsWith.some((s) => pathname.startsWith(`/${s}`));

/** react-router 7 paths are exact; a non-exact console route also matches below it. */
export const routePaths = (r: {
  properties: { path: string | string[]; exact?: boolean };
}): string[] =>
  asArray(r.properties.path).map((p) => (r.properties.exact ? p : `${p.replace(/\/$/, '')}/*`));
