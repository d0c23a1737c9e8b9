import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { proposeInductionCalendar, type InductionCalendarInput } from './induction-calendar.js';
import type { Weekday } from './time.js';

const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const input = (overrides: Partial<InductionCalendarInput>): InductionCalendarInput => ({
  protocolId: 'iv-depression',
  firstDate: '2025-03-03', // a Monday
  sessionsPerWeek: 2,
  allowedWeekdays: weekdays,
  targetSessions: 6,
  ...overrides,
});

describe('proposeInductionCalendar', () => {
  it('iv-depression twice weekly: 6 sessions over 3 weeks, ≥2 days apart', () => {
    const calendar = proposeInductionCalendar(input({}));
    expect(calendar.dates).toEqual([
      '2025-03-03',
      '2025-03-05',
      '2025-03-10',
      '2025-03-12',
      '2025-03-17',
      '2025-03-19',
    ]);
    expect(calendar.notes).toEqual([]);
    expect(calendar.source.tag).toBe('T');
  });

  it('iv-depression thrice weekly Mon/Wed/Fri', () => {
    const calendar = proposeInductionCalendar(input({ sessionsPerWeek: 3, allowedWeekdays: ['mon', 'wed', 'fri'] }));
    expect(calendar.dates).toEqual([
      '2025-03-03',
      '2025-03-05',
      '2025-03-07',
      '2025-03-10',
      '2025-03-12',
      '2025-03-14',
    ]);
  });

  it('starts on the first allowed weekday on or after the first date', () => {
    const calendar = proposeInductionCalendar(input({ firstDate: '2025-03-01', protocolId: 'im-depression' }));
    expect(calendar.dates[0]).toBe('2025-03-03');
  });

  it('says when the allowed weekdays cannot hold the cadence', () => {
    const calendar = proposeInductionCalendar(input({ sessionsPerWeek: 3, allowedWeekdays: ['mon', 'tue', 'wed'] }));
    expect(calendar.dates).toEqual([
      '2025-03-03',
      '2025-03-05',
      '2025-03-10',
      '2025-03-12',
      '2025-03-17',
      '2025-03-19',
    ]);
    expect(calendar.notes).toEqual([
      'Week 1: only 2 of 3 sessions fit the allowed weekdays and spacing.',
      'Week 2: only 2 of 3 sessions fit the allowed weekdays and spacing.',
    ]);
  });

  it('notes a target other than the 6-session default', () => {
    expect(proposeInductionCalendar(input({ targetSessions: 8 })).notes).toEqual([
      '8 sessions differs from the 6-session induction default.',
    ]);
  });

  it('esketamine: weeks 1–4 twice weekly, weeks 5–8 weekly (label)', () => {
    const calendar = proposeInductionCalendar(
      input({
        protocolId: 'in-esketamine-trd',
        sessionsPerWeek: undefined,
        allowedWeekdays: ['mon', 'thu'],
        targetSessions: 12,
      }),
    );
    expect(calendar.dates).toEqual([
      '2025-03-03',
      '2025-03-06',
      '2025-03-10',
      '2025-03-13',
      '2025-03-17',
      '2025-03-20',
      '2025-03-24',
      '2025-03-27',
      '2025-03-31',
      '2025-04-07',
      '2025-04-14',
      '2025-04-21',
    ]);
    expect(calendar.source.tag).toBe('L');
  });

  it('esketamine keeps twice-weekly sessions at least 3 days apart', () => {
    const calendar = proposeInductionCalendar(
      input({
        protocolId: 'in-esketamine-trd',
        sessionsPerWeek: undefined,
        allowedWeekdays: weekdays,
        targetSessions: 4,
      }),
    );
    expect(calendar.dates).toEqual(['2025-03-03', '2025-03-06', '2025-03-10', '2025-03-13']);
  });

  it('esketamine keeps weekly sessions 7 days apart across the week-5 boundary (fast-check counterexample)', () => {
    const calendar = proposeInductionCalendar(
      input({
        protocolId: 'in-esketamine-trd',
        firstDate: '2024-01-01',
        sessionsPerWeek: undefined,
        allowedWeekdays: ['wed', 'sat', 'mon'],
        targetSessions: 10,
      }),
    );
    expect(calendar.dates.slice(-3)).toEqual(['2024-01-27', '2024-01-31', '2024-02-07']);
  });

  it('iv-pain: daily sessions allowed by the physician', () => {
    const calendar = proposeInductionCalendar(input({ protocolId: 'iv-pain', sessionsPerWeek: 5, targetSessions: 5 }));
    expect(calendar.dates).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
  });

  it.each([
    ['4 a week for iv-depression', input({ sessionsPerWeek: 4 }), 'sessionsPerWeek'],
    ['1 a week for im-depression', input({ protocolId: 'im-depression', sessionsPerWeek: 1 }), 'sessionsPerWeek'],
    ['no cadence for iv-depression', input({ sessionsPerWeek: undefined }), 'sessionsPerWeek'],
    ['a cadence for esketamine', input({ protocolId: 'in-esketamine-trd', sessionsPerWeek: 2 }), 'sessionsPerWeek'],
    ['no weekdays', input({ allowedWeekdays: [] }), 'allowedWeekdays'],
    ['an unknown weekday', input({ allowedWeekdays: ['funday' as Weekday] }), 'allowedWeekdays'],
    ['zero sessions', input({ targetSessions: 0 }), 'targetSessions'],
    ['fractional sessions', input({ targetSessions: 2.5 }), 'targetSessions'],
    ['53 sessions', input({ targetSessions: 53 }), 'targetSessions'],
    ['an impossible first date', input({ firstDate: '2025-02-30' }), 'firstDate'],
  ])('rejects %s', (_name, bad, field) => {
    try {
      proposeInductionCalendar(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });
});
