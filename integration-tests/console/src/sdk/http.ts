/** fetch wrapper with the console's error contract (HttpError: message, code, response, json). */

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

const statusMessage = (json: unknown, fallback: string): string => {
  if (typeof json === 'object' && json !== null && 'message' in json) {
    const { message } = json;
    if (typeof message === 'string' && message) return message;
  }
  return fallback;
};

/** Performs a request and resolves with the parsed JSON body, or rejects with an HttpError. */
export const fetchJSON = async (url: string, init: RequestInit = {}): Promise<unknown> => {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await fetch(url, { ...init, headers });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    throw new HttpError(
      statusMessage(json, text || response.statusText),
      response.status,
      response,
      json,
    );
  }
  return json;
};
