import { describe, expect, it } from 'vitest';
import { MissingInputError } from '../errors.js';
import { buildDischargeInstructions } from './discharge-instructions.js';

const texts = (route: 'iv' | 'im' | 'intranasal'): string[] =>
  buildDischargeInstructions({ route, clinicName: 'North Clinic', clinicPhone: '555-0100' }).sections.flatMap((s) =>
    s.items.map((i) => i.text),
  );

describe('buildDischargeInstructions', () => {
  it.each(['iv', 'im', 'intranasal'] as const)(
    '%s: no driving until the next day, escort, what to avoid, whom to call, 988',
    (route) => {
      const sheet = buildDischargeInstructions({
        route,
        clinicName: 'North Clinic',
        clinicPhone: '555-0100',
        afterHoursPhone: '555-0199',
      });
      const all = sheet.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');
      expect(all).toMatch(/Do not drive.*until tomorrow, after a restful night’s sleep/);
      expect(all).toContain('adult who came to collect you');
      expect(all).toContain('No alcohol');
      expect(all).toContain('555-0100 (after hours: 555-0199)');
      expect(all).toContain('988');
      expect(sheet.crisisLine.number).toBe('988');
      expect(sheet.sections.every((s) => s.items.every((i) => i.source.citation.length > 0))).toBe(true);
      expect(JSON.parse(JSON.stringify(sheet))).toEqual(sheet);
    },
  );

  it('differs by route', () => {
    expect(texts('iv').join()).toContain('drip site');
    expect(texts('im').join()).toContain('injection site');
    expect(texts('intranasal').join()).toContain('blood pressure can stay raised');
    expect(texts('intranasal').join()).not.toContain('drip site');
  });

  it('refuses a sheet without a phone number to call', () => {
    expect(() => buildDischargeInstructions({ route: 'iv', clinicName: 'North Clinic', clinicPhone: '' })).toThrow(
      MissingInputError,
    );
  });
});
