/** `npm run demo -- --scenario aws --port 9000`: the console host with the built plugin. */
import { parseArgs } from 'node:util';
import { startServer } from './server';

const main = async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'mixed' },
      port: { type: 'string', default: '9000' },
      'time-scale': { type: 'string' },
    },
  });
  const timeScale = values['time-scale'] ? Number(values['time-scale']) : undefined;
  const server = await startServer({
    scenario: values.scenario,
    port: Number(values.port),
    timeScale,
  });
  process.stdout.write(
    `Console host with scenario "${values.scenario}": ${server.url}/sandboxed-containers/nodes\n` +
      `kubectl --server=${server.url} get nodes\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
