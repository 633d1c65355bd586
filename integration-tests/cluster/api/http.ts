/** HTTP plumbing shared by the API handlers: JSON responses, Status errors, request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StatusBody } from '../types';
import { ApiError, apiError, statusBody } from '../types';

export const send = (
  res: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
};

/** Answers an error as the API server does: its Status body, or a 500 InternalError. */
export const fail = (res: ServerResponse, e: unknown): void => {
  const st: StatusBody =
    e instanceof ApiError
      ? e.status
      : statusBody(500, 'InternalError', `Internal error occurred: ${String(e)}`);
  send(res, st.code, st);
};

export const wantsTable = (req: IncomingMessage): boolean =>
  (req.headers.accept ?? '').includes('as=Table');

export const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw apiError(
      400,
      'BadRequest',
      `the body of the request could not be decoded as JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
};

export const methodNotAllowed = (): ApiError =>
  apiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  );

export const pathNotFound = (): ApiError =>
  apiError(404, 'NotFound', 'the server could not find the requested resource');
