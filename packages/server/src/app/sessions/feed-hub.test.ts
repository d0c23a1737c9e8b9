import { describe, expect, it } from 'vitest';
import { createSessionFeedHub } from './feed-hub.js';
import type { FeedRow, TreatmentSessionStore } from './session-ports.js';

function fakeFeed() {
  const rows: FeedRow[] = [];
  const store = {
    feedAfter: (after: number, sessionId: string | null, limit: number) =>
      Promise.resolve(
        rows.filter((r) => r.seq > after && (sessionId === null || r.sessionId === sessionId)).slice(0, limit),
      ),
    latestSeq: () => Promise.resolve(rows.at(-1)?.seq ?? 0),
  } as unknown as TreatmentSessionStore;
  let next = 1;
  const append = (sessionId: string, store = true): FeedRow => {
    const row: FeedRow = {
      seq: next,
      sessionId,
      payload: { sessionId, type: 'journal', at: '2026-11-22T09:00:00.000Z' },
    };
    next += 1;
    if (store) {
      rows.push(row);
    }
    return row;
  };
  return { read: <T>(work: (s: TreatmentSessionStore) => Promise<T>) => work(store), append };
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session feed hub', () => {
  it('delivers committed rows once, in sequence order, to the streams watching them', async () => {
    const feed = fakeFeed();
    feed.append('a');
    const hub = createSessionFeedHub(feed.read);
    const board: number[] = [];
    const onlyB: number[] = [];
    const stopBoard = await hub.subscribe({ sessionId: null, deliver: (r) => board.push(r.seq) });
    await hub.subscribe({ sessionId: 'b', deliver: (r) => onlyB.push(r.seq) });
    feed.append('a');
    feed.append('b');
    hub.published();
    hub.published(); // coalesced with the pull under way
    feed.append('b');
    hub.published();
    await tick();
    expect(board).toEqual([2, 3, 4]);
    expect(onlyB).toEqual([3, 4]);
    stopBoard();
    expect(hub.size()).toBe(1);
  });

  it('does not read the database when nobody watches', async () => {
    const feed = fakeFeed();
    let reads = 0;
    const hub = createSessionFeedHub((work) => {
      reads += 1;
      return feed.read(work);
    });
    feed.append('a');
    hub.published();
    await tick();
    expect(reads).toBe(0);
  });

  it('keeps delivering to the others when one stream throws', async () => {
    const feed = fakeFeed();
    const errors: unknown[] = [];
    const hub = createSessionFeedHub(feed.read, (e) => errors.push(e));
    const got: number[] = [];
    await hub.subscribe({
      sessionId: null,
      deliver: () => {
        throw new Error('socket gone');
      },
    });
    await hub.subscribe({ sessionId: null, deliver: (r) => got.push(r.seq) });
    feed.append('a');
    hub.published();
    await tick();
    expect(got).toEqual([1]);
    expect(errors).toHaveLength(1);
  });

  it('delivers committed rows handed over out of order in sequence order', async () => {
    const feed = fakeFeed();
    const hub = createSessionFeedHub(feed.read);
    const got: number[] = [];
    await hub.subscribe({ sessionId: null, deliver: (r) => got.push(r.seq) });
    const first = feed.append('a');
    const second = feed.append('a');
    hub.published([second]);
    expect(got).toEqual([]);
    hub.published([first]);
    expect(got).toEqual([1, 2]);
    hub.published([first]); // a repeat is ignored
    expect(got).toEqual([1, 2]);
  });

  it('reads a gap left by a rolled-back writer from the database and moves on', async () => {
    const feed = fakeFeed();
    const hub = createSessionFeedHub(feed.read);
    const got: number[] = [];
    await hub.subscribe({ sessionId: null, deliver: (r) => got.push(r.seq) });
    feed.append('a', false); // took number 1, then rolled back
    const kept = feed.append('a');
    hub.published([kept]);
    expect(got).toEqual([]);
    await tick(120);
    expect(got).toEqual([2]);
  });
});
