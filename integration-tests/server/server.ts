/**
 * One HTTP port for everything: the cluster simulator (under /api/kubernetes and raw API paths,
 * HTTP and WebSocket), the built plugin under /api/plugins/<name>/, and the console host app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Duplex } from 'node:stream';
import { buildHost } from '../console/build-host';
import { createCluster as createSimCluster, type Cluster, type ClusterOptions } from '../cluster';
import { CSP, routeRequest } from './routes';
import { sendText, staticFiles } from './static-files';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export type StartServerOptions = {
  scenario: string;
  port?: number;
  distDir?: string;
  timeScale?: number;
  /** Defaults to the simulator in integration-tests/cluster. */
  createCluster?: (opts: ClusterOptions) => Cluster;
};

export type RunningServer = {
  url: string;
  /** The simulator, in-process: setFaults, setUser, requestLog, get, list, apply, ... */
  cluster: Cluster;
  close: () => Promise<void>;
};

export const startServer = async ({
  scenario,
  port = 0,
  distDir = path.join(REPO_ROOT, 'dist'),
  timeScale,
  createCluster = createSimCluster,
}: StartServerOptions): Promise<RunningServer> => {
  const buildDir = await buildHost();
  const cluster = createCluster({
    scenario,
    timeScale,
    crdDir: path.resolve(REPO_ROOT, 'third_party/crds'),
  });
  // The plugin's dist/ may be rebuilt while a demo runs: read it on every request.
  const servePlugin = staticFiles(path.resolve(distDir), { cacheControl: 'no-cache', live: true });
  const serveStatic = staticFiles(path.join(buildDir, 'static'), {
    cacheControl: 'public, max-age=3600',
  });
  const serveIndex = staticFiles(buildDir, { cacheControl: 'no-cache' });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const route = routeRequest(req.method ?? 'GET', req.url ?? '/');
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    switch (route.kind) {
      case 'cluster':
        req.url = route.url;
        cluster.handle(req, res);
        return;
      case 'plugin':
        servePlugin(req, res, route.file);
        return;
      case 'locales':
        servePlugin(req, res, `locales/${route.lng}/${route.ns}.json`);
        return;
      case 'badRequest':
        sendText(res, 400, route.message);
        return;
      case 'static':
        serveStatic(req, res, route.file);
        return;
      case 'app':
        serveIndex(req, res, 'index.html');
        return;
      case 'notFound':
        sendText(res, 404, 'Not found');
        return;
    }
  };

  const server = createServer(handle);
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const route = routeRequest('GET', req.url ?? '/');
    if (route.kind !== 'cluster') {
      socket.destroy();
      return;
    }
    req.url = route.url;
    cluster.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(actualPort)}`,
    cluster,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      cluster.close();
    },
  };
};
