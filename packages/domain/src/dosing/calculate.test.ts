import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { imDepressionV1, inEsketamineTrdV1, ivDepressionV1, ivPainV1 } from '../protocols/library.js';
import { cm, kg } from '../units/quantity.js';
import { adjustedBodyWeightKg, idealBodyWeightKg } from './body-weight.js';
import { calculateDose } from './calculate.js';
import type { DoseRequest } from './types.js';

const now = '2025-03-10T10:00:00Z';
const weight = (value: number, measuredAt = '2025-03-10T09:00:00Z', unit: 'kg' | 'lb' = 'kg') => ({
  value,
  unit,
  measuredAt,
});

const ivDep = (over: Partial<DoseRequest> = {}): DoseRequest => ({
  protocol: ivDepressionV1,
  now,
  weight: weight(80),
  basis: 'actual',
  doseMgPerKg: 0.5,
  durationMin: 40,
  concentrationMgPerMl: 1,
  ...over,
});
const ivPain = (over: Partial<DoseRequest> = {}): DoseRequest => ({
  protocol: ivPainV1,
  now,
  weight: weight(80),
  basis: 'actual',
  infusionMgPerKgPerHour: 0.5,
  durationMin: 240,
  concentrationMgPerMl: 1,
  ...over,
});
const im = (over: Partial<DoseRequest> = {}): DoseRequest => ({
  protocol: imDepressionV1,
  now,
  weight: weight(80),
  basis: 'actual',
  doseMgPerKg: 0.5,
  concentrationMgPerMl: 50,
  ...over,
});
const esk = (over: Partial<DoseRequest> = {}): DoseRequest => ({
  protocol: inEsketamineTrdV1,
  now,
  doseMg: 56,
  priorEsketamineDosesMg: [],
  ...over,
});
const ids = (request: DoseRequest): string[] => calculateDose(request).findings.map((f) => f.ruleId);

describe('calculateDose: iv-depression', () => {
  it('gives 0.5 mg/kg over 40 min at 1 mg/mL for 80 kg', () => {
    const result = calculateDose(ivDep());
    expect(result.status).toBe('within');
    expect(result.amounts).toEqual({
      mode: 'mg-per-kg-over-duration',
      requestedMgPerKg: 0.5,
      doseMg: 40,
      checkedMgPerKg: 0.5,
      volumeMl: 40,
      concentrationMgPerMl: 1,
      durationMin: 40,
      rateMlPerHour: 60,
    });
    expect(result.findings).toEqual([]);
    expect(result.rounding.statement).toContain('down');
  });

  it('rounds down: 70.05 kg × 0.5 = 35.025 → 35.0 mg; 10 mg/mL → 3.5 mL; 5.25 mL/h', () => {
    const result = calculateDose(ivDep({ weight: weight(70.05), concentrationMgPerMl: 10 }));
    expect(result.amounts).toMatchObject({ doseMg: 35, volumeMl: 3.5, rateMlPerHour: 5.2 });
  });

  it.each([
    [0.1, []],
    [0.099, ['protocol.iv-depression.dose.min']],
    [0.75, []],
    [0.751, ['protocol.iv-depression.dose.soft-max']],
    [1.0, ['protocol.iv-depression.dose.soft-max']],
    [1.001, ['protocol.iv-depression.dose.soft-max', 'protocol.iv-depression.dose.hard-max']],
  ])('%s mg/kg (100 kg) → %o', (doseMgPerKg, expected) => {
    expect(ids(ivDep({ weight: weight(100), doseMgPerKg }))).toEqual(expected);
  });

  it('checks the rounded dose: 1.0 mg/kg at 70.05 kg rounds to 70.0 mg, which is below the hard limit', () => {
    const result = calculateDose(ivDep({ weight: weight(70.05), doseMgPerKg: 1 }));
    expect(result.status).toBe('soft-stop');
    expect(result.amounts).toMatchObject({ doseMg: 70 });
  });

  it.each([
    [40, []],
    [39, ['protocol.iv-depression.duration.min']],
    [100, []],
    [101, ['protocol.iv-depression.duration.max']],
  ])('duration %s min → %o', (durationMin, expected) => {
    expect(ids(ivDep({ durationMin }))).toEqual(expected);
  });

  it.each([
    [50, 'within'],
    [50.5, 'hard-stop'],
    [100, 'hard-stop'],
  ])('IV concentration %s mg/mL → %s (label limit)', (concentrationMgPerMl, status) => {
    const result = calculateDose(ivDep({ concentrationMgPerMl }));
    expect(result.status).toBe(status);
    if (status === 'hard-stop') {
      expect(result.findings[0]).toMatchObject({
        rule: 'protocol.iv-depression.concentration.max@1',
        source: { tags: ['L'] },
      });
    }
  });

  it('hard-stops when the pump rate rounds to zero', () => {
    const result = calculateDose(
      ivDep({ weight: weight(30), doseMgPerKg: 0.1, durationMin: 100, concentrationMgPerMl: 50 }),
    );
    expect(result.findings.map((f) => f.ruleId)).toContain('dosing.rate-below-resolution');
    expect(result.status).toBe('hard-stop');
  });
});

describe('calculateDose: weight', () => {
  it.each([
    ['2025-02-08T10:00:00Z', []],
    ['2025-02-08T09:59:00Z', ['protocol.iv-depression.weight.stale']],
  ])('weight measured at %s (30 days boundary) → %o', (measuredAt, expected) => {
    expect(ids(ivDep({ weight: weight(80, measuredAt) }))).toEqual(expected);
  });

  it('converts pounds and shows both', () => {
    const result = calculateDose(ivDep({ weight: weight(176, '2025-03-10T09:00:00Z', 'lb') }));
    expect(result.weight?.actualKg).toBeCloseTo(79.832, 3);
    expect(result.weight?.actualLb).toBeCloseTo(176, 9);
    expect(result.amounts).toMatchObject({ doseMg: 39.9 });
  });

  it.each([29.9, 300.1, 0, -70, Number.NaN])('rejects a weight of %s kg', (value) => {
    expect(() => calculateDose(ivDep({ weight: weight(value) }))).toThrow(InvalidInputError);
  });

  it('rejects a weight measured after now', () => {
    expect(() => calculateDose(ivDep({ weight: weight(80, '2025-03-10T10:01:00Z') }))).toThrow(InvalidInputError);
  });

  it('computes Devine ideal and Pai–Paloucek adjusted weights', () => {
    expect(idealBodyWeightKg(cm(180), 'male')).toBeCloseTo(50 + 2.3 * (180 / 2.54 - 60), 10);
    expect(idealBodyWeightKg(cm(152.4), 'female')).toBeCloseTo(45.5, 10);
    expect(adjustedBodyWeightKg(kg(120), 75)).toBeCloseTo(93, 10);
  });

  it('doses on ideal or adjusted weight when chosen, and shows every weight', () => {
    const height = { value: 180, unit: 'cm' as const, measuredAt: now };
    const ideal = calculateDose(ivDep({ weight: weight(120), basis: 'ideal', height, sexAtBirth: 'male' }));
    expect(ideal.weight).toMatchObject({ basis: 'ideal', actualKg: 120, heightCm: 180 });
    expect(ideal.weight?.dosingKg).toBeCloseTo(74.992, 3);
    expect(ideal.amounts).toMatchObject({ doseMg: 37.4 });
    const adjusted = calculateDose(ivDep({ weight: weight(120), basis: 'adjusted', height, sexAtBirth: 'male' }));
    expect(adjusted.weight?.dosingKg).toBeCloseTo(92.995, 3);
    const actual = calculateDose(ivDep({ weight: weight(120), height, sexAtBirth: 'male' }));
    expect(actual.weight?.dosingKg).toBe(120);
    expect(actual.weight?.idealKg).toBeCloseTo(74.992, 3);
  });

  it('warns when the ideal weight is above the actual weight, and below 5 ft', () => {
    const result = calculateDose(
      ivDep({
        weight: weight(45),
        basis: 'ideal',
        height: { value: 150, unit: 'cm', measuredAt: now },
        sexAtBirth: 'male',
      }),
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'dosing.weight.devine-below-152-cm',
      'dosing.weight.basis-exceeds-actual',
    ]);
    expect(result.status).toBe('within');
  });

  it.each<[Partial<DoseRequest>, 'missing' | 'invalid']>([
    [{ basis: 'ideal', sexAtBirth: 'male' }, 'missing'],
    [{ basis: 'ideal', height: { value: 180, unit: 'cm', measuredAt: now } }, 'missing'],
    [{ basis: 'adjusted', height: { value: 180, unit: 'cm', measuredAt: now }, sexAtBirth: 'unknown' }, 'missing'],
    [{ basis: 'ideal', height: { value: 119, unit: 'cm', measuredAt: now }, sexAtBirth: 'male' }, 'invalid'],
  ])('rejects ideal/adjusted without what it needs: %o', (over, kind) => {
    expect(() => calculateDose(ivDep(over))).toThrow(kind === 'missing' ? MissingInputError : InvalidInputError);
  });
});

describe('calculateDose: inputs', () => {
  it('names every missing field and never defaults one', () => {
    try {
      calculateDose({ protocol: ivDepressionV1, now });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingInputError);
      expect((error as MissingInputError).details.fields?.map((f) => f.field)).toEqual([
        'weight',
        'basis',
        'doseMgPerKg',
        'durationMin',
        'concentrationMgPerMl',
      ]);
    }
  });

  it.each<[string, Partial<DoseRequest>]>([
    ['a field the protocol does not use', { doseMg: 40 }],
    ['mg/kg of zero', { doseMgPerKg: 0 }],
    ['an absurd mg/kg', { doseMgPerKg: 35 }],
    ['a concentration above 100 mg/mL', { concentrationMgPerMl: 200 }],
    ['a negative duration', { durationMin: -40 }],
    ['NaN duration', { durationMin: Number.NaN }],
    ['a bad now', { now: 'yesterday' }],
    ['an unknown basis', { basis: 'lean' as 'actual' }],
  ])('rejects %s', (_name, over) => {
    expect(() => calculateDose(ivDep(over))).toThrow(InvalidInputError);
  });
});

describe('calculateDose: iv-pain', () => {
  it('gives 0.5 mg/kg/h for 4 h at 1 mg/mL for 80 kg', () => {
    const result = calculateDose(ivPain());
    expect(result.amounts).toEqual({
      mode: 'mg-per-kg-per-hour-infusion',
      requestedMgPerKgPerHour: 0.5,
      rateMlPerHour: 40,
      checkedMgPerKgPerHour: 0.5,
      durationMin: 240,
      infusionVolumeMl: 160,
      infusionDoseMg: 160,
      concentrationMgPerMl: 1,
      bolus: null,
      totalDoseMg: 160,
    });
    expect(result.status).toBe('within');
  });

  it('rounds the rate down first and derives the volume from it', () => {
    const result = calculateDose(ivPain({ weight: weight(73.33), durationMin: 120 }));
    expect(result.amounts).toMatchObject({ rateMlPerHour: 36.6, infusionVolumeMl: 73.2, infusionDoseMg: 73.2 });
  });

  it.each([
    [{ infusionMgPerKgPerHour: 1 }, []],
    [{ infusionMgPerKgPerHour: 1.01 }, ['protocol.iv-pain.infusion.soft-max']],
    [{ infusionMgPerKgPerHour: 2 }, ['protocol.iv-pain.infusion.soft-max']],
    [{ infusionMgPerKgPerHour: 2.01 }, ['protocol.iv-pain.infusion.soft-max', 'protocol.iv-pain.infusion.hard-max']],
    [{ bolusMgPerKg: 0.35 }, []],
    [{ bolusMgPerKg: 0.36 }, ['protocol.iv-pain.bolus.hard-max']],
    [{ durationMin: 120 }, []],
    [{ durationMin: 119 }, ['protocol.iv-pain.duration.min']],
    [{ durationMin: 241 }, ['protocol.iv-pain.duration.max']],
    [{ concentrationMgPerMl: 51 }, ['protocol.iv-pain.concentration.max']],
  ] as const)('%o → %o (100 kg)', (over, expected) => {
    expect(ids(ivPain({ weight: weight(100), ...over }))).toEqual(expected);
  });

  it('adds an optional bolus to the total', () => {
    const result = calculateDose(ivPain({ bolusMgPerKg: 0.35, concentrationMgPerMl: 10 }));
    expect(result.amounts).toMatchObject({
      bolus: { doseMg: 28, volumeMl: 2.8, checkedMgPerKg: 0.35 },
      infusionDoseMg: 160,
      totalDoseMg: 188,
    });
  });
});

describe('calculateDose: im-depression', () => {
  it('gives 0.5 mg/kg at 100 mg/mL for 80 kg: 40 mg in 0.4 mL, no IV concentration limit', () => {
    const result = calculateDose(im({ concentrationMgPerMl: 100 }));
    expect(result.amounts).toMatchObject({ doseMg: 40, volumeMl: 0.4, durationMin: null, rateMlPerHour: null });
    expect(result.status).toBe('within');
  });

  it.each([
    [0.25, []],
    [0.5, []],
    [0.501, ['protocol.im-depression.dose.soft-max']],
    [0.75, ['protocol.im-depression.dose.soft-max']],
    [0.751, ['protocol.im-depression.dose.soft-max', 'protocol.im-depression.dose.hard-max']],
  ])('%s mg/kg (100 kg) → %o', (doseMgPerKg, expected) => {
    expect(ids(im({ weight: weight(100), doseMgPerKg }))).toEqual(expected);
  });

  it('rejects a duration (IM is a single injection)', () => {
    expect(() => calculateDose(im({ durationMin: 5 }))).toThrow(InvalidInputError);
  });
});

describe('calculateDose: in-esketamine-trd', () => {
  it.each([
    [56, [], 'within', 2, 5],
    [84, [56], 'within', 3, 10],
    [84, [84, 56], 'within', 3, 10],
    [56, [84], 'within', 2, 5],
    [84, [], 'hard-stop', 3, 10],
    [84, [84], 'hard-stop', 3, 10],
    [28, [], 'hard-stop', 1, 0],
    [112, [56], 'hard-stop', 4, 15],
    [70, [56], 'hard-stop', null, null],
  ] as const)('%s mg after %o → %s, %s devices over %s min', (doseMg, prior, status, devices, minutes) => {
    const result = calculateDose(esk({ doseMg, priorEsketamineDosesMg: prior }));
    expect(result.status).toBe(status);
    expect(result.amounts).toMatchObject({
      doseMg,
      deviceCount: devices,
      administrationMin: minutes,
      deviceMg: 28,
      deviceIntervalMin: 5,
    });
    expect(result.weight).toBeNull();
    for (const finding of result.findings) {
      expect(finding.source.tags).toEqual(['L']);
    }
  });

  it('needs the earlier esketamine doses (the 84-after-56 rule is never guessed)', () => {
    expect(() => calculateDose({ protocol: inEsketamineTrdV1, now, doseMg: 56 })).toThrow(MissingInputError);
  });

  it('rejects weight-based fields', () => {
    expect(() => calculateDose(esk({ concentrationMgPerMl: 10 }))).toThrow(InvalidInputError);
    expect(() => calculateDose(esk({ doseMgPerKg: 0.5 }))).toThrow(InvalidInputError);
  });
});

it('returns plain JSON', () => {
  const result = calculateDose(ivPain({ bolusMgPerKg: 0.3, weight: weight(80, '2024-01-01T00:00:00Z') }));
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});
