import { contentType, safeJoin } from './static-files';

describe('static files', () => {
  it.each([
    ['a/plugin-entry.1.min.js', 'application/javascript; charset=utf-8'],
    ['plugin-manifest.json', 'application/json; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });

  it.each([
    ['plugin-manifest.json', '/srv/dist/plugin-manifest.json'],
    ['locales/ja/x.json', '/srv/dist/locales/ja/x.json'],
    ['../secret', '/srv/dist/secret'], // self-contained: not a path of ours
    ['%2e%2e/%2e%2e/etc/passwd', '/srv/dist/etc/passwd'],
    ['%E0%A4%A', undefined],
  ])('%s stays inside the root', (rel, expected) => {
    expect(safeJoin('/srv/dist', rel)).toBe(expected);
  });
});
