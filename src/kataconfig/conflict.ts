/**
 * 409 Conflict handling: what changed on the server since the user loaded the object
 * (diffSpecs), and a 3-way merge that re-applies the user's edits on the latest version
 * (rebaseEdits). Pure. Objects are compared key by key; arrays are compared as whole values.
 */
import type { KataConfigKind } from '../models';
import { isRecord } from '../shared/guards';

/** A path into the object: object keys (label keys may contain dots and slashes). */
export type Path = readonly string[];

export type Change = { path: Path; before: unknown; after: unknown };

type Conflict = {
  path: Path;
  base: unknown;
  mine: unknown;
  latest: unknown;
};

const equal = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
};

/** Leaf-level differences between two values (objects recursed, everything else compared whole). */
export const diffValues = (before: unknown, after: unknown, path: Path = []): Change[] => {
  if (equal(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], [...path, k]));
  }
  return [{ path, before, after }];
};

/** What changed in `spec` between the version the user loaded and the latest one. */
export const diffSpecs = (base: KataConfigKind, latest: KataConfigKind): Change[] =>
  diffValues(base.spec, latest.spec, ['spec']);

/** The parts of the object a user edits, re-applied on a newer version. */
const EDITABLE: Path[] = [['spec'], ['metadata', 'labels'], ['metadata', 'annotations']];

const getAt = (obj: unknown, path: Path): unknown => {
  let cur: unknown = obj;
  for (const k of path) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
};

/** Returns a copy of `obj` with `value` at `path` (undefined removes the key). */
const setAt = (obj: unknown, path: Path, value: unknown): unknown => {
  if (path.length === 0) return value;
  const [head = '', ...rest] = path;
  const source: Record<string, unknown> = isRecord(obj) ? obj : {};
  const next = setAt(source[head], rest, value);
  const copy = Object.fromEntries(Object.entries(source).filter(([k]) => k !== head));
  if (next !== undefined) copy[head] = next;
  return copy;
};

export type RebaseResult = {
  /** The latest object with the user's edits applied; keeps the latest resourceVersion. */
  merged: KataConfigKind;
  /** Fields both the user and someone else changed to different values (the user's value wins). */
  conflicts: Conflict[];
};

/**
 * 3-way merge: the user's edits (base -> mine) on top of the latest object. Where the latest
 * version also changed the same field to something else, the user's value wins and is listed.
 */
export const rebaseEdits = (
  base: KataConfigKind,
  mine: KataConfigKind,
  latest: KataConfigKind,
): RebaseResult => {
  let merged: unknown = latest;
  const conflicts: Conflict[] = [];
  for (const root of EDITABLE) {
    for (const change of diffValues(getAt(base, root), getAt(mine, root), root)) {
      const theirs = getAt(latest, change.path);
      if (!equal(theirs, change.before) && !equal(theirs, change.after)) {
        conflicts.push({
          path: change.path,
          base: change.before,
          mine: change.after,
          latest: theirs,
        });
      }
      merged = setAt(merged, change.path, change.after);
    }
  }
  return { merged: merged as KataConfigKind, conflicts };
};

/** A readable path: `spec.kataConfigPoolSelector.matchLabels["example.com/pool"]`. */
export const formatPath = (path: Path): string =>
  path
    .map((k, i) => {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) return i === 0 ? k : `.${k}`;
      return `[${JSON.stringify(k)}]`;
    })
    .join('');

/** A value as shown in the diff: JSON, or a dash when the field is not set. */
export const formatValue = (value: unknown): string =>
  value === undefined ? '—' : JSON.stringify(value);
