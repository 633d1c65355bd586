/** The tabs of the KataConfig details page, kept in the URL (`?tab=`) so Back and links work. */
const DETAILS_TABS = ['details', 'nodes', 'yaml'] as const;
export type DetailsTab = (typeof DETAILS_TABS)[number];

/** The tab a `?tab=` value names; the Details tab for anything else. */
export const tabOf = (value: string | null): DetailsTab =>
  DETAILS_TABS.find((tab) => tab === value) ?? 'details';

/** The nodes a save reboots: those that gain or lose the Kata runtime. */
export const rebootingNodes = (impact: { gain: string[]; lose: string[] }): string[] => [
  ...impact.gain,
  ...impact.lose,
];
