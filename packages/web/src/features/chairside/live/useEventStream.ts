import { useEffect, useRef, useState } from 'react';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export interface StreamMessage {
  readonly type: string;
  readonly id: string;
  readonly data: unknown;
}

interface Options {
  /** The stream's URL; null while there is nothing to watch. */
  readonly url: string | null;
  /** Named SSE event types to listen for (the contract lists them). */
  readonly types: readonly string[];
  readonly onMessage: (message: StreamMessage) => void;
  /** After a reconnect: refresh the snapshots too, in case the server could not replay. */
  readonly onReconnected?: () => void;
  /** The browser gave up on the connection (e.g. the sign-in ended): check with a normal request. */
  readonly onGaveUp?: () => void;
  /** The feed position the page's snapshot reflects: the stream starts after it (read once). */
  readonly startAfter?: string | null;
  /** Query parameter that carries the last event id when the page itself reconnects. */
  readonly resumeParam?: string;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000] as const;

function withResume(url: string, param: string, lastId: string | null): string {
  if (lastId === null) {
    return url;
  }
  const next = new URL(url, window.location.origin);
  next.searchParams.set(param, lastId);
  return next.pathname + next.search;
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

/**
 * A server-sent event stream that does not miss events. While the connection is up the
 * browser's EventSource reconnects by itself and sends `Last-Event-ID`; when it gives up (the
 * server restarted, answered an error, the tablet slept) this opens a new one from the last
 * event id seen, with back-off. The status drives the visible "Reconnecting" state.
 */
export function useEventStream({
  url,
  types,
  onMessage,
  onReconnected,
  onGaveUp,
  startAfter = null,
  resumeParam = 'lastEventId',
}: Options): {
  readonly status: StreamStatus;
} {
  const [current, setCurrent] = useState<{ url: string | null; status: StreamStatus }>({ url, status: 'connecting' });
  const status = current.url === url ? current.status : 'connecting';
  const handlers = useRef({ onMessage, onReconnected, onGaveUp, startAfter });
  useEffect(() => {
    handlers.current = { onMessage, onReconnected, onGaveUp, startAfter };
  });
  const typeKey = types.join(',');

  useEffect(() => {
    if (url === null) {
      return undefined;
    }
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let attempt = 0;
    let lastId: string | null = handlers.current.startAfter;
    let hasBeenOpen = false;
    let closed = false;

    const receive = (event: MessageEvent<string>): void => {
      if (event.lastEventId !== '') {
        lastId = event.lastEventId;
      }
      handlers.current.onMessage({ type: event.type, id: event.lastEventId, data: parse(event.data) });
    };

    const open = (): void => {
      const es = new EventSource(withResume(url, resumeParam, lastId), { withCredentials: true });
      source = es;
      es.onopen = () => {
        attempt = 0;
        setCurrent({ url, status: 'open' });
        if (hasBeenOpen) {
          handlers.current.onReconnected?.();
        }
        hasBeenOpen = true;
      };
      es.onerror = () => {
        if (closed) {
          return;
        }
        setCurrent({ url, status: 'reconnecting' });
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          handlers.current.onGaveUp?.();
          const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
          attempt += 1;
          retryTimer = window.setTimeout(open, delay);
        }
      };
      es.onmessage = receive;
      for (const type of typeKey.split(',').filter((t) => t !== '')) {
        es.addEventListener(type, receive);
      }
    };

    open();
    return () => {
      closed = true;
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, [url, typeKey, resumeParam]);

  return { status };
}
