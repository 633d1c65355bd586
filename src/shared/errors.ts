/**
 * What the console's k8s functions reject with: an HttpError carrying the HTTP status (`code`)
 * and the API server's `Status` body (`json`). Anything else is treated as a network failure.
 */
import { isRecord } from './guards';

export type ApiError = {
  /** HTTP status, when the server answered. */
  code?: number;
  /** The API server's message (Status.message), or the error's own message. */
  message: string;
  /** Status.reason, e.g. Conflict, Forbidden, Invalid, AlreadyExists, NotFound. */
  reason?: string;
  /** Field causes of a 422 Invalid (Status.details.causes). */
  causes: { field?: string; message?: string; reason?: string }[];
};

type StatusBody = {
  message?: unknown;
  reason?: unknown;
  code?: unknown;
  details?: { causes?: unknown };
};

/** Normalises anything a k8s* call can throw into one shape the pages can show. */
export const toApiError = (err: unknown): ApiError => {
  if (!isRecord(err)) return { message: String(err), causes: [] };
  const body: StatusBody = isRecord(err.json) ? err.json : {};
  const codeField = typeof err.code === 'number' ? err.code : undefined;
  const code = codeField ?? (typeof body.code === 'number' ? body.code : undefined);
  const message =
    (typeof body.message === 'string' && body.message) ||
    (typeof err.message === 'string' && err.message) ||
    JSON.stringify(err);
  const causes = Array.isArray(body.details?.causes)
    ? (body.details.causes as unknown[]).filter(isRecord).map((c) => ({
        field: typeof c.field === 'string' ? c.field : undefined,
        message: typeof c.message === 'string' ? c.message : undefined,
        reason: typeof c.reason === 'string' ? c.reason : undefined,
      }))
    : [];
  return {
    code,
    message,
    reason: typeof body.reason === 'string' ? body.reason : undefined,
    causes,
  };
};

export const isConflict = (e: ApiError) => e.code === 409 && e.reason !== 'AlreadyExists';
export const isAlreadyExists = (e: ApiError) => e.code === 409 && e.reason === 'AlreadyExists';
export const isForbidden = (e: ApiError) => e.code === 403;
export const isNotFound = (e: ApiError) => e.code === 404;
