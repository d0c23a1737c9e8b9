/** Screening evaluation, stored records and the physician's signature. */
import { Type } from 'typebox';
import { IsoDateTime, Strict, Text, Uuid } from './common.js';

export const ProtocolIdSchema = Type.Union([
  Type.Literal('iv-depression'),
  Type.Literal('iv-pain'),
  Type.Literal('im-depression'),
  Type.Literal('in-esketamine-trd'),
]);

export const EvaluateScreeningBody = Strict({
  intakeVersion: Type.Integer({ minimum: 1, maximum: 100_000 }),
  protocolId: ProtocolIdSchema,
});
export type EvaluateScreeningBody = Type.Static<typeof EvaluateScreeningBody>;

export const SignScreeningBody = Strict({
  decision: Type.Union([Type.Literal('eligible'), Type.Literal('ineligible')]),
  softStopNotes: Type.Array(
    Strict({ findingIndex: Type.Integer({ minimum: 0, maximum: 500 }), note: Text(2000, { minLength: 1 }) }),
    { maxItems: 100 },
  ),
  warningsAcknowledged: Type.Boolean(),
  note: Type.Optional(Text(4000)),
});
export type SignScreeningBody = Type.Static<typeof SignScreeningBody>;

/** The domain's ScreeningResult, passed through as stored (findings carry rule@version and sources). */
export const ScreeningResultSchema = Type.Object({
  decision: Type.String(),
  protocol: Type.Object({ id: Type.String(), version: Type.Integer(), route: Type.String() }),
  evaluatedOn: Type.String(),
  findings: Type.Array(Type.Unknown()),
  medications: Type.Array(Type.Unknown()),
  diazepamEquivalent: Type.Unknown(),
  tasks: Type.Array(Type.String()),
});

export const ScreeningRecord = Type.Object({
  id: Uuid,
  patientId: Uuid,
  intakeVersion: Type.Integer(),
  protocolRef: Type.String({ description: 'protocol id@version' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('signed')]),
  createdAt: IsoDateTime,
  createdBy: Type.String(),
  result: ScreeningResultSchema,
  signature: Type.Union([
    Type.Null(),
    Type.Object({
      decision: Type.String(),
      signedAt: IsoDateTime,
      signedBy: Type.String(),
      softStopNotes: Type.Array(Type.Object({ findingIndex: Type.Integer(), note: Type.String() })),
      warningsAcknowledged: Type.Boolean(),
      note: Type.Union([Type.String(), Type.Null()]),
    }),
  ]),
});

export const LatestSignedQuery = Strict({ protocolId: ProtocolIdSchema });
