import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { matchesDate, parseDateParams, patientIdOf, sourceRowId, type DateCriterion } from './search.js';

const obs = (at: string): Resource => ({
  resourceType: 'Observation',
  status: 'final',
  code: {},
  effectiveDateTime: at,
});
const criteria = (...values: string[]): DateCriterion[] => {
  const parsed = parseDateParams(values);
  if ('invalid' in parsed) {
    throw new Error(parsed.invalid);
  }
  return parsed;
};

describe('FHIR date search', () => {
  it.each([
    ['2025-02-10', '2025-02-10T09:00:00Z', true],
    ['2025-02', '2025-02-10T09:00:00Z', true],
    ['2025-03', '2025-02-10T09:00:00Z', false],
    ['ge2025-02-10', '2025-02-10T00:00:00Z', true],
    ['gt2025-02-10', '2025-02-10T23:59:00Z', false],
    ['lt2025-02-10', '2025-02-09T23:59:00Z', true],
    ['lt2025-02-10', '2025-02-10T00:00:00Z', false],
    ['le2025-02-10', '2025-02-10T23:00:00Z', true],
    ['ne2025', '2024-12-31T23:00:00Z', true],
  ])('%s against %s → %s', (value, at, expected) => {
    expect(matchesDate(obs(at), criteria(value))).toBe(expected);
  });

  it('combines a range', () => {
    const range = criteria('ge2025-01-01', 'lt2025-02-01');
    expect(matchesDate(obs('2025-01-31T22:00:00Z'), range)).toBe(true);
    expect(matchesDate(obs('2025-02-01T00:00:00Z'), range)).toBe(false);
  });

  it('rejects values that are not FHIR dates', () => {
    expect(parseDateParams(['yesterday'])).toEqual({ invalid: 'yesterday' });
    expect(parseDateParams(['sa2025-01-01'])).toEqual({ invalid: 'sa2025-01-01' });
  });

  it('reads patient references and source rows', () => {
    expect(patientIdOf('Patient/abc')).toBe('abc');
    expect(patientIdOf('abc')).toBe('abc');
    expect(patientIdOf(undefined)).toBeNull();
    expect(sourceRowId('2DAE5E40-7F3C-4E90-9C83-5B4DAE6A8C32-cond-1')).toBe('2dae5e40-7f3c-4e90-9c83-5b4dae6a8c32');
    expect(sourceRowId('phq-9')).toBeNull();
  });
});
