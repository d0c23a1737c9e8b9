import { asc, eq, inArray } from 'drizzle-orm';
import type { GoalArea } from '@chairside/domain';
import type { CarePlanStore } from '../../app/care-plan/care-plan-ports.js';
import type { Db } from '../connect.js';
import { carePlanGoalRatings, carePlanGoals } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

export function carePlanStore(db: Db): CarePlanStore {
  return {
    async insertGoal(goal) {
      await db.insert(carePlanGoals).values(goal);
    },
    async findGoal(id) {
      const [row] = await db.select().from(carePlanGoals).where(eq(carePlanGoals.id, id));
      return row ? { ...row, area: row.area as GoalArea, createdAt: iso(row.createdAt) } : undefined;
    },
    async listGoalsForPatient(patientId) {
      const rows = await db
        .select()
        .from(carePlanGoals)
        .where(eq(carePlanGoals.patientId, patientId))
        .orderBy(asc(carePlanGoals.createdAt));
      return rows.map((row) => ({ ...row, area: row.area as GoalArea, createdAt: iso(row.createdAt) }));
    },
    async insertRating(rating) {
      await db.insert(carePlanGoalRatings).values(rating);
    },
    async listRatings(goalIds) {
      if (goalIds.length === 0) {
        return [];
      }
      const rows = await db
        .select()
        .from(carePlanGoalRatings)
        .where(inArray(carePlanGoalRatings.goalId, [...goalIds]))
        .orderBy(asc(carePlanGoalRatings.ratedAt), asc(carePlanGoalRatings.recordedAt));
      return rows.map((row) => ({ ...row, ratedAt: iso(row.ratedAt), recordedAt: iso(row.recordedAt) }));
    },
  };
}
