import { SearchInput, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { FilterSelect } from '../shared/FilterSelect';
import { usePluginTranslation } from '../shared/i18n';
import type { Filters, RoleFilter, StatusFilter } from './table';

type ToolbarProps = {
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
  total: number;
};

const STATUSES: readonly StatusFilter[] = [
  'all',
  'eligible',
  'not-eligible',
  'unknown',
  'kata-installed',
];
const ROLES: readonly RoleFilter[] = ['all', 'worker', 'control-plane'];

export const EligibilityToolbar = ({ filters, onChange, shown, total }: ToolbarProps) => {
  const { t, i18n } = usePluginTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const statusLabel: Record<StatusFilter, string> = {
    all: t('All eligibility states'),
    eligible: t('Eligible'),
    'not-eligible': t('Not eligible'),
    unknown: t('Unknown'),
    'kata-installed': t('Kata installed'),
  };
  const roleLabel: Record<RoleFilter, string> = {
    all: t('All roles'),
    worker: t('Worker'),
    'control-plane': t('Control plane'),
  };
  return (
    <Toolbar
      data-test="eligibility-toolbar"
      clearAllFilters={() => {
        onChange({ text: '', status: 'all', role: 'all' });
      }}
    >
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Filter by node name')}
            placeholder={t('Filter by name')}
            value={filters.text}
            onChange={(_e, text) => {
              onChange({ ...filters, text });
            }}
            onClear={() => {
              onChange({ ...filters, text: '' });
            }}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FilterSelect
            label={t('Filter by eligibility')}
            value={filters.status}
            options={STATUSES.map((s) => ({ value: s, label: statusLabel[s] }))}
            onChange={(status) => {
              onChange({ ...filters, status });
            }}
            data-test="status-filter"
          />
        </ToolbarItem>
        <ToolbarItem>
          <FilterSelect
            label={t('Filter by role')}
            value={filters.role}
            options={ROLES.map((r) => ({ value: r, label: roleLabel[r] }))}
            onChange={(role) => {
              onChange({ ...filters, role });
            }}
            data-test="role-filter"
          />
        </ToolbarItem>
        <ToolbarItem variant="pagination" data-test="shown-count">
          {t('Nodes shown: {{shown}} of {{total}}', {
            shown: number.format(shown),
            total: number.format(total),
          })}
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
