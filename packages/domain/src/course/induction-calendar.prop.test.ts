import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { allCourseProtocolIds } from './course.js';
import { inductionCadences, proposeInductionCalendar } from './induction-calendar.js';
import { checkSpacing } from './spacing.js';
import { addDays, localDateAtFixedOffset, Weekday, weekdayOf } from './time.js';

const calendarInputArb = fc.constantFrom(...allCourseProtocolIds).chain((protocolId) => {
  const allowed = inductionCadences[protocolId].sessionsPerWeekAllowed;
  return fc.record({
    protocolId: fc.constant(protocolId),
    firstDate: fc.integer({ min: 0, max: 3650 }).map((d) => addDays('2024-01-01', d)),
    sessionsPerWeek: allowed ? fc.constantFrom(...allowed) : fc.constant(undefined),
    allowedWeekdays: fc.uniqueArray(fc.constantFrom(...Object.values(Weekday)), { minLength: 1, maxLength: 7 }),
    targetSessions: fc.integer({ min: 1, max: 16 }),
  });
});

describe('proposeInductionCalendar properties', () => {
  test.prop([calendarInputArb])('gives the target count, on allowed weekdays, in order', (input) => {
    const { dates } = proposeInductionCalendar(input);
    expect(dates).toHaveLength(input.targetSessions);
    expect(dates.every((d) => input.allowedWeekdays.includes(weekdayOf(d)))).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]! >= input.firstDate).toBe(true);
  });

  test.prop([calendarInputArb, fc.integer({ min: 6, max: 18 })])(
    'every proposed date, booked at one time of day, passes checkSpacing',
    (input, hour) => {
      const times = proposeInductionCalendar(input).dates.map((d) => `${d}T${String(hour).padStart(2, '0')}:00:00Z`);
      times.forEach((proposedAt, i) => {
        const findings = checkSpacing({
          protocolId: input.protocolId,
          existingSessionTimes: times.filter((_, j) => j !== i),
          proposedAt,
          localDateOf: localDateAtFixedOffset(0),
        });
        expect(findings).toEqual([]);
      });
    },
  );
});
