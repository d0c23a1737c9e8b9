import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { ivDepressionV1, inEsketamineTrdV1 } from '../protocols/library.js';
import { buildPreSessionInstructions, formatDuration } from './pre-session-instructions.js';

const texts = (r: ReturnType<typeof buildPreSessionInstructions>): string[] =>
  r.sections.flatMap((s) => s.items.map((i) => i.text));

describe('buildPreSessionInstructions', () => {
  it('IV: 6 h food, 2 h clear liquids (ASA 2017), escort, no medicines section without holds', () => {
    const r = buildPreSessionInstructions({ route: 'iv', fasting: ivDepressionV1.fasting, medicationHolds: [] });
    expect(texts(r)).toEqual([
      'Do not eat anything for 6 hours before your appointment time.',
      'You may drink clear liquids (water, clear juice, black tea or coffee) until 2 hours before, then nothing.',
      'Bring an adult who will take you home. You must not drive until the next day, after a night’s sleep.',
    ]);
    expect(r.sections[0]?.items[0]?.source.tags).toContain('G');
  });

  it('esketamine: 2 h food, 30 min liquids and the nasal-spray line from the label', () => {
    const r = buildPreSessionInstructions({
      route: 'intranasal',
      fasting: inEsketamineTrdV1.fasting,
      medicationHolds: [],
    });
    expect(texts(r).slice(0, 3)).toEqual([
      'Do not eat anything for 2 hours before your appointment time.',
      'You may drink clear liquids (water, clear juice, black tea or coffee) until 30 minutes before, then nothing.',
      'If you use a steroid or decongestant nasal spray, use it at least 1 hour before.',
    ]);
  });

  it('lists each held medicine once, by the name the patient gave', () => {
    const r = buildPreSessionInstructions({
      route: 'iv',
      fasting: ivDepressionV1.fasting,
      medicationHolds: ['Adderall XR 20 mg', 'Adderall XR 20 mg', ' '],
    });
    const medicines = r.sections.find((s) => s.heading === 'Your medicines');
    expect(medicines?.items.map((i) => i.text)).toEqual([
      'Do not take Adderall XR 20 mg on the day of your session, unless your care team tells you otherwise.',
      'Take your other medicines as usual.',
    ]);
  });

  it('refuses fasting times that are not whole minutes; never rounds them', () => {
    expect(() =>
      buildPreSessionInstructions({
        route: 'iv',
        fasting: { ...ivDepressionV1.fasting, solidFoodMin: -5 },
        medicationHolds: [],
      }),
    ).toThrow(InvalidInputError);
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(1)).toBe('1 minute');
  });
});
