/**
 * How long ago an API timestamp was, in the largest whole unit, for Intl.RelativeTimeFormat.
 * Pure; the component formats it in the page's language.
 */
export type Elapsed = { value: number; unit: 'second' | 'minute' | 'hour' | 'day' };

export const elapsedSince = (iso: string | undefined, now: number): Elapsed | undefined => {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.max(0, Math.floor((now - at) / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
};
