import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
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

const familyName = sql`lower(${patients.legalFamilyName})`;
const alphabetical = [asc(familyName), asc(patients.legalGivenName), asc(patients.id)];

/** One- and two-letter terms match the start of a name; longer ones match anywhere (trigram index). */
function termCondition(term: string): SQL | undefined {
  const pattern = escapeLike(term);
  if (term.length >= 3) {
    return like(patients.searchText, `%${pattern}%`); // search_text is lower-cased, and so are terms
  }
  return or(
    sql`${familyName} like ${`${pattern}%`}`,
    sql`lower(${patients.legalGivenName}) like ${`${pattern}%`}`,
    sql`lower(${patients.preferredName}) like ${`${pattern}%`}`,
  );
}

function searchConditions(query: PatientSearch): SQL[] {
  const conditions = query.terms.map(termCondition).filter((c): c is SQL => c !== undefined);
  if (query.dateOfBirth) {
    conditions.push(eq(patients.dateOfBirth, query.dateOfBirth));
  }
  if (query.mrn) {
    conditions.push(like(patients.mrn, `${escapeLike(query.mrn)}%`));
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
      const conditions = searchConditions(query);
      if (conditions.length === 0) {
        // No filter: walk the alphabetical index and stop at the page size.
        const rows = await db
          .select()
          .from(patients)
          .orderBy(...alphabetical)
          .limit(query.limit);
        const [all] = await db.select({ n: count() }).from(patients);
        return { items: rows.map(toRow), total: all?.n ?? 0 };
      }
      // Find the matches through the indexes first, then order only those: a filtered walk of the
      // alphabetical index is what the planner would otherwise pick, and it is slow for rare names.
      // Family names that start with the first word come first ("smi" → Smith before Goldsmith).
      // Every condition has an index (trigram, name prefix, birth date, MRN prefix); the planner's
      // estimate for LIKE '%…%' is poor and it would scan the whole table instead. Scoped to this transaction.
      await db.execute(sql`set local enable_seqscan = off`);
      const firstTerm = query.terms[0];
      const familyFirst = firstTerm ? sql`(lower(legal_family_name) like ${`${escapeLike(firstTerm)}%`}) desc,` : sql``;
      const page = rowsOf<{ id: string; total: number | string }>(
        await db.execute(
          sql`with matches as materialized (select id, legal_family_name, legal_given_name from ${patients} where ${and(...conditions)})
              select id, count(*) over () as total from matches
              order by ${familyFirst} lower(legal_family_name), legal_given_name, id limit ${query.limit}`,
        ),
      );
      const ids = page.map((row) => row.id);
      const rows = ids.length === 0 ? [] : await db.select().from(patients).where(inArray(patients.id, ids));
      const byId = new Map(rows.map((row) => [row.id, row]));
      const items = ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toRow(row)] : [];
      });
      return { items, total: Number(page[0]?.total ?? 0) };
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
