import { asc, eq, inArray } from 'drizzle-orm';
import type { DoseResult, DoseStatus } from '@chairside/domain';
import type { DosePlanCosign, DosePlanRecord, DosePlanStore } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { dosePlanCosigns, dosePlans } from '../schema/index.js';

const iso = (at: string): string => new Date(at).toISOString();

function toRecord(
  row: typeof dosePlans.$inferSelect,
  cosign: typeof dosePlanCosigns.$inferSelect | undefined,
): DosePlanRecord {
  const { seq: _seq, ...rest } = row;
  return {
    ...rest,
    resultStatus: row.resultStatus as DoseStatus,
    result: row.result as DoseResult,
    createdAt: iso(row.createdAt),
    cosign: cosign
      ? { at: iso(cosign.at), byUserId: cosign.byUserId, byUsername: cosign.byUsername, reason: cosign.reason }
      : null,
  };
}

async function cosignsFor(db: Db, planIds: string[]): Promise<Map<string, typeof dosePlanCosigns.$inferSelect>> {
  if (planIds.length === 0) {
    return new Map();
  }
  const rows = await db.select().from(dosePlanCosigns).where(inArray(dosePlanCosigns.planId, planIds));
  return new Map(rows.map((row) => [row.planId, row]));
}

export function dosePlanStore(db: Db): DosePlanStore {
  return {
    async insert(plan) {
      await db.insert(dosePlans).values({ ...plan, inputs: plan.inputs ?? {}, result: plan.result });
    },
    async findById(id) {
      const [row] = await db.select().from(dosePlans).where(eq(dosePlans.id, id));
      if (!row) {
        return undefined;
      }
      return toRecord(row, (await cosignsFor(db, [id])).get(id));
    },
    async listForPatient(patientId) {
      const rows = await db
        .select()
        .from(dosePlans)
        .where(eq(dosePlans.patientId, patientId))
        .orderBy(asc(dosePlans.seq));
      const cosigns = await cosignsFor(
        db,
        rows.map((row) => row.id),
      );
      return rows.map((row) => toRecord(row, cosigns.get(row.id)));
    },
    async insertCosign(planId, cosign: DosePlanCosign) {
      const inserted = await db
        .insert(dosePlanCosigns)
        .values({ planId, ...cosign })
        .onConflictDoNothing()
        .returning({ planId: dosePlanCosigns.planId });
      return inserted.length === 1;
    },
  };
}
