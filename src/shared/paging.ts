/**
 * The console lists in pages of 250 and reports `loaded` with the first page, adding the others
 * as they arrive (openshift/console release-4.22, console-dynamic-plugin-sdk/src/app/k8s/actions/
 * k8s.ts `paginationLimit = 250`, `incrementallyLoad`). Nothing in the result says whether more
 * pages follow, but every page before the last holds exactly 250 items: a positive multiple of
 * 250 that grew a moment ago may still be partial.
 */
const CONSOLE_PAGE_SIZE = 250;

/** How long a multiple-of-250 count must stay unchanged before it is taken as the total. */
export const SETTLE_MS = 2000;

/** Pure: may more pages still arrive for a list of `count` items that last grew `sinceMs` ago? */
export const mayHaveMorePages = (count: number, sinceMs: number): boolean =>
  count > 0 && count % CONSOLE_PAGE_SIZE === 0 && sinceMs < SETTLE_MS;
