import {
  FormSelect,
  FormSelectOption,
  Pagination,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import type { PhaseFilter } from './groups';
import { NO_FILTERS } from './groups';
import type { WorkloadsView } from './useWorkloadsView';
import { PER_PAGE_OPTIONS } from './useWorkloadsView';

const PHASES: readonly PhaseFilter[] = [
  'all',
  'Running',
  'Pending',
  'Succeeded',
  'Failed',
  'other',
];
const isPhase = (v: string): v is PhaseFilter => (PHASES as readonly string[]).includes(v);

export const WorkloadsToolbar = ({ view }: { view: WorkloadsView }) => {
  const { t } = usePluginTranslation();
  const { filters, setFilters } = view;
  // Pod phases are API values and stay as the API writes them (locales/GLOSSARY.md).
  const phaseLabel = (p: PhaseFilter) => {
    if (p === 'all') return t('All phases');
    if (p === 'other') return t('Other phases');
    return p;
  };
  return (
    <Toolbar
      data-test="workloads-toolbar"
      clearAllFilters={() => {
        setFilters(NO_FILTERS);
      }}
    >
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Filter by pod, workload, namespace or node')}
            placeholder={t('Filter by name')}
            value={filters.text}
            onChange={(_e, text) => {
              setFilters({ ...filters, text });
            }}
            onClear={() => {
              setFilters({ ...filters, text: '' });
            }}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Filter by phase')}
            value={filters.phase}
            onChange={(_e, value) => {
              if (isPhase(value)) setFilters({ ...filters, phase: value });
            }}
            data-test="phase-filter"
          >
            {PHASES.map((p) => (
              <FormSelectOption
                key={p}
                value={p}
                label={phaseLabel(p)}
                lang={p === 'all' || p === 'other' ? undefined : 'en'}
              />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Filter by RuntimeClass')}
            value={filters.runtimeClass}
            onChange={(_e, runtimeClass) => {
              setFilters({ ...filters, runtimeClass });
            }}
            data-test="class-filter"
          >
            <FormSelectOption value="" label={t('All Kata RuntimeClasses')} />
            {view.runtimeClasses.map((rc) => (
              <FormSelectOption key={rc} value={rc} label={rc} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem variant="pagination">
          <Pagination
            itemCount={view.groups.length}
            page={view.page}
            perPage={view.perPage}
            perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
            onSetPage={(_e, p) => {
              view.setPage(p);
            }}
            onPerPageSelect={(_e, n) => {
              view.setPerPage(n);
            }}
            isCompact
            titles={{
              paginationAriaLabel: t('Pages of workloads'),
              perPageSuffix: t('per page'),
              toFirstPageAriaLabel: t('Go to first page'),
              toPreviousPageAriaLabel: t('Go to previous page'),
              toNextPageAriaLabel: t('Go to next page'),
              toLastPageAriaLabel: t('Go to last page'),
              currPageAriaLabel: t('Current page'),
              ofWord: t('of'),
              items: t('workloads'),
            }}
            data-test="workloads-pagination"
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
