import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { IntakeInput, ScreeningResult, ValidIntake } from '@chairside/domain';
import type {
  ConsentRecordRow,
  ConsentStore,
  IntakeStore,
  IntakeVersionRecord,
  ScreeningRecord,
  ScreeningSignatureRecord,
  ScreeningStore,
  SoftStopNote,
} from '../../app/intake-ports.js';
import type { Db } from '../connect.js';
import { consents, consentWithdrawals, intakeVersions, screenings, screeningSignatures } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

function toIntake(row: typeof intakeVersions.$inferSelect): IntakeVersionRecord {
  return {
    ...row,
    at: iso(row.at),
    data: row.data as IntakeInput,
    derived: row.derived as ValidIntake['derived'],
  };
}

export function intakeStore(db: Db): IntakeStore {
  return {
    async latestVersion(patientId) {
      const rows = await db
        .select({ v: max(intakeVersions.version) })
        .from(intakeVersions)
        .where(eq(intakeVersions.patientId, patientId));
      return rows[0]?.v ?? 0;
    },
    async insert(record) {
      await db.insert(intakeVersions).values({ ...record, data: record.data, derived: record.derived });
    },
    async list(patientId) {
      const rows = await db
        .select()
        .from(intakeVersions)
        .where(eq(intakeVersions.patientId, patientId))
        .orderBy(desc(intakeVersions.version));
      return rows.map(toIntake);
    },
    async find(patientId, version) {
      const rows = await db
        .select()
        .from(intakeVersions)
        .where(and(eq(intakeVersions.patientId, patientId), eq(intakeVersions.version, version)));
      return rows[0] ? toIntake(rows[0]) : undefined;
    },
  };
}

function toSignature(row: typeof screeningSignatures.$inferSelect | null): ScreeningSignatureRecord | null {
  if (!row) {
    return null;
  }
  return {
    decision: row.decision,
    softStopNotes: row.softStopNotes as SoftStopNote[],
    warningsAcknowledged: row.warningsAcknowledged,
    note: row.note,
    signedAt: iso(row.signedAt),
    signedByUserId: row.signedByUserId,
    signedByUsername: row.signedByUsername,
  };
}

export function screeningStore(db: Db): ScreeningStore {
  // eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- drizzle's join builder type
  const select = () =>
    db.select().from(screenings).leftJoin(screeningSignatures, eq(screeningSignatures.screeningId, screenings.id));
  const toRecord = (row: {
    screenings: typeof screenings.$inferSelect;
    screening_signatures: typeof screeningSignatures.$inferSelect | null;
  }): ScreeningRecord => {
    const s = row.screenings;
    return {
      id: s.id,
      patientId: s.patientId,
      intakeId: s.intakeId,
      intakeVersion: s.intakeVersion,
      protocolId: s.protocolId,
      protocolVersion: s.protocolVersion,
      result: s.result as ScreeningResult,
      createdAt: iso(s.createdAt),
      createdByUserId: s.createdByUserId,
      createdByUsername: s.createdByUsername,
      signature: toSignature(row.screening_signatures),
    };
  };
  return {
    async insert(record) {
      await db.insert(screenings).values({
        ...record,
        evaluatedOn: record.result.evaluatedOn,
        decision: record.result.decision,
        result: record.result,
      });
    },
    async find(id) {
      const rows = await select().where(eq(screenings.id, id));
      return rows[0] ? toRecord(rows[0]) : undefined;
    },
    async list(patientId) {
      const rows = await select().where(eq(screenings.patientId, patientId)).orderBy(desc(screenings.createdAt));
      return rows.map(toRecord);
    },
    async sign(screeningId, signature) {
      const rows = await db
        .insert(screeningSignatures)
        .values({ screeningId, ...signature, softStopNotes: signature.softStopNotes })
        .onConflictDoNothing()
        .returning({ id: screeningSignatures.screeningId });
      return rows.length === 1;
    },
  };
}

export function consentStore(db: Db): ConsentStore {
  // eslint-disable-next-line @typescript-eslint/explicit-function-return-type
  const select = () =>
    db.select().from(consents).leftJoin(consentWithdrawals, eq(consentWithdrawals.consentId, consents.id));
  const toRecord = (row: {
    consents: typeof consents.$inferSelect;
    consent_withdrawals: typeof consentWithdrawals.$inferSelect | null;
  }): ConsentRecordRow => {
    const c = row.consents;
    const w = row.consent_withdrawals;
    return {
      ...c,
      acknowledgedElements: c.acknowledgedElements as string[],
      signatureMethod: c.signatureMethod as 'drawn' | 'checkbox',
      patientSignedAt: iso(c.patientSignedAt),
      recordedAt: iso(c.recordedAt),
      withdrawal: w ? { at: iso(w.at), byUsername: w.byUsername, reason: w.reason } : null,
    };
  };
  return {
    async insert(record) {
      await db.insert(consents).values({ ...record, acknowledgedElements: [...record.acknowledgedElements] });
    },
    async find(id) {
      const rows = await select().where(eq(consents.id, id));
      return rows[0] ? toRecord(rows[0]) : undefined;
    },
    async list(patientId) {
      const rows = await select()
        .where(eq(consents.patientId, patientId))
        .orderBy(desc(consents.recordedAt), asc(consents.id));
      return rows.map(toRecord);
    },
    async withdraw(consentId, event) {
      const rows = await db
        .insert(consentWithdrawals)
        .values({ consentId, ...event })
        .onConflictDoNothing()
        .returning({ id: consentWithdrawals.consentId });
      return rows.length === 1;
    },
  };
}
