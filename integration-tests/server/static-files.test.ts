import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { routeRequest } from './routes';
import { staticFiles } from './static-files';

/** A directory tree served the way server.ts serves dist/: routed, then sirv. */
let server: Server;
let port = 0;
const PREFIX = '/api/plugins/sandboxed-containers-console-plugin/';
let parent = '';

beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), 'static-files-'));
  const root = path.join(parent, 'dist');
  mkdirSync(path.join(root, 'locales/ja'), { recursive: true });
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'plugin-entry.1.min.js'), 'window.x = 1;');
  writeFileSync(path.join(root, 'plugin-manifest.json'), '{"name":"p"}');
  writeFileSync(path.join(root, 'locales/ja/x.json'), '{"a":"あ"}');
  writeFileSync(path.join(root, 'x.css'), 'a{}');
  writeFileSync(path.join(root, 'f.woff2'), 'w');
  writeFileSync(path.join(root, 'page.html'), '<p>');
  writeFileSync(path.join(parent, 'secret.txt'), 'outside');
  const serve = staticFiles(root, { cacheControl: 'no-cache', live: true });
  server = createServer((req, res) => {
    const route = routeRequest(req.method ?? 'GET', req.url ?? '/');
    if (route.kind === 'plugin') serve(req, res, route.file);
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});

/** A raw GET: the path is sent as written (fetch would resolve `..` before sending). */
const get = (p: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `${PREFIX}${p}` }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );

describe('static files (sirv)', () => {
  it.each([
    ['plugin-entry.1.min.js', /^(text|application)\/javascript/],
    ['plugin-manifest.json', /^application\/json/],
    ['locales/ja/x.json', /^application\/json/],
    ['x.css', /^text\/css/],
    ['f.woff2', /^font\/woff2/],
  ])('%s is served with its content type and the requested caching', async (file, type) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the bytes of the file (UTF-8 intact)', async () => {
    expect(JSON.parse((await get('locales/ja/x.json')).body)).toEqual({ a: 'あ' });
  });

  it.each([
    'missing.js',
    'sub',
    'sub/',
    'page', // no `.html` guessing
    '../secret.txt',
    '%2e%2e/secret.txt',
    '..%2fsecret.txt',
    '%E0%A4%A',
  ])('%s is a 404 and nothing outside the root is readable', async (file) => {
    const res = await get(file);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside');
  });

  it('a file added after start is served (live directory)', async () => {
    writeFileSync(path.join(parent, 'dist', 'late.js'), '1');
    expect((await get('late.js')).status).toBe(200);
  });
});
