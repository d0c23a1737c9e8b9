import { request, type ClientRequest } from 'node:http';

export interface SseEvent {
  readonly id: string | null;
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** A minimal text/event-stream reader for tests: collects events, waits for one that matches. */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  private buffer = '';
  private waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  private endedResolve: () => void = () => undefined;
  /** Settles when the server ends the response. */
  readonly ended = new Promise<void>((resolve) => {
    this.endedResolve = resolve;
  });

  private constructor(private readonly req: ClientRequest) {}

  static open(
    url: string,
    headers: Record<string, string>,
  ): Promise<{ client: SseClient; status: number; type: string }> {
    return new Promise((resolve, reject) => {
      const req = request(url, { headers: { accept: 'text/event-stream', ...headers } });
      const client = new SseClient(req);
      req.on('response', (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          client.push(chunk);
        });
        res.on('end', () => {
          client.endedResolve();
        });
        resolve({ client, status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
      });
      req.on('error', reject);
      req.end();
    });
  }

  private push(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      end = this.buffer.indexOf('\n\n');
      let id: string | null = null;
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          this.comments.push(line);
        } else if (line.startsWith('id: ')) {
          id = line.slice(4);
        } else if (line.startsWith('event: ')) {
          event = line.slice(7);
        } else if (line.startsWith('data: ')) {
          data += line.slice(6);
        }
      }
      if (data !== '') {
        const parsed: SseEvent = { id, event, data: JSON.parse(data) as Record<string, unknown> };
        this.events.push(parsed);
        this.waiters = this.waiters.filter((w) => {
          if (w.match(parsed)) {
            w.resolve(parsed);
            return false;
          }
          return true;
        });
      }
    }
  }

  /** The first event (already received or coming) that matches, or a rejection after `ms`. */
  waitFor(match: (e: SseEvent) => boolean, ms = 5000): Promise<SseEvent> {
    const seen = this.events.find(match);
    if (seen) {
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no matching event in ${ms} ms; got ${this.events.map((e) => e.event).join(',')}`));
      }, ms);
      this.waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  close(): void {
    this.req.destroy();
  }
}
