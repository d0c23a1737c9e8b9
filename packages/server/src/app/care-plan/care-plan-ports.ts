import type { GoalArea } from '@chairside/domain';

/** Ports for care-plan goals (added to `Stores` in ports.ts). */

export interface CarePlanGoalRecord {
  readonly id: string;
  readonly courseId: string;
  readonly patientId: string;
  readonly area: GoalArea;
  readonly description: string;
  readonly baselineRating: number;
  readonly targetRating: number;
  readonly createdAt: string;
  readonly createdByUserId: string;
  readonly createdByUsername: string;
}

export interface GoalRatingRecord {
  readonly id: string;
  readonly goalId: string;
  readonly patientId: string;
  readonly rating: number;
  readonly ratedAt: string;
  readonly note: string | null;
  readonly enteredByUserId: string;
  readonly enteredByUsername: string;
  /** `patient` when rated in the portal; a staff role when entered on the patient's behalf. */
  readonly enteredByRole: string;
  readonly recordedAt: string;
}

export interface CarePlanStore {
  insertGoal(goal: CarePlanGoalRecord): Promise<void>;
  findGoal(id: string): Promise<CarePlanGoalRecord | undefined>;
  /** Oldest first. */
  listGoalsForPatient(patientId: string): Promise<CarePlanGoalRecord[]>;
  insertRating(rating: GoalRatingRecord): Promise<void>;
  /** The ratings of these goals, oldest first. */
  listRatings(goalIds: readonly string[]): Promise<GoalRatingRecord[]>;
}
