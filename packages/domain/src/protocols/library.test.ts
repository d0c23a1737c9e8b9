import { describe, expect, it } from 'vitest';
import { findProtocolFaults } from './consistency.js';
import { hardRange, limitFires } from './limits.js';
import { imDepressionV1, inEsketamineTrdV1, ivDepressionV1, ivPainV1, protocolLibraryV1 } from './library.js';
import type { DoseLimit, Protocol } from './types.js';

const all = Object.values(protocolLibraryV1);
const limit = (protocol: Protocol, id: string): DoseLimit => {
  const found = protocol.limits.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(`no limit ${id}`);
  }
  return found;
};

describe('shipped protocol library v1', () => {
  it.each(all.map((p) => [p.id, p] as const))('%s is self-consistent, version 1, with sources', (_id, protocol) => {
    expect(findProtocolFaults(protocol)).toEqual([]);
    expect(protocol.version).toBe(1);
    for (const rule of protocol.limits) {
      expect(rule.source.tags.length).toBeGreaterThan(0);
      expect(rule.source.citation.length).toBeGreaterThan(10);
      expect(rule.id.startsWith(`protocol.${protocol.id}.`)).toBe(true);
    }
  });

  it('has unique limit ids across the library', () => {
    const ids = all.flatMap((p) => p.limits.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ships the DEFAULTS.md §1 defaults', () => {
    expect(ivDepressionV1.dose).toEqual({
      mode: 'mg-per-kg-over-duration',
      defaultDoseMgPerKg: 0.5,
      defaultDurationMin: 40,
    });
    expect(ivPainV1.dose).toMatchObject({ mode: 'mg-per-kg-per-hour-infusion', defaultInfusionMgPerKgPerHour: 0.5 });
    expect(imDepressionV1.dose).toEqual({ mode: 'mg-per-kg-single-injection', defaultDoseMgPerKg: 0.5 });
    expect(inEsketamineTrdV1.dose).toEqual({
      mode: 'fixed-mg-devices',
      deviceMg: 28,
      firstSessionDoseMg: 56,
      deviceIntervalMin: 5,
    });
    expect(hardRange(ivDepressionV1, 'durationMin')).toEqual({ min: 40, max: 100 });
    expect(hardRange(ivPainV1, 'durationMin')).toEqual({ min: 120, max: 240 });
  });

  // Each row: protocol, limit id, value that does not fire (the boundary), value that fires, severity, label.
  it.each([
    [ivDepressionV1, 'protocol.iv-depression.dose.min', 0.1, 0.099, 'soft-stop', false],
    [ivDepressionV1, 'protocol.iv-depression.dose.soft-max', 0.75, 0.751, 'soft-stop', false],
    [ivDepressionV1, 'protocol.iv-depression.dose.hard-max', 1.0, 1.001, 'hard-stop', false],
    [ivDepressionV1, 'protocol.iv-depression.duration.min', 40, 39.9, 'hard-stop', false],
    [ivDepressionV1, 'protocol.iv-depression.duration.max', 100, 100.1, 'hard-stop', false],
    [ivDepressionV1, 'protocol.iv-depression.concentration.max', 50, 50.01, 'hard-stop', true],
    [ivDepressionV1, 'protocol.iv-depression.weight.stale', 30, 30.01, 'soft-stop', false],
    [ivPainV1, 'protocol.iv-pain.infusion.soft-max', 1, 1.01, 'soft-stop', false],
    [ivPainV1, 'protocol.iv-pain.infusion.hard-max', 2, 2.01, 'hard-stop', false],
    [ivPainV1, 'protocol.iv-pain.bolus.hard-max', 0.35, 0.351, 'hard-stop', false],
    [ivPainV1, 'protocol.iv-pain.duration.min', 120, 119, 'hard-stop', false],
    [ivPainV1, 'protocol.iv-pain.duration.max', 240, 241, 'hard-stop', false],
    [ivPainV1, 'protocol.iv-pain.concentration.max', 50, 51, 'hard-stop', true],
    [imDepressionV1, 'protocol.im-depression.dose.soft-max', 0.5, 0.501, 'soft-stop', false],
    [imDepressionV1, 'protocol.im-depression.dose.hard-max', 0.75, 0.751, 'hard-stop', false],
    [imDepressionV1, 'protocol.im-depression.weight.stale', 30, 31, 'soft-stop', false],
    [inEsketamineTrdV1, 'protocol.in-esketamine-trd.dose.allowed', 56, 28, 'hard-stop', true],
    [inEsketamineTrdV1, 'protocol.in-esketamine-trd.dose.allowed', 84, 112, 'hard-stop', true],
  ] as const)('%#: %s does not fire at %s, fires at %s', (protocol, id, ok, bad, severity, label) => {
    const rule = limit(protocol, id);
    expect(limitFires(rule, ok)).toBe(false);
    expect(limitFires(rule, bad)).toBe(true);
    expect(rule.severity).toBe(severity);
    expect(rule.labelLimit).toBe(label);
  });

  it('allows 84 mg esketamine only after a 56 mg session', () => {
    const rule = limit(inEsketamineTrdV1, 'protocol.in-esketamine-trd.dose.84-after-56');
    expect(limitFires(rule, 84, [])).toBe(true);
    expect(limitFires(rule, 84, [84])).toBe(true);
    expect(limitFires(rule, 84, [56])).toBe(false);
    expect(limitFires(rule, 56, [])).toBe(false);
    expect(rule.labelLimit).toBe(true);
  });

  it('does not fire on float noise at a boundary', () => {
    expect(limitFires(limit(ivDepressionV1, 'protocol.iv-depression.dose.soft-max'), 0.1 * 7.5)).toBe(false);
  });

  it('has no IV concentration limit on IM (100 mg/mL may be injected IM) and NPO rules per route', () => {
    expect(imDepressionV1.limits.some((l) => l.quantity === 'concentrationMgPerMl')).toBe(false);
    expect(ivDepressionV1.fasting).toMatchObject({ solidFoodMin: 360, clearLiquidsMin: 120, labelLimit: false });
    expect(inEsketamineTrdV1.fasting).toMatchObject({ solidFoodMin: 120, clearLiquidsMin: 30, labelLimit: true });
    for (const protocol of all) {
      expect(protocol.pregnancyTest.requiredIfCanBecomePregnant).toBe(true);
    }
  });
});
