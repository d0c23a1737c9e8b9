import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { DeviceReading, DeviceReadingStatus } from '@chairside/domain';
import type {
  BindingRecord,
  MonitorMessageRecord,
  MonitorRecord,
  MonitorStore,
  StoredDeviceReading,
} from '../../app/monitors/monitor-ports.js';
import type { Db } from '../connect.js';
import { deviceReadings, monitorBindings, monitorMessages, monitors } from '../schema/index.js';

const iso = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());
const isoOf = (value: string): string => new Date(value).toISOString();

function one<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) {
    throw new Error('The database returned no row');
  }
  return row;
}

const monitorOf = (row: typeof monitors.$inferSelect): MonitorRecord => ({
  id: row.id,
  deviceId: row.deviceId,
  label: row.label,
  firstSeenAt: iso(row.firstSeenAt),
  lastSeenAt: iso(row.lastSeenAt),
});

const bindingOf = (row: typeof monitorBindings.$inferSelect): BindingRecord => ({
  ...row,
  boundAt: isoOf(row.boundAt),
  endedAt: iso(row.endedAt),
});

const measures = [
  'systolicMmHg',
  'diastolicMmHg',
  'heartRateBpm',
  'spo2Pct',
  'respiratoryRatePerMin',
  'etco2MmHg',
] as const;

export function readingOf(row: typeof deviceReadings.$inferSelect, deviceId: string): StoredDeviceReading {
  const values = Object.fromEntries(measures.filter((m) => row[m] !== null).map((m) => [m, row[m]]));
  const status = row.status as DeviceReadingStatus;
  const reading: DeviceReading = { kind: 'vitals', source: 'device', takenAt: isoOf(row.takenAt), status, ...values };
  return {
    id: row.id,
    monitorId: row.monitorId,
    deviceId,
    messageId: row.messageId,
    chairLabel: row.chairLabel,
    bindingId: row.bindingId,
    receivedAt: isoOf(row.receivedAt),
    status,
    reading,
  };
}

export function monitorStore(db: Db): MonitorStore {
  const active = and(isNull(monitorBindings.endedAt));
  const readingsWhere = async (
    where: ReturnType<typeof and>,
    order: 'taken' | 'received',
    limit: number,
  ): Promise<StoredDeviceReading[]> => {
    const rows = await db
      .select({ r: deviceReadings, deviceId: monitors.deviceId })
      .from(deviceReadings)
      .innerJoin(monitors, eq(monitors.id, deviceReadings.monitorId))
      .where(where)
      .orderBy(
        order === 'taken' ? asc(deviceReadings.takenAt) : desc(deviceReadings.receivedAt),
        asc(deviceReadings.seq),
      )
      .limit(limit);
    return rows.map(({ r, deviceId }) => readingOf(r, deviceId));
  };
  return {
    async seen(monitor, at) {
      const row = one(
        await db
          .insert(monitors)
          .values({ id: monitor.id, deviceId: monitor.deviceId, firstSeenAt: at, lastSeenAt: at, createdAt: at })
          .onConflictDoUpdate({
            target: monitors.deviceId,
            set: {
              lastSeenAt: sql`greatest(${monitors.lastSeenAt}, excluded.last_seen_at)`,
              firstSeenAt: sql`coalesce(${monitors.firstSeenAt}, excluded.first_seen_at)`,
            },
          })
          .returning(),
      );
      return monitorOf(row);
    },
    async findByDeviceId(deviceId) {
      const [row] = await db.select().from(monitors).where(eq(monitors.deviceId, deviceId));
      return row && monitorOf(row);
    },
    async findById(id) {
      const [row] = await db.select().from(monitors).where(eq(monitors.id, id));
      return row && monitorOf(row);
    },
    async register(monitor) {
      const row = one(
        await db
          .insert(monitors)
          .values({ id: monitor.id, deviceId: monitor.deviceId, label: monitor.label, createdAt: monitor.at })
          .returning(),
      );
      return monitorOf(row);
    },
    async list() {
      const rows = await db
        .select({ m: monitors, b: monitorBindings })
        .from(monitors)
        .leftJoin(monitorBindings, and(eq(monitorBindings.monitorId, monitors.id), active))
        .orderBy(asc(monitors.deviceId));
      return rows.map(({ m, b }) => ({ ...monitorOf(m), binding: b ? bindingOf(b) : null }));
    },
    async activeBindingForMonitor(monitorId) {
      const [row] = await db
        .select()
        .from(monitorBindings)
        .where(and(eq(monitorBindings.monitorId, monitorId), active));
      return row && bindingOf(row);
    },
    async activeBindingForChair(chairLabel) {
      const [row] = await db
        .select()
        .from(monitorBindings)
        .where(and(eq(monitorBindings.chairLabel, chairLabel), active));
      return row && bindingOf(row);
    },
    async findBinding(id) {
      const [row] = await db.select().from(monitorBindings).where(eq(monitorBindings.id, id));
      return row && bindingOf(row);
    },
    async insertBinding(binding) {
      await db.insert(monitorBindings).values(binding);
    },
    async endBinding(id, at, byUserId) {
      const rows = await db
        .update(monitorBindings)
        .set({ endedAt: at, endedBy: byUserId })
        .where(and(eq(monitorBindings.id, id), active))
        .returning({ id: monitorBindings.id });
      return rows.length === 1;
    },
    async bindingHistory(monitorId) {
      const rows = await db
        .select()
        .from(monitorBindings)
        .where(eq(monitorBindings.monitorId, monitorId))
        .orderBy(desc(monitorBindings.boundAt));
      return rows.map(bindingOf);
    },
    async insertMessage(message) {
      await db.insert(monitorMessages).values(message);
    },
    async recentMessages(limit) {
      const rows = await db.select().from(monitorMessages).orderBy(desc(monitorMessages.receivedAt)).limit(limit);
      return rows.map((row): MonitorMessageRecord => ({ ...row, receivedAt: isoOf(row.receivedAt) }));
    },
    async insertReadings(readings) {
      if (readings.length === 0) {
        return;
      }
      await db.insert(deviceReadings).values(
        readings.map((r) => ({
          id: r.id,
          monitorId: r.monitorId,
          messageId: r.messageId,
          chairLabel: r.chairLabel,
          bindingId: r.bindingId,
          takenAt: r.reading.takenAt,
          receivedAt: r.receivedAt,
          status: r.status,
          ...Object.fromEntries(measures.map((m) => [m, r.reading[m] ?? null])),
        })),
      );
    },
    heldReadings: (limit) => readingsWhere(and(isNull(deviceReadings.chairLabel)), 'received', limit),
    readingsForChair: (q) =>
      readingsWhere(
        and(
          eq(deviceReadings.chairLabel, q.chairLabel),
          gte(deviceReadings.takenAt, q.from),
          lt(deviceReadings.takenAt, q.to),
        ),
        'taken',
        q.limit,
      ),
  };
}
