import { Type } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Uuid } from './common.js';

const Rating = Type.Integer({ minimum: 0, maximum: 10, description: '0–10, 10 = fully achieved' });
const Note = Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]);

export const AddGoalBody = Strict({
  area: Type.String({ maxLength: 30, description: 'mood, daily-function, work, walking, sleep, social, other' }),
  description: RequiredText(200, 'The goal in the patient’s words, e.g. "walk the dog every day"'),
  baselineRating: Rating,
  targetRating: Rating,
});
export type AddGoalBody = Type.Static<typeof AddGoalBody>;

export const RateGoalBody = Strict({
  rating: Rating,
  ratedAt: Type.Union([IsoDateTime, Type.Null()], { description: 'When the patient gave it; null = now' }),
  note: Note,
});
export type RateGoalBody = Type.Static<typeof RateGoalBody>;

export const PortalRateGoalBody = Strict({ rating: Rating, note: Note });
export type PortalRateGoalBody = Type.Static<typeof PortalRateGoalBody>;

export const GoalRatingView = Type.Object({
  id: Uuid,
  rating: Type.Integer(),
  ratedAt: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  enteredByRole: Type.String(),
});
export type GoalRatingView = Type.Static<typeof GoalRatingView>;

export const GoalView = Type.Object({
  id: Uuid,
  courseId: Uuid,
  area: Type.String(),
  areaLabel: Type.String(),
  description: Type.String(),
  baselineRating: Type.Integer(),
  targetRating: Type.Integer(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  ratings: Type.Array(GoalRatingView),
  progress: Type.Object({
    latest: Type.Union([Type.Integer(), Type.Null()]),
    met: Type.Boolean(),
    progressPct: Type.Union([Type.Integer(), Type.Null()]),
    rule: Type.String(),
  }),
});
export type GoalView = Type.Static<typeof GoalView>;
