import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { PatientDetails, SexAtBirth } from '@chairside/domain';
import type { PatientAmendmentRecord, PatientRow, PatientSearch, PatientStore } from '../../app/ports.js';
import { rowsOf, type Db } from '../connect.js';
import { patientAmendments, patients } from '../schema/index.js';

const escapeLike = (text: string): string => text.replace(/[%_\\]/g, '\\$&');

/** The lower-cased text that name search runs over (trigram-indexed). */
export function searchTextOf(
  details: Pick<PatientDetails, 'legalGivenName' | 'legalFamilyName' | 'preferredName'>,
): string {
  return [details.legalGivenName, details.preferredName, details.legalFamilyName]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function columnsOf(
  details: PatientDetails,
): Omit<typeof patients.$inferInsert, 'id' | 'mrn' | 'createdAt' | 'updatedAt'> {
  return {
    legalGivenName: details.legalGivenName,
    legalFamilyName: details.legalFamilyName,
    preferredName: details.preferredName ?? null,
    dateOfBirth: details.dateOfBirth,
    sexAtBirth: details.sexAtBirth,
    genderIdentity: details.genderIdentity ?? null,
    pronouns: details.pronouns ?? null,
    phone: details.phone ?? null,
    email: details.email ?? null,
    addressLine: details.addressLine ?? null,
    city: details.city ?? null,
    region: details.region ?? null,
    postalCode: details.postalCode ?? null,
    country: details.country ?? null,
    emergencyContact: details.emergencyContact ?? null,
    careTeam: details.careTeam,
    searchText: searchTextOf(details),
  };
}

/** Drops nulls so a row reads back as the optional-field shape the domain uses. */
function withoutNulls<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;
}

function toRow(row: typeof patients.$inferSelect): PatientRow {
  const { searchText: _s, createdBy: _cb, updatedBy: _ub, ...rest } = row;
  return withoutNulls({
    ...rest,
    sexAtBirth: rest.sexAtBirth as SexAtBirth,
    careTeam: rest.careTeam as PatientRow['careTeam'],
    emergencyContact: rest.emergencyContact as PatientRow['emergencyContact'],
    createdAt: new Date(rest.createdAt).toISOString(),
    updatedAt: new Date(rest.updatedAt).toISOString(),
  }) as PatientRow;
}

function searchConditions(query: PatientSearch): SQL[] {
  const conditions: SQL[] = query.terms.map((term) => ilike(patients.searchText, `%${escapeLike(term)}%`));
  if (query.dateOfBirth) {
    conditions.push(eq(patients.dateOfBirth, query.dateOfBirth));
  }
  if (query.mrn) {
    conditions.push(ilike(patients.mrn, `${escapeLike(query.mrn)}%`));
  }
  return conditions;
}

export function patientStore(db: Db): PatientStore {
  return {
    async nextMrnSequence() {
      const result = await db.execute<{ n: string | number }>(sql`select nextval('patient_mrn_seq') as n`);
      return Number(rowsOf<{ n: string | number }>(result)[0]?.n);
    },
    async insert(patient, byUserId) {
      await db.insert(patients).values({
        id: patient.id,
        mrn: patient.mrn,
        ...columnsOf(patient),
        demo: patient.demo,
        version: patient.version,
        createdAt: patient.createdAt,
        createdBy: byUserId,
        updatedAt: patient.updatedAt,
        updatedBy: byUserId,
      });
    },
    async findById(id) {
      const [row] = await db.select().from(patients).where(eq(patients.id, id));
      return row ? toRow(row) : undefined;
    },
    async search(query) {
      const where = and(...searchConditions(query));
      // Family-name prefix matches first, then alphabetical: what the desk expects to see on top.
      const firstTerm = query.terms[0];
      const order: SQL[] = [
        asc(sql`lower(${patients.legalFamilyName})`),
        asc(patients.legalGivenName),
        asc(patients.id),
      ];
      if (firstTerm) {
        order.unshift(desc(sql`lower(${patients.legalFamilyName}) like ${`${escapeLike(firstTerm)}%`}`));
      }
      const rows = await db
        .select()
        .from(patients)
        .where(where)
        .orderBy(...order)
        .limit(query.limit);
      const total =
        rows.length < query.limit
          ? rows.length
          : ((await db.select({ n: count() }).from(patients).where(where))[0]?.n ?? 0);
      return { items: rows.map(toRow), total };
    },
    async update(id, expectedVersion, details, at, byUserId) {
      const updated = await db
        .update(patients)
        .set({ ...columnsOf(details), version: sql`${patients.version} + 1`, updatedAt: at, updatedBy: byUserId })
        .where(and(eq(patients.id, id), eq(patients.version, expectedVersion)))
        .returning({ id: patients.id });
      return updated.length === 1;
    },
    async insertAmendment(amendment) {
      await db.insert(patientAmendments).values({
        ...amendment,
        previous: amendment.previous,
        changes: amendment.changes,
      });
    },
    async listAmendments(patientId) {
      const rows = await db
        .select()
        .from(patientAmendments)
        .where(eq(patientAmendments.patientId, patientId))
        .orderBy(desc(patientAmendments.version));
      return rows.map((row): PatientAmendmentRecord => ({
        ...row,
        at: new Date(row.at).toISOString(),
        previous: row.previous as PatientDetails,
        changes: row.changes as PatientAmendmentRecord['changes'],
      }));
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(patients);
      return row?.n ?? 0;
    },
  };
}
