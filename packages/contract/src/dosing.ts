import { Type } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Text, Uuid } from './common.js';
import { ProtocolIdParam } from './protocols.js';

/**
 * Schema bounds only stop nonsense (wrong sign, absurd size); the domain's `checkDoseRequest`
 * applies the clinical plausibility bounds and names the field. Nothing is clamped.
 */
const Positive = (maximum: number) => Type.Number({ exclusiveMinimum: 0, maximum });

export const MeasuredWeightInput = Strict({
  value: Positive(2000),
  unit: Type.Union([Type.Literal('kg'), Type.Literal('lb')]),
  measuredAt: IsoDateTime,
});

export const MeasuredHeightInput = Strict({
  value: Positive(1000),
  unit: Type.Union([Type.Literal('cm'), Type.Literal('in')]),
  measuredAt: IsoDateTime,
});

export const DoseInputs = Strict({
  protocolId: ProtocolIdParam,
  /** Omit for the latest version; a plan keeps the version it was calculated with. */
  protocolVersion: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  weight: Type.Optional(MeasuredWeightInput),
  basis: Type.Optional(Type.Union([Type.Literal('actual'), Type.Literal('ideal'), Type.Literal('adjusted')])),
  height: Type.Optional(MeasuredHeightInput),
  sexAtBirth: Type.Optional(
    Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Literal('intersex'), Type.Literal('unknown')]),
  ),
  doseMgPerKg: Type.Optional(Positive(1000)),
  infusionMgPerKgPerHour: Type.Optional(Positive(1000)),
  bolusMgPerKg: Type.Optional(Positive(1000)),
  durationMin: Type.Optional(Positive(100_000)),
  concentrationMgPerMl: Type.Optional(Positive(10_000)),
  doseMg: Type.Optional(Positive(100_000)),
  priorEsketamineDosesMg: Type.Optional(Type.Array(Positive(100_000), { maxItems: 500 })),
});
export type DoseInputs = Type.Static<typeof DoseInputs>;

export const DoseResultResponse = Type.Unknown({ description: 'The domain DoseResult' });

export const RecordDosePlanBody = Strict({
  inputs: DoseInputs,
  /** Required when the result is a soft-stop: why this dose is right for this patient. */
  softStopReason: Type.Optional(RequiredText(2000)),
  note: Type.Optional(Text(2000)),
});
export type RecordDosePlanBody = Type.Static<typeof RecordDosePlanBody>;

export const CosignDosePlanBody = Strict({
  reason: RequiredText(2000, 'The co-signing physician’s reason for accepting the soft-stop'),
});
export type CosignDosePlanBody = Type.Static<typeof CosignDosePlanBody>;

export const DosePlanStatus = Type.Union([
  Type.Literal('approved'),
  Type.Literal('awaiting-cosign'),
  Type.Literal('refused'),
  Type.Literal('superseded'),
]);

export const DosePlanResponse = Strict({
  id: Uuid,
  patientId: Uuid,
  protocolId: Text(60),
  protocolVersion: Type.Integer(),
  status: DosePlanStatus,
  resultStatus: Type.Union([Type.Literal('within'), Type.Literal('soft-stop'), Type.Literal('hard-stop')]),
  inputs: Type.Unknown(),
  result: Type.Unknown(),
  softStopReason: Type.Union([Text(2000), Type.Null()]),
  note: Type.Union([Text(2000), Type.Null()]),
  createdAt: IsoDateTime,
  createdBy: Text(200),
  createdByRole: Text(40),
  supersedesPlanId: Type.Union([Uuid, Type.Null()]),
  cosign: Type.Union([Strict({ by: Text(200), at: IsoDateTime, reason: Text(2000) }), Type.Null()]),
  approvedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type DosePlanResponse = Type.Static<typeof DosePlanResponse>;

export const DosePlanListResponse = Strict({
  items: Type.Array(DosePlanResponse),
  /** The approved plan in force for each protocol, by protocol id. */
  current: Type.Record(Type.String({ maxLength: 60 }), Uuid),
});
export type DosePlanListResponse = Type.Static<typeof DosePlanListResponse>;
