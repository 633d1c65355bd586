import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import {
  Nav,
  NavExpandable,
  NavItem,
  NavList,
  PageSidebar,
  PageSidebarBody,
} from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { resolveLabel } from '../i18n';
import {
  isHrefNavItem,
  isNavActive,
  mergeNavItems,
  navEntriesFor,
  type NavEntry,
} from './extensions';

const PERSPECTIVE = 'admin';

type Section = { id: string; title: string; base: NavEntry[] };

/** Administrator perspective: fake console sections plus the plugin's href items. */
export const HostNav = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const items = useExtensions(isHrefNavItem);
  const sections: Section[] = [
    {
      id: 'home',
      title: t('Home'),
      base: [{ id: 'overview', label: t('Overview'), href: '/dashboards', startsWith: [] }],
    },
    {
      id: 'compute',
      title: t('Compute'),
      base: [
        { id: 'nodes', label: t('Nodes'), href: '/k8s/cluster/nodes', startsWith: [] },
        {
          id: 'machineconfigpools',
          label: t('MachineConfigPools'),
          href: '/k8s/cluster/machineconfiguration.openshift.io~v1~MachineConfigPool',
          startsWith: [],
        },
      ],
    },
  ];
  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label={t('Administrator')} data-test="nav">
          <NavList>
            {sections.map((section) => {
              const entries = mergeNavItems(
                section.base,
                navEntriesFor(items, PERSPECTIVE, section.id, (l) => resolveLabel(t, l)),
              );
              const active = entries.some((e) => isNavActive(e, location.pathname));
              return (
                <NavExpandable
                  key={section.id}
                  title={section.title}
                  isExpanded={section.id === 'compute' || active}
                  isActive={active}
                  data-test={`nav-section-${section.id}`}
                >
                  {entries.map((e) => (
                    <NavItem
                      key={e.id}
                      itemId={e.id}
                      to={e.href}
                      isActive={isNavActive(e, location.pathname)}
                      data-test={`nav-${e.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate(e.href);
                      }}
                    >
                      {e.label}
                    </NavItem>
                  ))}
                </NavExpandable>
              );
            })}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
};
