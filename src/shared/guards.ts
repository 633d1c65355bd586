/** Type guards for JSON from the API or the user, shared by the pure cores. */

/** A JSON object: not null and not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `obj[key]` when `obj` is a JSON object, else undefined (for reading untrusted nested JSON). */
export const prop = (obj: unknown, key: string): unknown => (isRecord(obj) ? obj[key] : undefined);
