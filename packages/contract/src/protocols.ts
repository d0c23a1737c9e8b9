import { Type } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Text } from './common.js';

/** Protocol ids of the library (DEFAULTS.md §1); a path parameter, checked by pattern and length. */
export const ProtocolIdParam = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$' });

export const ProtocolParams = Strict({ protocolId: ProtocolIdParam });
export type ProtocolParams = Type.Static<typeof ProtocolParams>;

export const ProtocolVersionParams = Strict({
  protocolId: ProtocolIdParam,
  version: Type.Integer({ minimum: 1, maximum: 100_000 }),
});
export type ProtocolVersionParams = Type.Static<typeof ProtocolVersionParams>;

const SourceTagSchema = Type.Union(['L', 'L-CH', 'G', 'T', 'S', 'C', 'P'].map((tag) => Type.Literal(tag)));

export const RuleSourceSchema = Strict({
  tags: Type.Array(SourceTagSchema, { minItems: 1, maxItems: 7 }),
  citation: RequiredText(1000),
});

const Threshold = Type.Number({ minimum: -100_000, maximum: 100_000 });

export const LimitCheckSchema = Type.Union([
  Strict({ kind: Type.Literal('above'), threshold: Threshold }),
  Strict({ kind: Type.Literal('below'), threshold: Threshold }),
  Strict({
    kind: Type.Literal('not-one-of'),
    allowed: Type.Array(Type.Number({ minimum: 0, maximum: 10_000 }), { maxItems: 20 }),
  }),
  Strict({
    kind: Type.Literal('requires-prior-dose'),
    doseMg: Type.Number({ minimum: 0, maximum: 10_000 }),
    priorDoseMg: Type.Number({ minimum: 0, maximum: 10_000 }),
  }),
]);

/** A limit as the medical director sends it; the server sets each limit's rule version. */
export const DoseLimitInput = Strict({
  id: Type.String({ minLength: 1, maxLength: 120, pattern: '^[a-z0-9.-]+$' }),
  quantity: Type.Union(
    [
      'doseMgPerKg',
      'infusionMgPerKgPerHour',
      'bolusMgPerKg',
      'durationMin',
      'concentrationMgPerMl',
      'doseMg',
      'weightAgeDays',
    ].map((q) => Type.Literal(q)),
  ),
  check: LimitCheckSchema,
  severity: Type.Union([Type.Literal('soft-stop'), Type.Literal('hard-stop')]),
  labelLimit: Type.Boolean(),
  source: RuleSourceSchema,
  message: RequiredText(500),
});
export type DoseLimitInput = Type.Static<typeof DoseLimitInput>;

const DefaultNumber = Type.Number({ exclusiveMinimum: 0, maximum: 10_000 });

/** The defaults of the protocol's dose mode; a key the mode does not have is refused by the server. */
export const DoseDefaultsInput = Strict({
  defaultDoseMgPerKg: Type.Optional(DefaultNumber),
  defaultDurationMin: Type.Optional(DefaultNumber),
  defaultInfusionMgPerKgPerHour: Type.Optional(DefaultNumber),
  defaultBolusMgPerKg: Type.Optional(Type.Union([DefaultNumber, Type.Null()])),
  firstSessionDoseMg: Type.Optional(DefaultNumber),
  deviceIntervalMin: Type.Optional(DefaultNumber),
});
export type DoseDefaultsInput = Type.Static<typeof DoseDefaultsInput>;

export const PublishProtocolVersionBody = Strict({
  basedOnVersion: Type.Integer({ minimum: 1, maximum: 100_000, description: 'The latest version you read' }),
  reason: RequiredText(2000, 'Why this version exists: shown in the version history'),
  /** The title names the usual dose: when a default changes, the title should say so. */
  title: Type.Optional(RequiredText(200)),
  dose: DoseDefaultsInput,
  limits: Type.Array(DoseLimitInput, { minItems: 1, maxItems: 40 }),
});
export type PublishProtocolVersionBody = Type.Static<typeof PublishProtocolVersionBody>;

/** One stored protocol version: the domain Protocol document plus who published it, when and why. */
export const ProtocolVersionResponse = Strict({
  protocolId: Text(60),
  version: Type.Integer(),
  publishedAt: IsoDateTime,
  publishedBy: Type.Union([Text(200), Type.Null()]),
  reason: Text(2000),
  protocol: Type.Unknown({ description: 'The protocol document (domain Protocol)' }),
});
export type ProtocolVersionResponse = Type.Static<typeof ProtocolVersionResponse>;

export const ProtocolWithVersionsResponse = Strict({
  latest: ProtocolVersionResponse,
  versions: Type.Array(ProtocolVersionResponse),
});
