/** CLI: npx tsx integration-tests/cluster/main.ts --scenario mixed --port 8001 [--time-scale 1] */
import * as http from 'node:http';
import { createCluster } from './index';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};

const scenario = arg('scenario', 'mixed');
const port = Number(arg('port', '8001'));
const host = arg('host', '127.0.0.1');
const timeScale = Number(arg('time-scale', '1'));

const cluster = createCluster({ scenario, timeScale });
const server = http.createServer((req, res) => {
  cluster.handle(req, res);
});
server.on('upgrade', (req: http.IncomingMessage, socket, head: Buffer) => {
  cluster.handleUpgrade(req, socket, head);
});
server.listen(port, host, () => {
  process.stdout.write(
    `Cluster simulator (scenario ${scenario}) listening on http://${host}:${String(port)}\n` +
      `  kubectl --server=http://${host}:${String(port)} get nodes\n`,
  );
});
const stop = (): void => {
  cluster.close();
  server.close();
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
