import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { sampleIntake, sampleToday } from '../intake/sample-intake.js';
import { inEsketamineTrdV1, ivDepressionV1 } from '../protocols/library.js';
import { screeningRuleCatalogue } from './catalogue.js';
import { evaluateScreening } from './evaluate.js';
import { screeningCases } from './screening.cases.js';

describe('evaluateScreening: rule cases', () => {
  it.each(screeningCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluateScreening(c.intake, c.protocol, sampleToday);
    const fired = result.findings.filter((finding) => finding.ruleId === c.rule);
    if (c.expect === null) {
      expect(fired).toEqual([]);
    } else {
      expect(fired.length).toBeGreaterThan(0);
      for (const finding of fired) {
        expect(finding.severity).toBe(c.expect);
        expect(finding.rule).toBe(`${c.rule}@1`);
        expect(finding.source.tags.length).toBeGreaterThan(0);
        expect(finding.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('covers every rule of the catalogue with a case that fires and one that does not', () => {
    for (const rule of screeningRuleCatalogue) {
      const cases = screeningCases.filter((c) => c.rule === rule.id);
      expect(
        cases.some((c) => c.expect !== null),
        `${rule.id} fires`,
      ).toBe(true);
      expect(
        cases.some((c) => c.expect === null),
        `${rule.id} does not fire`,
      ).toBe(true);
    }
    const ids = screeningRuleCatalogue.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('evaluateScreening: decision and shape', () => {
  it('finds the sample eligible with no findings', () => {
    const result = evaluateScreening(sampleIntake(), ivDepressionV1, sampleToday);
    expect(result.decision).toBe('eligible');
    expect(result.findings).toEqual([]);
    expect(result.protocol).toEqual({ id: 'iv-depression', version: 1, route: 'iv' });
    expect(result.medications).toEqual([
      {
        name: 'sertraline',
        recognised: true,
        generic: 'sertraline',
        classes: ['ssri'],
        dailyDoseMg: 100,
        diazepamEquivalentMgPerDay: null,
        action: 'continue',
        rules: [],
      },
    ]);
  });

  it('is needs-review with a warning only, and ineligible with any hard-stop (sorted first)', () => {
    const warning = evaluateScreening(
      sampleIntake({ conditions: [{ code: 'urinary-symptoms' }] }),
      ivDepressionV1,
      sampleToday,
    );
    expect(warning.decision).toBe('needs-review');
    const mixed = evaluateScreening(
      sampleIntake({ conditions: [{ code: 'urinary-symptoms' }, { code: 'schizophrenia' }], breastfeeding: true }),
      ivDepressionV1,
      sampleToday,
    );
    expect(mixed.decision).toBe('ineligible');
    expect(mixed.findings.map((f) => f.severity)).toEqual(['hard-stop', 'soft-stop', 'warning']);
  });

  it('stays eligible with info findings only', () => {
    const result = evaluateScreening(
      sampleIntake({ conditions: [{ code: 'other', note: 'asthma' }] }),
      ivDepressionV1,
      sampleToday,
    );
    expect(result.decision).toBe('eligible');
    expect(result.findings).toHaveLength(1);
  });

  it('raises a same-day safety assessment task for suicidal ideation', () => {
    const result = evaluateScreening(
      sampleIntake({ suicideScreen: { phq9Item9: 2, assessedOn: sampleToday } }),
      ivDepressionV1,
      sampleToday,
    );
    expect(result.tasks).toEqual(['same-day-safety-assessment']);
  });

  it('cites the esketamine label for vascular contraindications on the intranasal route', () => {
    const intake = sampleIntake({ conditions: [{ code: 'arteriovenous-malformation' }] });
    const iv = evaluateScreening(intake, ivDepressionV1, sampleToday).findings[0];
    const inn = evaluateScreening(intake, inEsketamineTrdV1, sampleToday).findings[0];
    expect(inn?.source.citation).toContain('SPRAVATO USPI §4');
    expect(iv?.source.citation).toContain('KETALAR');
  });

  it('reports the diazepam equivalent and actions per medication', () => {
    const result = evaluateScreening(
      sampleIntake({
        medications: [
          { name: 'Klonopin 0.5mg', dose: 0.5, unit: 'mg', frequency: 'twice-daily' },
          { name: 'Adderall', dose: 20, unit: 'mg', frequency: 'once-daily' },
          { name: 'Frobozz' },
        ],
      }),
      ivDepressionV1,
      sampleToday,
    );
    expect(result.diazepamEquivalent.totalMgPerDay).toBe(20);
    expect(result.medications.map((m) => [m.name, m.action, m.diazepamEquivalentMgPerDay])).toEqual([
      ['Klonopin 0.5mg', 'review', 20],
      ['Adderall', 'hold', null],
      ['Frobozz', 'review', null],
    ]);
    const dose = result.findings.find((f) => f.ruleId === 'screening.medication.benzodiazepine-dose');
    expect(dose).toMatchObject({ action: 'review', values: { diazepamEquivalentMgPerDay: 20, thresholdMgPerDay: 8 } });
    expect(result.findings.find((f) => f.ruleId === 'screening.medication.unrecognised')?.message).toContain(
      'not recognised',
    );
  });

  it('returns plain JSON', () => {
    const result = evaluateScreening(
      sampleIntake({
        breastfeeding: true,
        medications: [{ name: 'Xanax', dose: 1, unit: 'mg', frequency: 'once-daily' }],
      }),
      ivDepressionV1,
      sampleToday,
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('rejects an invalid intake rather than screening it', () => {
    expect(() =>
      evaluateScreening(
        sampleIntake({ weight: { value: 20, unit: 'kg', measuredAt: '2025-03-10T09:00:00Z' } }),
        ivDepressionV1,
        sampleToday,
      ),
    ).toThrow(InvalidInputError);
  });
});
