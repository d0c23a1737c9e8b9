import type { DoseResult } from '@chairside/domain';
import { describe, expect, it } from 'vitest';
import type { DosePlanRecord } from '../ports.js';
import { viewPlans } from './plan-status.js';

const plan = (
  id: string,
  resultStatus: DosePlanRecord['resultStatus'],
  createdAt: string,
  cosignAt?: string,
): DosePlanRecord => ({
  id,
  patientId: 'p',
  protocolId: 'iv-depression',
  protocolVersion: 1,
  resultStatus,
  inputs: {},
  result: {} as DoseResult,
  softStopReason: resultStatus === 'soft-stop' ? 'why' : null,
  note: null,
  supersedesPlanId: null,
  createdAt,
  createdByUserId: 'u',
  createdByUsername: 'nurse',
  createdByRole: 'nurse',
  cosign: cosignAt ? { at: cosignAt, byUserId: 'd', byUsername: 'dr', reason: 'ok' } : null,
});

describe('viewPlans', () => {
  it('approves within plans at once and makes the latest approval current', () => {
    const { items, current } = viewPlans([
      plan('a', 'within', '2026-01-01T00:00:00.000Z'),
      plan('b', 'within', '2026-01-02T00:00:00.000Z'),
    ]);
    expect(items.map((p) => p.status)).toEqual(['superseded', 'approved']);
    expect(current['iv-depression']).toBe('b');
  });

  it('leaves a soft-stop awaiting co-sign, and approves it at the co-sign', () => {
    const waiting = viewPlans([
      plan('a', 'within', '2026-01-01T00:00:00.000Z'),
      plan('b', 'soft-stop', '2026-01-02T00:00:00.000Z'),
    ]);
    expect(waiting.items.map((p) => p.status)).toEqual(['approved', 'awaiting-cosign']);
    expect(waiting.current['iv-depression']).toBe('a');
    const signed = viewPlans([
      plan('a', 'within', '2026-01-01T00:00:00.000Z'),
      plan('b', 'soft-stop', '2026-01-02T00:00:00.000Z', '2026-01-02T01:00:00.000Z'),
    ]);
    expect(signed.items.map((p) => p.status)).toEqual(['superseded', 'approved']);
    expect(signed.items[1]?.approvedAt).toBe('2026-01-02T01:00:00.000Z');
  });

  it('never approves a hard-stop, even if a co-sign row existed', () => {
    const { items, current } = viewPlans([
      plan('a', 'hard-stop', '2026-01-01T00:00:00.000Z', '2026-01-01T01:00:00.000Z'),
    ]);
    expect(items[0]?.status).toBe('refused');
    expect(current['iv-depression']).toBeUndefined();
  });
});
