import { Type } from 'typebox';
import { Strict, Uuid } from './common.js';

export const OutcomeScoreView = Type.Object({
  responseId: Uuid,
  takenAt: Type.String(),
  total: Type.Integer(),
  bandLabel: Type.Union([Type.String(), Type.Null()]),
  enteredByRole: Type.String(),
});

export const ScaleOutcomeView = Type.Object({
  scaleId: Type.String(),
  abbreviation: Type.String(),
  title: Type.String(),
  totalRange: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  bands: Type.Array(
    Type.Object({ id: Type.String(), label: Type.String(), minTotal: Type.Integer(), maxTotal: Type.Integer() }),
  ),
  scores: Type.Array(OutcomeScoreView),
  incompleteCount: Type.Integer(),
  ruleText: Type.Union([Type.String(), Type.Null()], { description: 'Response and remission rule, DEFAULTS.md §6' }),
  responseAtMost: Type.Union([Type.Integer(), Type.Null()]),
  remissionAtMost: Type.Union([Type.Integer(), Type.Null()]),
  /** The domain's ResponseTimeline (baseline, classified points, response episodes with durability). */
  timeline: Type.Unknown(),
  /** The domain's BoosterSuggestion: a suggestion only, never applied. */
  booster: Type.Unknown(),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type ScaleOutcomeView = Type.Static<typeof ScaleOutcomeView>;

export const PatientOutcomesView = Type.Object({
  sessionAts: Type.Array(Type.String(), { description: 'Treatment session start times (chart markers)' }),
  sessions: Type.Array(
    Type.Object({
      at: Type.String(),
      source: Type.Union([Type.Literal('session'), Type.Literal('appointment')]),
      doseMg: Type.Union([Type.Number(), Type.Null()]),
      doseMgPerKg: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  scales: Type.Array(ScaleOutcomeView),
});
export type PatientOutcomesView = Type.Static<typeof PatientOutcomesView>;

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const DoseResponseRowView = Type.Object({
  sessionAt: Type.String(),
  doseMgPerKg: Type.Number(),
  peakSystolicMmHg: NullableNumber,
  peakSbpRiseMmHg: NullableNumber,
  cadss6Total: NullableNumber,
  nextScore: Type.Union([Type.Object({ total: Type.Integer(), takenAt: Type.String() }), Type.Null()]),
  changeSincePreviousPoints: NullableNumber,
  response: Type.Union([Type.Boolean(), Type.Null()]),
});

export const DoseResponseView = Type.Object({
  courseId: Type.String(),
  protocolId: Type.String(),
  scaleId: Type.String(),
  scaleName: Type.String(),
  limits: Type.Union([
    Type.Object({ minMgPerKg: Type.Number(), normalMaxMgPerKg: Type.Number(), softMaxMgPerKg: Type.Number() }),
    Type.Null(),
  ]),
  rows: Type.Array(DoseResponseRowView),
  sessionsWithoutDose: Type.Integer(),
  suggestion: Type.Union([
    Type.Object({
      rule: Type.String(),
      action: Type.String(),
      currentDoseMgPerKg: Type.Number(),
      suggestedDoseMgPerKg: Type.Number(),
      aboveNormalRange: Type.Boolean(),
      reasoning: Type.String(),
      requiresPhysicianDecision: Type.Literal(true),
    }),
    Type.Null(),
  ]),
  note: Type.Union([Type.String(), Type.Null()]),
  findings: Type.Array(
    Type.Object({
      rule: Type.String(),
      severity: Type.String(),
      message: Type.String(),
      source: Type.Object({ tag: Type.String(), citation: Type.String() }),
    }),
  ),
  decisions: Type.Array(
    Type.Object({
      at: Type.String(),
      by: Type.String(),
      suggestedDoseMgPerKg: NullableNumber,
      decidedDoseMgPerKg: Type.Number(),
      reason: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type DoseResponseView = Type.Static<typeof DoseResponseView>;

export const DoseDecisionBody = Strict({
  suggestedDoseMgPerKg: Type.Union([Type.Number({ minimum: 0, maximum: 20 }), Type.Null()]),
  decidedDoseMgPerKg: Type.Number({ minimum: 0, maximum: 20 }),
  reason: Type.String({ maxLength: 1000 }),
});
export type DoseDecisionBody = Type.Static<typeof DoseDecisionBody>;
