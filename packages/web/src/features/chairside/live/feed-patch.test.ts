import type { AlertView, BoardResponse, FeedEvent, SessionDetail, VitalReadingView } from '@chairside/contract';
import { describe, expect, it } from 'vitest';
import { patchBoard, patchSession } from './feed-patch';

const sessionId = '00000000-0000-4000-8000-000000000001';
const reading = (id: string, takenAt: string, systolicMmHg: number): VitalReadingView => ({
  id,
  sessionId,
  source: 'device',
  takenAt,
  systolicMmHg,
  diastolicMmHg: 80,
  heartRateBpm: 70,
  spo2Pct: 98,
  respiratoryRatePerMin: 14,
  etco2MmHg: null,
  correctsReadingId: null,
  correctedByReadingId: null,
  recordedBy: null,
  band: 'normal',
});
const alert = (resolved: boolean): AlertView => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  sessionId,
  kind: 'reading',
  rule: 'monitoring.bp.during.severe@1',
  severity: 'soft-stop',
  phase: 'dosing',
  message: 'SBP 188',
  action: 'pause-recheck-5min-physician-review',
  actionLabel: 'Pause infusion, recheck in 5 min, physician review',
  values: { systolicMmHg: 188 },
  observedAt: '2026-11-22T10:00:00.000Z',
  raisedAt: '2026-11-22T10:00:00.000Z',
  readingId: null,
  resolution: resolved
    ? { action: 'paused-infusion', note: 'ok', by: 'nurse', at: '2026-11-22T10:02:00.000Z', secondsToResolve: 120 }
    : null,
});
const event = (seq: string, rest: Partial<FeedEvent>): FeedEvent => ({
  seq,
  sessionId,
  type: 'reading',
  at: '2026-11-22T10:00:00.000Z',
  ...rest,
});

function board(): BoardResponse {
  return {
    seq: '10',
    now: '2026-11-22T10:00:00.000Z',
    items: [
      {
        session: { id: sessionId } as BoardResponse['items'][number]['session'],
        elapsedMin: 5,
        dose: {
          deliveredMg: 1,
          plannedMg: 35,
          currentRateMlPerHour: 5,
          currentRateMgPerHour: 50,
          concentrationMgPerMl: 10,
          asOf: '2026-11-22T10:00:00.000Z',
        },
        lastVitals: reading('r1', '2026-11-22T10:00:00.000Z', 130),
        activeAlerts: [],
        nextCheckDueAt: null,
        monitorBound: true,
      },
    ],
  };
}

describe('feed events patch the board', () => {
  it('shows a newer reading, keeps the newer one when an older arrives late, and advances seq', () => {
    const newer = patchBoard(board(), event('11', { reading: reading('r2', '2026-11-22T10:01:00.000Z', 150) }));
    expect(newer.board.items[0]?.lastVitals?.systolicMmHg).toBe(150);
    expect(newer.board.seq).toBe('11');
    const late = patchBoard(newer.board, event('12', { reading: reading('r0', '2026-11-22T09:59:00.000Z', 120) }));
    expect(late.board.items[0]?.lastVitals?.systolicMmHg).toBe(150);
  });

  it('adds an alert once, even when replayed, and drops it when resolved', () => {
    const raised = patchBoard(board(), event('11', { type: 'alert', alert: alert(false) }));
    const replayed = patchBoard(raised.board, event('11', { type: 'alert', alert: alert(false) }));
    expect(replayed.board.items[0]?.activeAlerts).toHaveLength(1);
    expect(replayed.board.seq).toBe('11');
    const resolved = patchBoard(replayed.board, event('12', { type: 'alert-resolved', alert: alert(true) }));
    expect(resolved.board.items[0]?.activeAlerts).toHaveLength(0);
  });

  it('asks for a refetch for a session not on the board', () => {
    const other = patchBoard(board(), {
      ...event('11', { type: 'session' }),
      sessionId: '00000000-0000-4000-8000-000000000002',
    });
    expect(other.needsRefetch).toBe(true);
  });
});

describe('feed events patch a session', () => {
  const detail = {
    session: { id: sessionId },
    seq: '10',
    manualReadings: [],
    deviceReadings: [],
    alerts: [],
    journal: [],
  } as unknown as SessionDetail;

  it('keeps manual and device readings apart, in time order, without duplicates', () => {
    let d = patchSession(detail, event('11', { reading: reading('r2', '2026-11-22T10:01:00.000Z', 150) }));
    d = patchSession(d, event('12', { reading: reading('r1', '2026-11-22T10:00:00.000Z', 140) }));
    d = patchSession(d, event('12', { reading: reading('r1', '2026-11-22T10:00:00.000Z', 140) }));
    d = patchSession(
      d,
      event('13', { reading: { ...reading('m1', '2026-11-22T10:02:00.000Z', 135), source: 'manual' } }),
    );
    expect(d.deviceReadings.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(d.manualReadings.map((r) => r.id)).toEqual(['m1']);
    expect(d.seq).toBe('13');
  });

  it('replaces an alert with its resolved form', () => {
    const raised = patchSession(detail, event('11', { type: 'alert', alert: alert(false) }));
    const resolved = patchSession(raised, event('12', { type: 'alert-resolved', alert: alert(true) }));
    expect(resolved.alerts).toHaveLength(1);
    expect(resolved.alerts[0]?.resolution?.action).toBe('paused-infusion');
  });
});
