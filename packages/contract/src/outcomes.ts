import { Type } from 'typebox';
import { Uuid } from './common.js';

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
  scales: Type.Array(ScaleOutcomeView),
});
export type PatientOutcomesView = Type.Static<typeof PatientOutcomesView>;
