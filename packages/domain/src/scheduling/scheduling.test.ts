import { describe, expect, it } from 'vitest';
import { instantAtLocal, localDateIn, wallClockAtMs } from './clinic-time.js';
import { dosingSlotPlanFor } from './dosing-slot.js';
import { intervalsOverlap, outsideOpeningHours, type ClinicCalendar } from './opening-hours.js';

const calendar: ClinicCalendar = {
  timeZone: 'America/Chicago',
  weeklyHours: [{ weekday: 'mon', opensMin: 8 * 60, closesMin: 17 * 60 }],
  closedDates: [{ date: '2026-12-28', reason: 'Holiday' }],
};
const at = (local: string, minutes: number): number => Date.parse(instantAtLocal(local, minutes, calendar.timeZone));

describe('dosingSlotPlanFor (DEFAULTS §5)', () => {
  it.each([
    ['iv-depression', 40 + 30 + 15],
    ['iv-pain', 240 + 30 + 15],
    ['im-depression', 10 + 30 + 15],
    ['in-esketamine-trd', 120 + 15],
  ] as const)('%s holds the chair %i min', (protocolId, lengthMin) => {
    expect(dosingSlotPlanFor(protocolId).lengthMin).toBe(lengthMin);
  });
});

describe('clinic time', () => {
  it('maps local wall-clock to instants across daylight saving', () => {
    expect(instantAtLocal('2026-07-06', 9 * 60, 'America/Chicago')).toBe('2026-07-06T14:00:00.000Z');
    expect(instantAtLocal('2026-12-07', 9 * 60, 'America/Chicago')).toBe('2026-12-07T15:00:00.000Z');
    expect(wallClockAtMs(Date.parse('2026-12-07T15:00:00Z'), 'America/Chicago')).toEqual({
      date: '2026-12-07',
      weekday: 'mon',
      minuteOfDay: 540,
    });
    expect(localDateIn('America/Chicago')('2026-12-08T03:00:00Z')).toBe('2026-12-07');
  });
});

describe('outsideOpeningHours', () => {
  it.each([
    ['opening minute', '2026-12-07', 8 * 60, 60, undefined],
    ['ending at closing', '2026-12-07', 16 * 60, 60, undefined],
    ['one minute before opening', '2026-12-07', 8 * 60 - 1, 60, /outside opening hours/],
    ['ending one minute after closing', '2026-12-07', 16 * 60 + 1, 60, /outside opening hours/],
    ['a day without hours', '2026-12-08', 9 * 60, 60, /not open on tue/],
    ['a closed date', '2026-12-28', 9 * 60, 60, /closed on 2026-12-28 \(Holiday\)/],
  ] as const)('%s', (_name, date, minute, lengthMin, expected) => {
    const result = outsideOpeningHours(calendar, at(date, minute), lengthMin);
    if (expected === undefined) {
      expect(result).toBeUndefined();
    } else {
      expect(result).toMatch(expected);
    }
  });
});

describe('intervalsOverlap', () => {
  it('back-to-back is free; one minute of overlap is not', () => {
    expect(intervalsOverlap(0, 60, 60, 120)).toBe(false);
    expect(intervalsOverlap(0, 61, 60, 120)).toBe(true);
    expect(intervalsOverlap(60, 120, 0, 61)).toBe(true);
  });
});
