/**
 * CLI: npx tsx integration-tests/cluster/main.ts --scenario mixed --port 8001 [--time-scale 0.02]
 * [--osc-controller simulated|none]
 */
import * as http from 'node:http';
import { createCluster } from './index';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};

const scenario = arg('scenario', 'mixed');
const port = Number(arg('port', '8001'));
const host = arg('host', '127.0.0.1');
const ts = arg('time-scale', '');
const osc = arg('osc-controller', '');
if (osc !== '' && osc !== 'simulated' && osc !== 'none') {
  process.stderr.write('--osc-controller must be simulated or none\n');
  process.exit(2);
}

const cluster = createCluster({
  scenario,
  ...(ts !== '' ? { timeScale: Number(ts) } : {}),
  ...(osc !== '' ? { oscController: osc } : {}),
});
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
