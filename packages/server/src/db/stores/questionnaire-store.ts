import { and, asc, eq } from 'drizzle-orm';
import type { ScaleAnswer, ScaleFlag, ScaleId } from '@chairside/domain';
import type {
  AssignmentRecurrence,
  QuestionnaireAssignmentRecord,
  QuestionnaireResponseRecord,
  QuestionnaireStore,
} from '../../app/ports.js';
import type { Db } from '../connect.js';
import { questionnaireAssignments, questionnaireResponses } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();
const isoOrNull = (value: string | null): string | null => (value === null ? null : iso(value));

function toResponse(row: typeof questionnaireResponses.$inferSelect): QuestionnaireResponseRecord {
  return {
    ...row,
    scaleId: row.scaleId as ScaleId,
    answers: row.answers as ScaleAnswer[],
    missingItems: row.missingItems as string[],
    flags: row.flags as ScaleFlag[],
    takenAt: iso(row.takenAt),
    recordedAt: iso(row.recordedAt),
  };
}

function toAssignment(row: typeof questionnaireAssignments.$inferSelect): QuestionnaireAssignmentRecord {
  return {
    ...row,
    scaleId: row.scaleId as ScaleId,
    recurrence: row.recurrence as AssignmentRecurrence,
    status: row.status as 'open' | 'completed',
    assignedAt: iso(row.assignedAt),
    completedAt: isoOrNull(row.completedAt),
  };
}

export function questionnaireStore(db: Db): QuestionnaireStore {
  return {
    async insertResponse(response) {
      await db.insert(questionnaireResponses).values({ ...response, answers: response.answers, flags: response.flags });
    },
    async listResponses(patientId) {
      const rows = await db
        .select()
        .from(questionnaireResponses)
        .where(eq(questionnaireResponses.patientId, patientId))
        .orderBy(asc(questionnaireResponses.takenAt), asc(questionnaireResponses.recordedAt));
      return rows.map(toResponse);
    },
    async insertAssignment(assignment) {
      await db.insert(questionnaireAssignments).values(assignment);
    },
    async findAssignment(id) {
      const [row] = await db.select().from(questionnaireAssignments).where(eq(questionnaireAssignments.id, id));
      return row ? toAssignment(row) : undefined;
    },
    async listAssignments(patientId, status) {
      const where =
        status === 'open'
          ? and(eq(questionnaireAssignments.patientId, patientId), eq(questionnaireAssignments.status, 'open'))
          : eq(questionnaireAssignments.patientId, patientId);
      const rows = await db
        .select()
        .from(questionnaireAssignments)
        .where(where)
        .orderBy(asc(questionnaireAssignments.dueDate), asc(questionnaireAssignments.assignedAt));
      return rows.map(toAssignment);
    },
    async completeAssignment(id, responseId, at) {
      const updated = await db
        .update(questionnaireAssignments)
        .set({ status: 'completed', completedAt: at, responseId })
        .where(and(eq(questionnaireAssignments.id, id), eq(questionnaireAssignments.status, 'open')))
        .returning({ id: questionnaireAssignments.id });
      return updated.length === 1;
    },
  };
}
