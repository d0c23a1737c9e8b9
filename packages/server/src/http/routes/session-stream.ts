/**
 * Server-sent events for the board and one session. `id:` is the feed sequence; a reconnecting
 * client sends `Last-Event-ID` (or `?lastEventId=`) and first gets every event after it from the
 * database, then live ones; a comment line every 15 s keeps proxies from closing the stream.
 * Closing the app ends every open stream first, so a browser left open does not hold up shutdown
 * (the client reconnects to the next server).
 */
import { SessionIdParams, StreamQuery } from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError, NotFoundError } from '@chairside/domain';
import type { FeedRow } from '../../app/sessions/session-ports.js';
import { requireRole } from '../../app/context.js';
import { clinicianRoles } from '../../app/sessions/session-record.js';
import type { HttpDeps } from '../deps.js';

const HEARTBEAT_MS = 15_000;
/** A client this far behind is dropped; it reconnects and catches up from the database. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const PAGE = 500;

function lastEventIdOf(request: FastifyRequest, query: string | undefined): number | null {
  const header = request.headers['last-event-id'];
  const raw = (Array.isArray(header) ? header[0] : header) ?? query;
  if (raw === undefined || raw === '') {
    return null;
  }
  if (!/^[0-9]{1,18}$/.test(raw)) {
    throw InvalidInputError.forField('lastEventId', 'Last-Event-ID is a sequence number');
  }
  return Number(raw);
}

async function signInStillValid(app: HttpDeps['app'], signInId: string | null): Promise<boolean> {
  if (signInId === null) {
    return false;
  }
  try {
    const now = app.clock.now().getTime();
    const session = await app.tx.run((s) => s.sessions.findById(signInId));
    if (session === undefined) {
      return false;
    }
    return (
      session.endedAt === null &&
      Date.parse(session.expiresAt) > now &&
      now - Date.parse(session.lastSeenAt) <= app.auth.idleTimeoutMinutes * 60_000
    );
  } catch {
    return true; // a database hiccup is not a sign-out; the next heartbeat checks again
  }
}

async function openStream(
  deps: HttpDeps,
  streams: Set<() => void>,
  request: FastifyRequest,
  reply: FastifyReply,
  sessionId: string | null,
  queryLastId: string | undefined,
): Promise<void> {
  const ctx = request.ctx;
  requireRole(ctx, clinicianRoles);
  const app = deps.app;
  const requested = lastEventIdOf(request, queryLastId);
  await app.tx.run(async (s) => {
    if (sessionId !== null) {
      const row = await s.treatmentSessions.find(sessionId);
      if (!row) {
        throw new NotFoundError('No treatment session with this id');
      }
      await s.audit.append(ctx, {
        action: 'session.stream.open',
        recordType: 'treatment_session',
        recordId: sessionId,
        patientId: row.patientId,
      });
    } else {
      await s.audit.append(ctx, { action: 'session.board.stream.open', recordType: 'treatment_session' });
    }
  });

  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
    'x-request-id': request.id,
  });
  raw.write('retry: 2000\n\n');

  const state = { closed: false };
  let live = false;
  let sent = requested ?? 0;
  const buffered: FeedRow[] = [];
  let stop: () => void = () => undefined;
  const close = (): void => {
    if (!state.closed) {
      state.closed = true;
      streams.delete(close);
      clearInterval(heartbeat);
      stop();
      raw.end();
    }
  };
  const send = (row: FeedRow): void => {
    if (state.closed || row.seq <= sent) {
      return;
    }
    sent = row.seq;
    const data = JSON.stringify({ ...row.payload, seq: String(row.seq) });
    raw.write(`id: ${row.seq}\nevent: ${row.payload.type}\ndata: ${data}\n\n`);
    if (raw.writableLength > MAX_BUFFERED_BYTES) {
      close();
    }
  };
  const signInId = request.sessionId;
  const heartbeat = setInterval(() => {
    if (state.closed) {
      return;
    }
    raw.write(': heartbeat\n\n');
    // An open stream does not keep a sign-in alive: once it has ended, timed out or gone idle,
    // the stream closes and the reconnect gets 401.
    void signInStillValid(app, signInId).then((valid) => {
      if (!valid) {
        close();
      }
    });
  }, HEARTBEAT_MS);
  streams.add(close);
  request.raw.on('close', close);
  raw.on('close', close);
  raw.on('error', close);

  stop = await app.sessionFeed.subscribe({
    sessionId,
    deliver: (row) => {
      if (live) {
        send(row);
      } else {
        buffered.push(row);
      }
    },
  });
  try {
    if (requested === null) {
      sent = await app.tx.run((s) => s.treatmentSessions.latestSeq());
    } else {
      let rows: FeedRow[];
      do {
        const after = sent;
        rows = await app.tx.run((s) => s.treatmentSessions.feedAfter(after, sessionId, PAGE));
        rows.forEach(send);
      } while (rows.length === PAGE && !state.closed);
    }
  } catch (error) {
    request.log.warn({ err: error }, 'session stream catch-up failed');
    close();
    return;
  }
  live = true;
  buffered.sort((a, b) => a.seq - b.seq).forEach(send);
  buffered.length = 0;
  if (state.closed) {
    stop();
  }
}

export const sessionStreamRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  const config = { access: ['physician', 'nurse'] } as const;
  const streams = new Set<() => void>();
  // preClose runs before the server stops accepting and waits for open connections; an event
  // stream never finishes on its own, so it is ended here.
  app.addHook('preClose', (done) => {
    [...streams].forEach((end) => {
      end();
    });
    done();
  });
  app.get(
    '/api/sessions/board/events',
    {
      config,
      schema: {
        tags: ['sessions'],
        summary: 'Live events of every session (text/event-stream)',
        querystring: StreamQuery,
      },
    },
    (request, reply) => openStream(deps, streams, request, reply, null, request.query.lastEventId),
  );
  app.get(
    '/api/sessions/:id/events',
    {
      config,
      schema: {
        tags: ['sessions'],
        summary: 'Live events of one session (text/event-stream)',
        params: SessionIdParams,
        querystring: StreamQuery,
      },
    },
    (request, reply) => openStream(deps, streams, request, reply, request.params.id, request.query.lastEventId),
  );
};
