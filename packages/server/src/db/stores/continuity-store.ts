import { asc, count, desc, eq, gt, inArray } from 'drizzle-orm';
import type {
  DispatchMethod,
  ExportJobRecord,
  ExportJobStore,
  ExportStatus,
  ExternalRecordRow,
  ExternalRecordStore,
  LetterRecord,
  LetterStore,
  RecordLookupStore,
} from '../../app/continuity-ports.js';
import type { Db } from '../connect.js';
import { readingOf } from './monitor-store.js';
import {
  appointments,
  consents,
  deviceReadings,
  exportJobs,
  externalRecords,
  intakeVersions,
  letterDispatches,
  letters,
  letterTemplates,
  monitors,
  patients,
  questionnaireResponses,
  treatmentCourses,
  treatmentSessions,
} from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();
const isoOrNull = (value: string | null): string | null => (value === null ? null : iso(value));

export function externalRecordStore(db: Db): ExternalRecordStore {
  return {
    async insert(row) {
      await db.insert(externalRecords).values({ ...row });
    },
    async list(patientId) {
      const rows = await db
        .select()
        .from(externalRecords)
        .where(eq(externalRecords.patientId, patientId))
        .orderBy(asc(externalRecords.importedAt), asc(externalRecords.id));
      return rows.map((r) => ({ ...r, importedAt: iso(r.importedAt) }) as ExternalRecordRow);
    },
  };
}

const letterColumns = {
  id: letters.id,
  patientId: letters.patientId,
  kind: letters.kind,
  recipient: letters.recipient,
  subject: letters.subject,
  sections: letters.sections,
  scoreSeries: letters.scoreSeries,
  templateVersion: letters.templateVersion,
  signedAt: letters.signedAt,
  signedByUserId: letters.signedByUserId,
  signedByUsername: letters.signedByUsername,
  signedByName: letters.signedByName,
};

const toLetter = (r: Record<keyof typeof letterColumns, unknown>): LetterRecord =>
  ({ ...r, signedAt: iso(r.signedAt as string) }) as LetterRecord;

export function letterStore(db: Db): LetterStore {
  return {
    async insert(letter, pdf) {
      await db.insert(letters).values({ ...letter, pdf });
    },
    async find(id) {
      const rows = await db.select(letterColumns).from(letters).where(eq(letters.id, id));
      return rows[0] ? toLetter(rows[0]) : undefined;
    },
    async pdf(id) {
      const rows = await db.select({ pdf: letters.pdf }).from(letters).where(eq(letters.id, id));
      return rows[0]?.pdf;
    },
    async list(patientId) {
      const rows = await db
        .select(letterColumns)
        .from(letters)
        .where(eq(letters.patientId, patientId))
        .orderBy(desc(letters.signedAt), desc(letters.id));
      return rows.map(toLetter);
    },
    async insertDispatch(dispatch) {
      await db.insert(letterDispatches).values({ ...dispatch });
    },
    async listDispatches(letterIds) {
      if (letterIds.length === 0) {
        return [];
      }
      const rows = await db
        .select()
        .from(letterDispatches)
        .where(inArray(letterDispatches.letterId, [...letterIds]))
        .orderBy(asc(letterDispatches.sentAt));
      return rows.map((r) => ({
        ...r,
        method: r.method as DispatchMethod,
        sentAt: iso(r.sentAt),
        recordedAt: iso(r.recordedAt),
      }));
    },
    async latestTemplate() {
      const rows = await db.select().from(letterTemplates).orderBy(desc(letterTemplates.version)).limit(1);
      const r = rows[0];
      return r
        ? {
            version: r.version,
            letterhead: r.letterhead as string[],
            signatureBlock: r.signatureBlock,
            footer: r.footer,
            createdAt: iso(r.createdAt),
            createdByUsername: r.createdByUsername,
          }
        : undefined;
    },
    async insertTemplate(t, byUserId) {
      const inserted = await db
        .insert(letterTemplates)
        .values({ ...t, letterhead: [...t.letterhead], createdByUserId: byUserId })
        .onConflictDoNothing()
        .returning({ version: letterTemplates.version });
      return inserted.length === 1;
    },
  };
}

function toJob(r: typeof exportJobs.$inferSelect): ExportJobRecord {
  return {
    ...r,
    status: r.status as ExportStatus,
    counts: r.counts as Record<string, number> | null,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    finishedAt: isoOrNull(r.finishedAt),
  };
}

export function exportJobStore(db: Db): ExportJobStore {
  return {
    async insert(job) {
      await db.insert(exportJobs).values({ ...job });
    },
    async find(id) {
      const rows = await db.select().from(exportJobs).where(eq(exportJobs.id, id));
      return rows[0] ? toJob(rows[0]) : undefined;
    },
    async list(limit) {
      const rows = await db.select().from(exportJobs).orderBy(desc(exportJobs.createdAt)).limit(limit);
      return rows.map(toJob);
    },
    async update(id, changes) {
      await db.update(exportJobs).set(changes).where(eq(exportJobs.id, id));
    },
  };
}

export function recordLookupStore(db: Db): RecordLookupStore {
  return {
    async sessionIdsOf(patientId) {
      const rows = await db
        .select({ id: treatmentSessions.id })
        .from(treatmentSessions)
        .where(eq(treatmentSessions.patientId, patientId))
        .orderBy(asc(treatmentSessions.createdAt), asc(treatmentSessions.id));
      return rows.map((r) => r.id);
    },
    async deviceReadings(afterSeq, limit) {
      const rows = await db
        .select({ r: deviceReadings, deviceId: monitors.deviceId })
        .from(deviceReadings)
        .innerJoin(monitors, eq(monitors.id, deviceReadings.monitorId))
        .where(gt(deviceReadings.seq, afterSeq))
        .orderBy(asc(deviceReadings.seq))
        .limit(limit);
      return rows.map(({ r, deviceId }) => ({ seq: r.seq, reading: readingOf(r, deviceId) }));
    },
    async patientOfRecord(id) {
      const owners = [
        db.select({ p: patients.id }).from(patients).where(eq(patients.id, id)),
        db.select({ p: intakeVersions.patientId }).from(intakeVersions).where(eq(intakeVersions.id, id)),
        db
          .select({ p: questionnaireResponses.patientId })
          .from(questionnaireResponses)
          .where(eq(questionnaireResponses.id, id)),
        db.select({ p: consents.patientId }).from(consents).where(eq(consents.id, id)),
        db.select({ p: treatmentCourses.patientId }).from(treatmentCourses).where(eq(treatmentCourses.id, id)),
        db.select({ p: appointments.patientId }).from(appointments).where(eq(appointments.id, id)),
        db.select({ p: externalRecords.patientId }).from(externalRecords).where(eq(externalRecords.id, id)),
        db.select({ p: treatmentSessions.patientId }).from(treatmentSessions).where(eq(treatmentSessions.id, id)),
      ];
      for (const query of owners) {
        const rows = await query.limit(1);
        if (rows[0]) {
          return rows[0].p;
        }
      }
      return undefined;
    },
    async patientIds(afterId, limit) {
      const rows = await db
        .select({ id: patients.id })
        .from(patients)
        .where(afterId === null ? undefined : gt(patients.id, afterId))
        .orderBy(asc(patients.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async countPatients() {
      const rows = await db.select({ n: count() }).from(patients);
      return rows[0]?.n ?? 0;
    },
  };
}
