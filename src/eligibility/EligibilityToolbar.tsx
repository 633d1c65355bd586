import {
  FormSelect,
  FormSelectOption,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
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

const isStatus = (v: string): v is StatusFilter => (STATUSES as readonly string[]).includes(v);
const isRole = (v: string): v is RoleFilter => (ROLES as readonly string[]).includes(v);

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
          <FormSelect
            aria-label={t('Filter by eligibility')}
            value={filters.status}
            onChange={(_e, value) => {
              if (isStatus(value)) onChange({ ...filters, status: value });
            }}
            data-test="status-filter"
          >
            {STATUSES.map((s) => (
              <FormSelectOption key={s} value={s} label={statusLabel[s]} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Filter by role')}
            value={filters.role}
            onChange={(_e, value) => {
              if (isRole(value)) onChange({ ...filters, role: value });
            }}
            data-test="role-filter"
          >
            {ROLES.map((r) => (
              <FormSelectOption key={r} value={r} label={roleLabel[r]} />
            ))}
          </FormSelect>
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
