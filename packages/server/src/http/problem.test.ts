import { describe, expect, it } from 'vitest';
import { fieldFaultsOf } from './problem.js';

describe('field faults from schema validation', () => {
  it.each([
    [{ instancePath: '', keyword: 'required', params: { missingProperty: 'sexAtBirth' } }, 'sexAtBirth', 'is required'],
    [
      { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'ssn' } },
      'ssn',
      'is not a known field',
    ],
    [
      { instancePath: '/careTeam/0/email', keyword: 'format', params: { format: 'email' } },
      'careTeam/0/email',
      'must be a valid email',
    ],
    [
      {
        instancePath: '/legalFamilyName',
        keyword: 'maxLength',
        params: {},
        message: 'must NOT have more than 100 characters',
      },
      'legalFamilyName',
      'must NOT have more than 100 characters',
    ],
  ])('names the field at fault: %j', (error, field, message) => {
    expect(fieldFaultsOf([error], 'body')).toEqual([{ field, message }]);
  });
});
