/**
 * The in-process hub behind the SSE streams. Writers append feed rows in their transaction and
 * hand the committed rows to `published()` after the commit. Feed writers take one lock, so
 * sequence order is commit order; the hub delivers strictly in sequence: a row that arrives
 * ahead of a missing one waits, and if the gap is not filled quickly (another process wrote,
 * or a transaction rolled back after taking a number) the hub reads what it missed from the
 * database. Each stream therefore sees every row once, in order.
 */
import type { FeedRow, TreatmentSessionStore } from './session-ports.js';

export interface FeedSubscriber {
  /** null: every session (the board). */
  readonly sessionId: string | null;
  deliver(row: FeedRow): void;
}

export interface SessionFeedHub {
  /** Call after a commit that appended feed rows (pass them; without them the hub reads them). Never throws. */
  published(rows?: readonly FeedRow[]): void;
  /** Registers a stream; returns the function that removes it. */
  subscribe(subscriber: FeedSubscriber): Promise<() => void>;
  /** How many streams are open (health and tests). */
  size(): number;
}

type ReadFeed = <T>(work: (store: TreatmentSessionStore) => Promise<T>) => Promise<T>;

const PAGE = 500;
/** How long a row ahead of a missing one waits before the hub reads the gap from the database. */
const GAP_WAIT_MS = 50;

export function createSessionFeedHub(
  read: ReadFeed,
  onError: (error: unknown) => void = () => undefined,
): SessionFeedHub {
  const subscribers = new Set<FeedSubscriber>();
  const waiting = new Map<number, FeedRow>();
  const state: {
    cursor: number | null;
    pulling: boolean;
    again: boolean;
    gapTimer: ReturnType<typeof setTimeout> | null;
  } = { cursor: null, pulling: false, again: false, gapTimer: null };

  const fanOut = (row: FeedRow): void => {
    for (const subscriber of subscribers) {
      if (subscriber.sessionId === null || subscriber.sessionId === row.sessionId) {
        try {
          subscriber.deliver(row);
        } catch (error) {
          onError(error);
        }
      }
    }
  };

  /** Delivers the waiting rows that follow the cursor without a gap. */
  const drain = (): void => {
    while (state.cursor !== null) {
      const next = waiting.get(state.cursor + 1);
      if (next === undefined) {
        break;
      }
      waiting.delete(next.seq);
      state.cursor = next.seq;
      fanOut(next);
    }
    for (const seq of waiting.keys()) {
      if (state.cursor !== null && seq <= state.cursor) {
        waiting.delete(seq);
      }
    }
    if (waiting.size > 0 && state.gapTimer === null) {
      state.gapTimer = setTimeout(() => {
        state.gapTimer = null;
        void pull();
      }, GAP_WAIT_MS);
    }
  };

  const takeAgain = (): boolean => {
    const again = state.again;
    state.again = false;
    return again;
  };

  /** Reads every row after the cursor from the database (gaps, other writers). */
  const pull = async (): Promise<void> => {
    if (state.pulling) {
      state.again = true;
      return;
    }
    state.pulling = true;
    try {
      do {
        let rows: FeedRow[] = [];
        do {
          const from = state.cursor;
          if (from === null || subscribers.size === 0) {
            break;
          }
          rows = await read((store) => store.feedAfter(from, null, PAGE));
          for (const row of rows) {
            waiting.delete(row.seq);
            if (state.cursor !== null && row.seq > state.cursor) {
              state.cursor = row.seq;
              fanOut(row);
            }
          }
        } while (rows.length === PAGE);
        drain();
      } while (takeAgain());
    } catch (error) {
      onError(error);
    } finally {
      state.pulling = false;
    }
  };

  return {
    published(rows) {
      if (subscribers.size === 0 || state.cursor === null) {
        return;
      }
      if (rows === undefined) {
        void pull();
        return;
      }
      for (const row of rows) {
        if (row.seq > state.cursor) {
          waiting.set(row.seq, row);
        }
      }
      drain();
    },
    async subscribe(subscriber) {
      if (state.cursor === null) {
        const latest = await read((store) => store.latestSeq());
        state.cursor ??= latest;
      }
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && !state.pulling) {
          state.cursor = null;
          waiting.clear();
        }
      };
    },
    size: () => subscribers.size,
  };
}
