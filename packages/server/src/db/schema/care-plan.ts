import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients, users } from './core.js';
import { treatmentCourses } from './scheduling.js';
import { treatmentSessions } from './sessions.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Goals agreed with the patient for a course (append-only, trigger in the guards migration):
 * each rated 0–10 (10 = fully achieved) with a rating at agreement and a target above it.
 */
export const carePlanGoals = pgTable(
  'care_plan_goals',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => treatmentCourses.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    area: text('area').notNull(),
    description: text('description').notNull(),
    baselineRating: smallint('baseline_rating').notNull(),
    targetRating: smallint('target_rating').notNull(),
    createdAt: ts('created_at').notNull(),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByUsername: text('created_by_username').notNull(),
  },
  (t) => [
    index('care_plan_goals_course_idx').on(t.courseId, t.createdAt),
    check(
      'care_plan_goals_ratings_check',
      sql`${t.baselineRating} between 0 and 10 and ${t.targetRating} between 1 and 10 and ${t.targetRating} > ${t.baselineRating}`,
    ),
  ],
);

/** Regular 0–10 ratings of a goal, append-only: a wrong rating is followed by a new one. */
export const carePlanGoalRatings = pgTable(
  'care_plan_goal_ratings',
  {
    id: uuid('id').primaryKey(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => carePlanGoals.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    rating: smallint('rating').notNull(),
    ratedAt: ts('rated_at').notNull(),
    note: text('note'),
    enteredByUserId: uuid('entered_by_user_id')
      .notNull()
      .references(() => users.id),
    enteredByUsername: text('entered_by_username').notNull(),
    enteredByRole: text('entered_by_role').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    index('care_plan_goal_ratings_goal_idx').on(t.goalId, t.ratedAt),
    check('care_plan_goal_ratings_rating_check', sql`${t.rating} between 0 and 10`),
  ],
);

/**
 * The next-day check-in of each session: sent to the portal (an assignment) or, without a
 * portal account, a phone-call task; `overdueTaskId` is set once when a portal check-in went
 * unanswered for a day.
 */
export const sessionCheckIns = pgTable(
  'session_check_ins',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => treatmentSessions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    mode: text('mode').notNull(),
    assignmentId: uuid('assignment_id'),
    taskId: uuid('task_id'),
    createdAt: ts('created_at').notNull(),
    overdueTaskId: uuid('overdue_task_id'),
  },
  (t) => [
    index('session_check_ins_patient_idx').on(t.patientId),
    check('session_check_ins_mode_check', sql`${t.mode} in ('portal','phone')`),
  ],
);
