/** The part of the cluster simulator's public API (integration-tests/cluster) the server uses. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export type SimCluster = {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  close: () => Promise<void> | void;
};

export type SimClusterOptions = { scenario: string; crdDir?: string; timeScale?: number };
