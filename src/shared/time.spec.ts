import { elapsedSince } from './time';

const now = Date.parse('2026-11-28T12:00:00Z');

describe('elapsedSince', () => {
  it.each([
    ['2026-11-28T11:59:30Z', { value: 30, unit: 'second' }],
    ['2026-11-28T11:47:00Z', { value: 13, unit: 'minute' }],
    ['2026-11-28T09:00:00Z', { value: 3, unit: 'hour' }],
    ['2026-11-25T12:00:00Z', { value: 3, unit: 'day' }],
    ['2026-11-28T12:05:00Z', { value: 0, unit: 'second' }],
    ['garbage', undefined],
    [undefined, undefined],
  ])('%s', (iso, expected) => {
    expect(elapsedSince(iso, now)).toEqual(expected);
  });
});
