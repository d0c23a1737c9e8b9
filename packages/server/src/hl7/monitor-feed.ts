/** Wires the MLLP listener to the ingest use case. */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app/ports.js';
import { ingestMonitorMessage, oversizeAck } from '../app/monitors/ingest-monitor-message.js';
import { startMllpListener, type MllpListener } from './mllp-listener.js';

export function startMonitorFeed(
  deps: AppDeps,
  options: { host: string; port: number; maxFrameBytes: number },
  onError?: (error: unknown) => void,
): Promise<MllpListener> {
  return startMllpListener(
    {
      message: async (text) =>
        (await ingestMonitorMessage(deps, { actor: null, requestId: randomUUID(), clientAddress: null }, text)).ack,
      oversize: (bytes) => Promise.resolve(oversizeAck(deps, bytes)),
    },
    { ...options, ...(onError ? { onError } : {}) },
  );
}
