import { asc, eq, sql } from 'drizzle-orm';
import type { ClosedDate, DayHours } from '@chairside/domain';
import type { ClinicStore } from '../../app/scheduling/scheduling-ports.js';
import type { Db } from '../connect.js';
import { chairs, clinicSettings } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

export function clinicStore(db: Db): ClinicStore {
  return {
    async getSettings() {
      const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
      return row
        ? {
            timeZone: row.timeZone,
            weeklyHours: row.weeklyHours as DayHours[],
            closedDates: row.closedDates as ClosedDate[],
            version: row.version,
            updatedAt: iso(row.updatedAt),
          }
        : undefined;
    },
    async saveSettings(settings, expectedVersion, byUserId) {
      const values = {
        timeZone: settings.timeZone,
        weeklyHours: settings.weeklyHours,
        closedDates: settings.closedDates,
        updatedAt: settings.updatedAt,
        updatedBy: byUserId,
      };
      if (expectedVersion === null) {
        const inserted = await db
          .insert(clinicSettings)
          .values({ id: 1, ...values })
          .onConflictDoNothing()
          .returning({ id: clinicSettings.id });
        return inserted.length === 1;
      }
      const updated = await db
        .update(clinicSettings)
        .set({ ...values, version: sql`${clinicSettings.version} + 1` })
        .where(sql`${clinicSettings.id} = 1 and ${clinicSettings.version} = ${expectedVersion}`)
        .returning({ id: clinicSettings.id });
      return updated.length === 1;
    },
    async listChairs() {
      const rows = await db.select().from(chairs).orderBy(asc(chairs.name));
      return rows.map((r) => ({ id: r.id, name: r.name, active: r.active, version: r.version }));
    },
    async findChair(id) {
      const [r] = await db.select().from(chairs).where(eq(chairs.id, id));
      return r ? { id: r.id, name: r.name, active: r.active, version: r.version } : undefined;
    },
    async findChairByName(name) {
      const [r] = await db
        .select()
        .from(chairs)
        .where(sql`lower(${chairs.name}) = lower(${name})`);
      return r ? { id: r.id, name: r.name, active: r.active, version: r.version } : undefined;
    },
    async insertChair(chair, at) {
      await db.insert(chairs).values({ ...chair, createdAt: at, updatedAt: at });
    },
    async updateChair(id, expectedVersion, changes, at) {
      const updated = await db
        .update(chairs)
        .set({ ...changes, updatedAt: at, version: sql`${chairs.version} + 1` })
        .where(sql`${chairs.id} = ${id} and ${chairs.version} = ${expectedVersion}`)
        .returning({ id: chairs.id });
      return updated.length === 1;
    },
  };
}
