/**
 * fetch wrapper with the console's error contract: HttpError(message, code, response, json),
 * the message built as console-shared/src/utils/console-fetch-utils.ts `validateStatus` builds it.
 */

export class HttpError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly response: Response,
    readonly json: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** console-fetch-utils.ts `unescapeGoUnicode`: `\uXXXX` / `\UXXXXXXXX` from Go error strings. */
export const unescapeGoUnicode = (s: string): string =>
  s
    .replace(/\\U([0-9a-fA-F]{8})/g, (match, hex: string) => {
      const codePoint = parseInt(hex, 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
    })
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

type StatusJSON = {
  message?: unknown;
  error?: unknown;
  details?: { causes?: { message?: unknown; field?: unknown }[] };
};

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The message of the HttpError the console throws for a failed response (`validateStatus`):
 * - no JSON body: the status text;
 * - 403: `json.message`, else "Access denied due to cluster policy.";
 * - otherwise the first cause wins over the Status message:
 *   `Error "<cause.message>" for field "<cause.field>".`, else `json.message`, `json.error`,
 *   the status text.
 * Exported pure for tests.
 */
export const consoleErrorMessage = (
  status: number,
  statusText: string,
  contentType: string | null,
  json: unknown,
): string => {
  if (!contentType?.includes('json') || typeof json !== 'object' || json === null) {
    return statusText;
  }
  const body = json as StatusJSON;
  if (status === 403) {
    return unescapeGoUnicode(text(body.message) ?? 'Access denied due to cluster policy.');
  }
  const cause = body.details?.causes?.[0];
  const reason = cause
    ? `Error "${String(cause.message)}" for field "${String(cause.field)}".`
    : (text(body.message) ?? text(body.error) ?? statusText);
  return unescapeGoUnicode(reason);
};

/** Performs a request and resolves with the parsed JSON body, or rejects with an HttpError. */
export const fetchJSON = async (url: string, init: RequestInit = {}): Promise<unknown> => {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await fetch(url, { ...init, headers });
  const body = await response.text();
  let json: unknown = undefined;
  try {
    json = body ? (JSON.parse(body) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok && response.status !== 304) {
    const contentType = response.headers.get('content-type');
    throw new HttpError(
      consoleErrorMessage(response.status, response.statusText, contentType, json),
      response.status,
      response,
      contentType?.includes('json') ? json : undefined,
    );
  }
  return json;
};
