import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { deaForm106DueDate, deaNoticeDueAt, localDateAt } from './dea-notice.js';
import {
  federalHolidays,
  isBusinessDay,
  isObservedFederalHoliday,
  nextBusinessDay,
  observedFederalHolidayDates,
} from './federal-holidays.js';

describe('US federal holidays (5 U.S.C. 6103)', () => {
  // Worked by hand from the rules (fixed dates, nth weekdays, Saturday → Friday, Sunday → Monday).
  it.each([
    [
      2026,
      [
        '2026-01-01',
        '2026-01-19',
        '2026-02-16',
        '2026-05-25',
        '2026-06-19',
        '2026-07-03',
        '2026-09-07',
        '2026-10-12',
        '2026-11-11',
        '2026-11-26',
        '2026-12-25',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-01-18',
        '2027-02-15',
        '2027-05-31',
        '2027-06-18',
        '2027-07-05',
        '2027-09-06',
        '2027-10-11',
        '2027-11-11',
        '2027-11-25',
        '2027-12-24',
        '2027-12-31',
      ],
    ],
  ])('observed in %i', (year, dates) => {
    expect(observedFederalHolidayDates(year)).toEqual(dates);
  });

  it('keeps the holiday date and its observed date apart', () => {
    const byName = Object.fromEntries(federalHolidays(2027).map((h) => [h.name, h]));
    expect(byName['Independence Day']).toEqual({
      name: 'Independence Day',
      date: '2027-07-04',
      observedDate: '2027-07-05',
    });
    expect(byName['Christmas Day']).toMatchObject({ date: '2027-12-25', observedDate: '2027-12-24' });
    expect(byName['Juneteenth National Independence Day']).toMatchObject({
      date: '2027-06-19',
      observedDate: '2027-06-18',
    });
    expect(federalHolidays(2026).find((h) => h.name === 'Independence Day')).toMatchObject({
      observedDate: '2026-07-03',
    });
    expect(federalHolidays(2028)[0]).toMatchObject({ date: '2028-01-01', observedDate: '2027-12-31' });
    expect(observedFederalHolidayDates(2028)).not.toContain('2028-01-01');
  });

  it.each([
    ['2026-01-19', true],
    ['2026-01-20', false],
    ['2026-07-03', true],
    ['2026-07-04', false],
    ['2027-12-31', true],
    ['2027-12-30', false],
  ])('%s is an observed holiday: %s', (date, expected) => {
    expect(isObservedFederalHoliday(date)).toBe(expected);
  });

  it.each([
    ['2026-03-02', true, 'Monday'],
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-11-26', false, 'Thanksgiving'],
    ['2026-11-27', true, 'day after Thanksgiving is not a federal holiday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it.each([
    ['2026-03-02', '2026-03-03'],
    ['2026-03-06', '2026-03-09'],
    ['2026-03-07', '2026-03-09'],
    ['2026-07-02', '2026-07-06'],
    ['2026-01-16', '2026-01-20'],
    ['2027-12-23', '2027-12-27'],
    ['2027-12-30', '2028-01-03'],
  ])('the business day after %s is %s', (date, next) => {
    expect(nextBusinessDay(date)).toBe(next);
  });

  it.each([[2020], [2200], [2026.5]])('refuses unsupported year %s', (year) => {
    expect(() => federalHolidays(year)).toThrow(InvalidInputError);
  });

  it('refuses a date that is not a date', () => {
    expect(() => nextBusinessDay('2026-02-30')).toThrow(InvalidInputError);
  });
});

describe('DEA notice deadline (21 CFR 1301.76(b): 1 business day)', () => {
  it.each([
    ['Monday morning → end of Tuesday (EST)', '2026-03-02T15:00:00Z', 'America/New_York', '2026-03-04T04:59:59.999Z'],
    [
      'Friday → end of Monday, across the DST change',
      '2026-03-06T20:00:00Z',
      'America/New_York',
      '2026-03-10T03:59:59.999Z',
    ],
    ['Saturday → end of Monday', '2026-03-07T18:00:00Z', 'America/Chicago', '2026-03-10T04:59:59.999Z'],
    [
      'late Monday evening local is still Monday',
      '2026-03-03T03:30:00Z',
      'America/New_York',
      '2026-03-04T04:59:59.999Z',
    ],
    ['the same instant in UTC is Tuesday', '2026-03-03T03:30:00Z', 'UTC', '2026-03-04T23:59:59.999Z'],
    [
      'Thursday before the observed 3 July → end of Monday 6 July',
      '2026-07-02T16:00:00Z',
      'America/Chicago',
      '2026-07-07T04:59:59.999Z',
    ],
    ['Friday before fall-back → Monday in EST', '2026-10-30T16:00:00Z', 'America/New_York', '2026-11-03T04:59:59.999Z'],
    [
      'Thursday 30 Dec 2027 → Monday 3 Jan 2028',
      '2027-12-30T16:00:00Z',
      'America/Los_Angeles',
      '2028-01-04T07:59:59.999Z',
    ],
  ])('%s', (_label, discoveredAt, timeZone, due) => {
    expect(deaNoticeDueAt(discoveredAt, timeZone)).toBe(due);
  });

  it('gives the Form 106 date 45 days after the local discovery date', () => {
    expect(deaForm106DueDate('2026-03-03T03:30:00Z', 'America/New_York')).toBe('2026-04-16');
    expect(localDateAt('2026-03-03T03:30:00Z', 'America/New_York')).toBe('2026-03-02');
  });

  it.each([
    ['Mars/Olympus', '2026-03-02T15:00:00Z', 'timeZone'],
    ['America/New_York', '2026-03-02 15:00', 'discoveredAt'],
    ['America/New_York', '2026-03-02T15:00:00', 'discoveredAt'],
  ])('refuses time zone %s / instant %s', (timeZone, discoveredAt, field) => {
    try {
      deaNoticeDueAt(discoveredAt, timeZone);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });
});
