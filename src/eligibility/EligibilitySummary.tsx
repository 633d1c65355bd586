import type { CSSProperties } from 'react';
import { Card, CardBody, CardHeader, CardTitle, Gallery } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import type { StatusFilter } from './table';
import type { ClusterCounts } from './types';

type SummaryProps = {
  counts: ClusterCounts;
  active: StatusFilter;
  /** Clicking the active card again clears the filter. */
  onFilter: (status: StatusFilter) => void;
};

const COUNT_STYLE: CSSProperties = { fontSize: 'var(--pf-t--global--font--size--2xl)' };

/** Eligible / Not eligible / Unknown / Kata installed counts; each card filters the table. */
export const EligibilitySummary = ({ counts, active, onFilter }: SummaryProps) => {
  const { t, i18n } = usePluginTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const cards: { status: StatusFilter; title: string; count: number; label: string }[] = [
    {
      status: 'eligible',
      title: t('Eligible'),
      count: counts.eligible,
      label: t('Show only eligible nodes'),
    },
    {
      status: 'not-eligible',
      title: t('Not eligible'),
      count: counts.notEligible,
      label: t('Show only nodes that are not eligible'),
    },
    {
      status: 'unknown',
      title: t('Unknown'),
      count: counts.unknown,
      label: t('Show only nodes whose eligibility is unknown'),
    },
    {
      status: 'kata-installed',
      title: t('Kata installed'),
      count: counts.installed,
      label: t('Show only nodes with the Kata runtime installed'),
    },
  ];
  return (
    <Gallery hasGutter minWidths={{ default: '200px' }} data-test="eligibility-summary">
      {cards.map((card) => {
        const id = `scc-summary-${card.status}`;
        const isActive = active === card.status;
        return (
          <Card
            key={card.status}
            id={id}
            isClickable
            isSelected={isActive}
            isCompact
            data-test={`summary-${card.status}`}
          >
            <CardHeader
              selectableActions={{
                onClickAction: () => {
                  onFilter(isActive ? 'all' : card.status);
                },
                selectableActionId: `${id}-action`,
                selectableActionAriaLabel: card.label,
                selectableActionProps: { 'aria-pressed': isActive },
              }}
            >
              <CardTitle>{card.title}</CardTitle>
            </CardHeader>
            <CardBody style={COUNT_STYLE} data-test={`summary-${card.status}-count`}>
              {number.format(card.count)}
            </CardBody>
          </Card>
        );
      })}
    </Gallery>
  );
};
