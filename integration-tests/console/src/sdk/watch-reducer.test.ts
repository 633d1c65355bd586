import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  fromList,
  isWatchEvent,
  objectKey,
  reduceWatchEvent,
  reduceWatchEvents,
} from './watch-reducer';

const node = (
  name: string,
  rv: string,
  labels: Record<string, string> = {},
): K8sResourceCommon => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, resourceVersion: rv, labels },
});

const names = (s: { items: ReadonlyMap<string, K8sResourceCommon> }) =>
  [...s.items.values()].map((o) => o.metadata?.name);

describe('fromList', () => {
  it('keys objects by namespace/name and keeps the list resourceVersion', () => {
    const s = fromList([node('a', '1'), node('b', '2')], '10');
    expect(names(s)).toEqual(['a', 'b']);
    expect(s.resourceVersion).toBe('10');
    expect(objectKey(node('a', '1'))).toBe('/a');
  });
});

describe('reduceWatchEvent', () => {
  const start = fromList([node('a', '1')], '10');

  it('adds, modifies and deletes, advancing the resourceVersion', () => {
    const added = reduceWatchEvent(start, { type: 'ADDED', object: node('b', '11') });
    expect(names(added.state)).toEqual(['a', 'b']);
    expect(added.state.resourceVersion).toBe('11');

    const modified = reduceWatchEvent(added.state, {
      type: 'MODIFIED',
      object: node('a', '12', { x: 'y' }),
    });
    expect(modified.state.items.get('/a')?.metadata?.labels).toEqual({ x: 'y' });
    expect(modified.state.resourceVersion).toBe('12');

    const deleted = reduceWatchEvent(modified.state, { type: 'DELETED', object: node('b', '13') });
    expect(names(deleted.state)).toEqual(['a']);
    expect(deleted.state.resourceVersion).toBe('13');
    expect(deleted.action).toBe('none');
  });

  it('does not mutate the previous state', () => {
    reduceWatchEvent(start, { type: 'ADDED', object: node('b', '11') });
    expect(names(start)).toEqual(['a']);
  });

  it('asks for a re-list on 410 Gone and reports other errors', () => {
    expect(
      reduceWatchEvent(start, { type: 'ERROR', object: { code: 410, reason: 'Expired' } }).action,
    ).toBe('relist');
    expect(reduceWatchEvent(start, { type: 'ERROR', object: { code: 500 } }).action).toBe('error');
  });

  it('moves the resourceVersion on BOOKMARK without touching items', () => {
    const r = reduceWatchEvent(start, { type: 'BOOKMARK', object: node('', '20') });
    expect(r.state.resourceVersion).toBe('20');
    expect(names(r.state)).toEqual(['a']);
  });

  it('ignores objects the watch does not match', () => {
    const r = reduceWatchEvent(
      start,
      { type: 'ADDED', object: node('other', '11') },
      (o) => o.metadata?.name === 'a',
    );
    expect(names(r.state)).toEqual(['a']);
  });
});

describe('reduceWatchEvents', () => {
  it('applies a batch in order and keeps the last resourceVersion', () => {
    const r = reduceWatchEvents(fromList([], '1'), [
      { type: 'ADDED', object: node('a', '2') },
      { type: 'ADDED', object: node('b', '3') },
      { type: 'MODIFIED', object: node('a', '4', { k: 'v' }) },
      { type: 'DELETED', object: node('b', '5') },
    ]);
    expect(names(r.state)).toEqual(['a']);
    expect(r.state.items.get('/a')?.metadata?.labels).toEqual({ k: 'v' });
    expect(r.state.resourceVersion).toBe('5');
    expect(r.action).toBe('none');
  });

  it('keeps what came before an ERROR and stops there', () => {
    const r = reduceWatchEvents(fromList([], '1'), [
      { type: 'ADDED', object: node('a', '2') },
      { type: 'ERROR', object: { code: 410, message: 'too old' } },
      { type: 'ADDED', object: node('b', '3') },
    ]);
    expect(names(r.state)).toEqual(['a']);
    expect(r.state.resourceVersion).toBe('2');
    expect(r.action).toBe('relist');
    expect(r.error?.message).toBe('too old');
  });

  it('handles 5,000 events in one pass', () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({
      type: 'ADDED' as const,
      object: node(`n${String(i)}`, String(i + 2)),
    }));
    const r = reduceWatchEvents(fromList([], '1'), events);
    expect(r.state.items.size).toBe(5000);
    expect(r.state.resourceVersion).toBe('5001');
  });
});

describe('isWatchEvent', () => {
  it.each([
    [{ type: 'ADDED', object: {} }, true],
    [{ type: 'ERROR', object: { code: 410 } }, true],
    [{ type: 'NOPE', object: {} }, false],
    [{ type: 'ADDED' }, false],
    ['text', false],
    [null, false],
  ])('%j -> %s', (v, expected) => {
    expect(isWatchEvent(v)).toBe(expected);
  });
});
