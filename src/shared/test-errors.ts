/**
 * For tests: an error as the console's k8s functions reject with it, an HttpError carrying the
 * HTTP status and the API server's Status body (see errors.ts).
 */
export const httpError = (code: number, reason: string, message: string, details?: object) =>
  Object.assign(new Error(message), {
    code,
    json: { code, reason, message, ...(details ? { details } : {}) },
  });
