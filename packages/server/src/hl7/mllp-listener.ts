/**
 * The MLLP listener: one TCP server, a decoder per connection, messages of one connection
 * handled strictly in order (so ACKs come back in the order sent), and an ACK written only
 * when the handler returns, which for ingest is after the database commit. Connections stay
 * open for as long as the monitor keeps them; nothing a peer sends can throw out of here.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { frame, MllpDecoder } from './mllp-framer.js';

export interface MllpHandler {
  /** Returns the ACK text for a message; must not throw (the listener answers AE if it does). */
  message(text: string): Promise<string>;
  /** The ACK for a frame over the size limit, which is dropped unread. */
  oversize(bytes: number): Promise<string>;
}

export interface MllpListenerOptions {
  readonly host: string;
  readonly port: number;
  readonly maxFrameBytes: number;
  /** Closes a connection silent for this long; monitors reconnect. */
  readonly idleTimeoutMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface MllpListener {
  readonly port: number;
  close(): Promise<void>;
}

const fallbackAck =
  'MSH|^~\\&|CHAIRSIDE|CHAIRSIDE|||||ACK|0|P|2.6\rMSA|AE|\rERR|||207^Application internal error^HL70357|E\r';

function serve(socket: Socket, handler: MllpHandler, options: MllpListenerOptions): void {
  const decoder = new MllpDecoder(options.maxFrameBytes);
  let queue: Promise<void> = Promise.resolve();
  socket.setKeepAlive(true, 30_000);
  socket.setTimeout(options.idleTimeoutMs ?? 15 * 60_000, () => socket.end());
  socket.on('error', (error) => options.onError?.(error));
  socket.on('data', (chunk: Buffer) => {
    for (const item of decoder.push(chunk)) {
      queue = queue.then(async () => {
        let ack: string;
        try {
          ack = item.kind === 'message' ? await handler.message(item.text) : await handler.oversize(item.bytes);
        } catch (error) {
          options.onError?.(error);
          ack = fallbackAck;
        }
        if (!socket.destroyed) {
          socket.write(frame(ack));
        }
      });
    }
  });
}

/** Starts listening; resolves with the bound port (port 0 picks a free one). */
export async function startMllpListener(handler: MllpHandler, options: MllpListenerOptions): Promise<MllpListener> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, handler, options);
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => {
          resolve();
        });
      }),
  };
}
