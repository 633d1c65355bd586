/**
 * Serving a directory: sirv (content types from mrmime, paths kept inside the root, ranges),
 * with the Cache-Control each caller asks for and a plain-text 404 for anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
};

export type StaticOptions = {
  cacheControl: string;
  /** Read the directory on every request (it may be rebuilt while the server runs). */
  live?: boolean;
};

/** Serves `file` (a path relative to `root`, as routed) from `root`. */
export const staticFiles = (root: string, { cacheControl, live = false }: StaticOptions) => {
  const serve = sirv(root, {
    dev: live,
    // Exact paths only: no `index.html` or `.html` guessing.
    extensions: [],
    setHeaders: (res) => {
      res.setHeader('Cache-Control', cacheControl);
    },
  });
  return (req: IncomingMessage, res: ServerResponse, file: string): void => {
    const query = (req.url ?? '').split('?')[1];
    req.url = `/${file}${query ? `?${query}` : ''}`;
    serve(req, res, () => {
      sendText(res, 404, 'Not found');
    });
  };
};
