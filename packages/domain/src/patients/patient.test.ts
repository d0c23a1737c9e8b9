import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { ageInYears, isIsoCalendarDate } from './age.js';
import { displayName, validatePatientDetails, type PatientDetails } from './patient.js';

const base: PatientDetails = {
  legalGivenName: 'Ada',
  legalFamilyName: 'Lovelace',
  dateOfBirth: '1990-06-15',
  sexAtBirth: 'female',
  careTeam: [],
};

const faultsOf = (details: PatientDetails, today = '2026-11-22'): string[] => {
  try {
    validatePatientDetails(details, today);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).details.fields?.map((f) => f.field) ?? [];
  }
};

describe('patient details', () => {
  it.each([
    ['today', '2026-11-22', []],
    ['tomorrow', '2026-11-23', ['dateOfBirth']],
    ['1900-01-01', '1900-01-01', []],
    ['1899-12-31', '1899-12-31', ['dateOfBirth']],
    ['30 February', '1990-02-30', ['dateOfBirth']],
  ])('date of birth %s', (_label, dateOfBirth, expected) => {
    expect(faultsOf({ ...base, dateOfBirth })).toEqual(expected);
  });

  it('lists every blank name at once', () => {
    expect(
      faultsOf({ ...base, legalGivenName: ' ', legalFamilyName: '', careTeam: [{ role: 'therapist', name: ' ' }] }),
    ).toEqual(['legalGivenName', 'legalFamilyName', 'careTeam/0/name']);
  });

  it.each([
    ['1990-06-15', '2026-06-14', 35],
    ['1990-06-15', '2026-06-15', 36],
    ['2000-02-29', '2027-02-28', 26],
  ])('age from %s on %s is %i', (dob, today, age) => {
    expect(ageInYears(dob, today)).toBe(age);
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoCalendarDate('2024-02-29')).toBe(true);
    expect(isIsoCalendarDate('2023-02-29')).toBe(false);
    expect(isIsoCalendarDate('2023-2-1')).toBe(false);
  });

  it('shows the preferred name beside the legal one', () => {
    expect(displayName({ ...base, preferredName: 'Addie' })).toBe('Addie (Ada) Lovelace');
    expect(displayName(base)).toBe('Ada Lovelace');
  });
});
