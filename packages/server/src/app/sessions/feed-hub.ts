/**
 * The in-process hub behind the SSE streams. Writers append feed rows in their transaction and
 * call `published()` after the commit; the hub then reads the rows after its cursor from the
 * database and hands each to the streams that watch it. Reading from the database (rather than
 * passing objects around) keeps one order for live delivery and catch-up: the sequence.
 */
import type { FeedRow, TreatmentSessionStore } from './session-ports.js';

export interface FeedSubscriber {
  /** null: every session (the board). */
  readonly sessionId: string | null;
  deliver(row: FeedRow): void;
}

export interface SessionFeedHub {
  /** Call after a commit that appended feed rows. Never throws. */
  published(): void;
  /** Registers a stream; returns the function that removes it. */
  subscribe(subscriber: FeedSubscriber): Promise<() => void>;
  /** How many streams are open (health and tests). */
  size(): number;
}

type ReadFeed = <T>(work: (store: TreatmentSessionStore) => Promise<T>) => Promise<T>;

const PAGE = 500;

export function createSessionFeedHub(
  read: ReadFeed,
  onError: (error: unknown) => void = () => undefined,
): SessionFeedHub {
  const subscribers = new Set<FeedSubscriber>();
  let cursor: number | null = null;
  const flags = { pulling: false, again: false };

  /** Whether a publish arrived during the pull (then pull once more). */
  const takeAgain = (): boolean => {
    const again = flags.again;
    flags.again = false;
    return again;
  };

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

  const pull = async (): Promise<void> => {
    if (flags.pulling) {
      flags.again = true;
      return;
    }
    flags.pulling = true;
    try {
      do {
        if (subscribers.size === 0 || cursor === null) {
          continue;
        }
        let rows: FeedRow[];
        do {
          const from: number = cursor;
          rows = await read((store) => store.feedAfter(from, null, PAGE));
          for (const row of rows) {
            cursor = row.seq;
            fanOut(row);
          }
        } while (rows.length === PAGE);
      } while (takeAgain());
    } catch (error) {
      onError(error);
    } finally {
      flags.pulling = false;
    }
  };

  return {
    published() {
      if (subscribers.size > 0) {
        void pull();
      }
    },
    async subscribe(subscriber) {
      if (cursor === null) {
        const latest = await read((store) => store.latestSeq());
        cursor ??= latest;
      }
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && !flags.pulling) {
          cursor = null;
        }
      };
    },
    size: () => subscribers.size,
  };
}
