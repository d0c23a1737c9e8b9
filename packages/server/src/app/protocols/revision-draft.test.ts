import { findProtocolRevisionFaults, ivDepressionV1, type DoseLimit } from '@chairside/domain';
import { describe, expect, it } from 'vitest';
import { draftRevision } from './revision-draft.js';

const sent = (limits: readonly DoseLimit[]) => limits.map(({ version: _v, ...rest }) => rest);

/** Reorders keys, as a jsonb round trip does: content, not key order, decides "changed". */
const reordered = (limit: DoseLimit): DoseLimit =>
  Object.fromEntries(Object.entries(limit).reverse()) as unknown as DoseLimit;

describe('draftRevision', () => {
  it('keeps unchanged limits at their version even when stored keys come back reordered', () => {
    const stored = { ...ivDepressionV1, limits: ivDepressionV1.limits.map(reordered) };
    const next = draftRevision(stored, { reason: 'Same limits', dose: {}, limits: sent(ivDepressionV1.limits) });
    expect(next.limits.map((l) => l.version)).toEqual(ivDepressionV1.limits.map(() => 1));
    expect(findProtocolRevisionFaults(stored, next)).toEqual([]);
  });

  it('bumps a changed limit, sets a new default and the version', () => {
    const limits = sent(ivDepressionV1.limits).map((l) =>
      l.id.endsWith('soft-max') ? { ...l, check: { kind: 'above' as const, threshold: 0.7 } } : l,
    );
    const next = draftRevision(ivDepressionV1, { reason: 'Tighter', dose: { defaultDoseMgPerKg: 0.45 }, limits });
    expect(next.version).toBe(2);
    expect(next.dose).toMatchObject({ defaultDoseMgPerKg: 0.45, defaultDurationMin: 40 });
    expect(next.limits.find((l) => l.id.endsWith('soft-max'))?.version).toBe(2);
    expect(findProtocolRevisionFaults(ivDepressionV1, next)).toEqual([]);
  });

  it('refuses a default the dose mode does not have, naming it', () => {
    expect(() =>
      draftRevision(ivDepressionV1, {
        reason: 'x',
        dose: { firstSessionDoseMg: 56 },
        limits: sent(ivDepressionV1.limits),
      }),
    ).toThrow(
      expect.objectContaining({ details: { fields: [expect.objectContaining({ field: 'dose/firstSessionDoseMg' })] } }),
    );
  });
});
