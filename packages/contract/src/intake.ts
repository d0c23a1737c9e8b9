/**
 * Intake, screening and consent bodies. Numbers carry wide sanity bounds here; the clinical bounds
 * are checked by the domain's validateIntake, which names every field at fault in one answer.
 */
import { Type } from 'typebox';
import { IsoDate, IsoDateTime, RequiredText, Strict, Text, Uuid } from './common.js';

const Num = Type.Number({ minimum: -1_000_000, maximum: 1_000_000 });
const Code = (max = 60) => Type.String({ minLength: 1, maxLength: max });
const Note = Text(2000);

export const IntakeBody = Strict({
  dateOfBirth: IsoDate,
  sexAtBirth: Code(20),
  indications: Type.Array(Strict({ code: Code(), note: Type.Optional(Note) }), { maxItems: 20 }),
  failedAdequateAntidepressantTrials: Num,
  priorTreatments: Type.Array(
    Strict({ kind: Code(), response: Code(), lastOn: Type.Optional(IsoDate), note: Type.Optional(Note) }),
    { maxItems: 20 },
  ),
  conditions: Type.Array(Strict({ code: Code(), onsetDate: Type.Optional(IsoDate), note: Type.Optional(Note) }), {
    maxItems: 60,
  }),
  allergies: Type.Array(Strict({ substance: RequiredText(200), reaction: Type.Optional(Text(500)) }), { maxItems: 40 }),
  medications: Type.Array(
    Strict({
      name: RequiredText(200),
      dose: Type.Optional(Num),
      unit: Type.Optional(Code(20)),
      frequency: Type.Optional(Code(30)),
      maxDosesPerDay: Type.Optional(Num),
      note: Type.Optional(Note),
    }),
    { maxItems: 60 },
  ),
  painConditions: Type.Array(Strict({ description: RequiredText(500), averagePainNrs: Type.Optional(Num) }), {
    maxItems: 20,
  }),
  sleep: Strict({ averageHoursPerNight: Type.Optional(Num), note: Type.Optional(Note) }),
  recentSubstanceUse: Type.Array(
    Strict({ substance: Code(), lastUsedOn: Type.Optional(IsoDate), note: Type.Optional(Note) }),
    { maxItems: 20 },
  ),
  pregnancy: Strict({
    canBecomePregnant: Code(10),
    status: Code(20),
    testResult: Type.Optional(Code(20)),
    testedOn: Type.Optional(IsoDate),
  }),
  breastfeeding: Type.Boolean(),
  suicideScreen: Type.Optional(
    Strict({ phq9Item9: Type.Optional(Num), cssrsScreenPositive: Type.Optional(Type.Boolean()), assessedOn: IsoDate }),
  ),
  vitals: Strict({ systolicMmHg: Num, diastolicMmHg: Num, heartRateBpm: Num, spo2Pct: Num, measuredAt: IsoDateTime }),
  weight: Strict({ value: Num, unit: Type.Union([Type.Literal('kg'), Type.Literal('lb')]), measuredAt: IsoDateTime }),
  height: Type.Optional(
    Strict({ value: Num, unit: Type.Union([Type.Literal('cm'), Type.Literal('in')]), measuredAt: IsoDateTime }),
  ),
});
export type IntakeBody = Type.Static<typeof IntakeBody>;

export const IntakeVersionSummary = Strict({
  id: Uuid,
  patientId: Uuid,
  version: Type.Integer(),
  at: IsoDateTime,
  by: Type.String(),
  byRole: Type.String(),
  formVersion: Type.Integer(),
  unrecognisedMedications: Type.Array(Type.String()),
});
export const IntakeVersion = Strict({
  ...IntakeVersionSummary.properties,
  data: IntakeBody,
  derived: Type.Unknown(),
});

export const PatientVersionParams = Strict({ id: Uuid, version: Type.Integer({ minimum: 1, maximum: 100_000 }) });
