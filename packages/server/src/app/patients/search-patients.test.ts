import { describe, expect, it } from 'vitest';
import { parsePatientQuery } from './search-patients.js';

describe('what the desk types', () => {
  it.each([
    ['Ada Okon', { terms: ['ada', 'okon'], dateOfBirth: null, mrn: null }],
    ['  SMITH,  jo ', { terms: ['smith', 'jo'], dateOfBirth: null, mrn: null }],
    ['1987-05-14', { terms: [], dateOfBirth: '1987-05-14', mrn: null }],
    ['5/4/1987 smith', { terms: ['smith'], dateOfBirth: '1987-05-04', mrn: null }],
    ['cs-0000042-5', { terms: [], dateOfBirth: null, mrn: 'CS-0000042-5' }],
    ['CS-00004', { terms: [], dateOfBirth: null, mrn: 'CS-00004' }],
    ['', { terms: [], dateOfBirth: null, mrn: null }],
  ])('%j', (q, expected) => {
    expect(parsePatientQuery(q, 25)).toEqual({ ...expected, limit: 25 });
  });
});
