import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { DosingSubState, SessionSeverity, SessionState, TreatmentRoute } from '@chairside/domain';
import type {
  AlertKind,
  AlertRow,
  CheckTimesRow,
  FeedRow,
  FormularyRow,
  JournalRow,
  ManualReadingRow,
  SessionRow,
  TreatmentSessionStore,
} from '../../app/sessions/session-ports.js';
import type { Db } from '../connect.js';
import {
  deviceReadings,
  sessionAlertResolutions,
  sessionAlerts,
  sessionFeed,
  sessionFormulary,
  sessionJournal,
  sessionVitalReadings,
  treatmentSessions,
} from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();
const isoOrNull = (value: string | null): string | null => (value === null ? null : iso(value));
const ended = ['discharged', 'aborted'];
/** Any fixed number: the one lock every feed writer takes, so feed order is commit order. */
const FEED_LOCK_KEY = 4_711_004;

function toSession(r: typeof treatmentSessions.$inferSelect): SessionRow {
  return {
    ...r,
    route: r.route as TreatmentRoute,
    state: r.state as SessionState,
    dosingSubState: r.dosingSubState as DosingSubState | null,
    createdAt: iso(r.createdAt),
    checkedInAt: isoOrNull(r.checkedInAt),
    dosingStartedAt: isoOrNull(r.dosingStartedAt),
    dosingEndedAt: isoOrNull(r.dosingEndedAt),
    endedAt: isoOrNull(r.endedAt),
    lastTransitionAt: isoOrNull(r.lastTransitionAt),
  };
}

function toAlert(r: typeof sessionAlerts.$inferSelect): AlertRow {
  return {
    ...r,
    kind: r.kind as AlertKind,
    severity: r.severity as SessionSeverity,
    values: r.values as Record<string, number>,
    observedAt: iso(r.observedAt),
    raisedAt: iso(r.raisedAt),
    readingSource: r.readingSource as AlertRow['readingSource'],
  };
}

function toFormulary(r: typeof sessionFormulary.$inferSelect): FormularyRow {
  return {
    id: r.id,
    drug: r.drug,
    doseUnit: r.doseUnit as FormularyRow['doseUnit'],
    defaultDose: r.defaultDose,
    maxDose: r.maxDose,
    routes: r.routes as FormularyRow['routes'],
    indication: r.indication,
    source: r.source,
    active: r.active,
    version: r.version,
  };
}

export function treatmentSessionStore(db: Db): TreatmentSessionStore {
  const t = treatmentSessions;
  return {
    async insert(row) {
      await db.insert(t).values(row);
    },
    async find(id) {
      const [r] = await db.select().from(t).where(eq(t.id, id));
      return r ? toSession(r) : undefined;
    },
    async findForUpdate(id) {
      const [r] = await db.select().from(t).where(eq(t.id, id)).for('update');
      return r ? toSession(r) : undefined;
    },
    async findByAppointment(appointmentId) {
      const [r] = await db.select().from(t).where(eq(t.appointmentId, appointmentId));
      return r ? toSession(r) : undefined;
    },
    async listActive() {
      const rows = await db.select().from(t).where(notInArray(t.state, ended)).orderBy(asc(t.createdAt));
      return rows.map(toSession);
    },
    async listDosedForPatient(patientId) {
      const rows = await db
        .select()
        .from(t)
        .where(and(eq(t.patientId, patientId), isNotNull(t.dosingStartedAt)))
        .orderBy(asc(t.dosingStartedAt));
      return rows.map(toSession);
    },
    async listForPatient(patientId) {
      const rows = await db.select().from(t).where(eq(t.patientId, patientId)).orderBy(desc(t.createdAt));
      return rows.map(toSession);
    },
    async activeForChair(chairName, lock = false) {
      const query = db
        .select()
        .from(t)
        .where(and(eq(t.chairName, chairName), notInArray(t.state, ended)))
        .orderBy(desc(t.createdAt))
        .limit(1);
      const [r] = lock ? await query.for('update') : await query;
      return r ? toSession(r) : undefined;
    },
    async update(id, expectedVersion, changes) {
      const rows = await db
        .update(t)
        .set({ ...changes, version: sql`${t.version} + 1` })
        .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
        .returning({ id: t.id });
      return rows.length === 1;
    },

    async insertJournal(entry) {
      await db.insert(sessionJournal).values(entry);
    },
    async journal(sessionId) {
      const rows = await db
        .select()
        .from(sessionJournal)
        .where(eq(sessionJournal.sessionId, sessionId))
        .orderBy(asc(sessionJournal.at), asc(sessionJournal.recordedAt));
      return rows.map((r): JournalRow => ({
        ...r,
        kind: r.kind as JournalRow['kind'],
        at: iso(r.at),
        recordedAt: iso(r.recordedAt),
        data: r.data as Record<string, unknown>,
      }));
    },

    async insertReading(reading) {
      await db.insert(sessionVitalReadings).values(reading);
    },
    async readings(sessionId) {
      const rows = await db
        .select()
        .from(sessionVitalReadings)
        .where(eq(sessionVitalReadings.sessionId, sessionId))
        .orderBy(asc(sessionVitalReadings.takenAt), asc(sessionVitalReadings.recordedAt));
      return rows.map((r): ManualReadingRow => ({ ...r, takenAt: iso(r.takenAt), recordedAt: iso(r.recordedAt) }));
    },

    async readingsSince(sessionId, from) {
      const rows = await db
        .select()
        .from(sessionVitalReadings)
        .where(and(eq(sessionVitalReadings.sessionId, sessionId), gte(sessionVitalReadings.takenAt, from)))
        .orderBy(asc(sessionVitalReadings.takenAt), asc(sessionVitalReadings.recordedAt));
      return rows.map((r): ManualReadingRow => ({ ...r, takenAt: iso(r.takenAt), recordedAt: iso(r.recordedAt) }));
    },
    async insertAlerts(alerts) {
      if (alerts.length > 0) {
        await db.insert(sessionAlerts).values(alerts.map((a) => ({ ...a, values: a.values, source: a.source ?? {} })));
      }
    },
    async alerts(sessionId) {
      const rows = await db
        .select()
        .from(sessionAlerts)
        .leftJoin(sessionAlertResolutions, eq(sessionAlertResolutions.alertId, sessionAlerts.id))
        .where(eq(sessionAlerts.sessionId, sessionId))
        .orderBy(asc(sessionAlerts.raisedAt));
      return rows.map((r) => ({
        ...toAlert(r.session_alerts),
        resolution: r.session_alert_resolutions
          ? { ...r.session_alert_resolutions, at: iso(r.session_alert_resolutions.at) }
          : null,
      }));
    },
    async openAlerts(sessionId) {
      const rows = await db
        .select()
        .from(sessionAlerts)
        .leftJoin(sessionAlertResolutions, eq(sessionAlertResolutions.alertId, sessionAlerts.id))
        .where(and(eq(sessionAlerts.sessionId, sessionId), isNull(sessionAlertResolutions.alertId)))
        .orderBy(asc(sessionAlerts.raisedAt));
      return rows.map((r) => ({ ...toAlert(r.session_alerts), resolution: null }));
    },
    async insertResolution(resolution) {
      const rows = await db
        .insert(sessionAlertResolutions)
        .values(resolution)
        .onConflictDoNothing()
        .returning({ id: sessionAlertResolutions.alertId });
      return rows.length === 1;
    },

    async formulary() {
      const rows = await db.select().from(sessionFormulary).orderBy(asc(sessionFormulary.drug));
      return rows.map(toFormulary);
    },
    async findFormularyItem(id) {
      const [r] = await db.select().from(sessionFormulary).where(eq(sessionFormulary.id, id));
      return r ? toFormulary(r) : undefined;
    },
    async insertFormularyItem(item, at) {
      await db.insert(sessionFormulary).values({ ...item, updatedAt: at });
    },
    async updateFormularyItem(item, expectedVersion, at) {
      const { id, version: _version, ...fields } = item;
      const rows = await db
        .update(sessionFormulary)
        .set({ ...fields, updatedAt: at, version: sql`${sessionFormulary.version} + 1` })
        .where(and(eq(sessionFormulary.id, id), eq(sessionFormulary.version, expectedVersion)))
        .returning({ id: sessionFormulary.id });
      return rows.length === 1;
    },

    async checkTimes(sessions, since) {
      const result = new Map<string, CheckTimesRow>();
      if (sessions.length === 0) {
        return result;
      }
      const ids = sessions.map((x) => x.id);
      const chairs = sessions.flatMap((x) => (x.chairName === null ? [] : [x.chairName]));
      const manual = await db
        .select({ id: sessionVitalReadings.sessionId, at: sql<string>`max(${sessionVitalReadings.takenAt})` })
        .from(sessionVitalReadings)
        .where(inArray(sessionVitalReadings.sessionId, ids))
        .groupBy(sessionVitalReadings.sessionId);
      const journal = await db
        .select({
          id: sessionJournal.sessionId,
          kind: sessionJournal.kind,
          last: sql<string>`max(${sessionJournal.at})`,
          first: sql<string>`min(${sessionJournal.at})`,
        })
        .from(sessionJournal)
        .where(
          and(
            inArray(sessionJournal.sessionId, ids),
            inArray(sessionJournal.kind, ['sedation-check', 'esketamine-device']),
          ),
        )
        .groupBy(sessionJournal.sessionId, sessionJournal.kind);
      const devices =
        chairs.length === 0
          ? []
          : await db
              .select({
                chair: deviceReadings.chairLabel,
                at: sql<string | null>`max(${deviceReadings.takenAt})`,
                bpAt: sql<
                  string | null
                >`max(${deviceReadings.takenAt}) filter (where ${deviceReadings.systolicMmHg} is not null)`,
              })
              .from(deviceReadings)
              .where(and(inArray(deviceReadings.chairLabel, chairs), gte(deviceReadings.takenAt, since)))
              .groupBy(deviceReadings.chairLabel);
      const open = await db
        .select({ id: sessionAlerts.sessionId, rule: sessionAlerts.rule })
        .from(sessionAlerts)
        .leftJoin(sessionAlertResolutions, eq(sessionAlertResolutions.alertId, sessionAlerts.id))
        .where(and(inArray(sessionAlerts.sessionId, ids), isNull(sessionAlertResolutions.alertId)));
      const isoOf = (v: string | null | undefined): string | null => (v ? iso(v) : null);
      for (const x of sessions) {
        const device = devices.find((d) => d.chair === x.chairName);
        const sedation = journal.find((j) => j.id === x.id && j.kind === 'sedation-check');
        const firstDevice = journal.find((j) => j.id === x.id && j.kind === 'esketamine-device');
        result.set(x.id, {
          manualAt: isoOf(manual.find((m) => m.id === x.id)?.at),
          deviceAt: isoOf(device?.at),
          deviceBpAt: isoOf(device?.bpAt),
          sedationAt: isoOf(sedation?.last),
          firstDeviceAt: isoOf(firstDevice?.first),
          openRules: open.filter((o) => o.id === x.id).map((o) => o.rule),
        });
      }
      return result;
    },
    async appendFeed(events) {
      if (events.length === 0) {
        return [];
      }
      await db.execute(sql`select pg_advisory_xact_lock(${FEED_LOCK_KEY})`);
      const rows = await db
        .insert(sessionFeed)
        .values(events.map((e) => ({ sessionId: e.sessionId, type: e.type, at: e.at, payload: e.payload })))
        .returning({ seq: sessionFeed.seq });
      return rows.map((r) => r.seq);
    },
    async feedAfter(afterSeq, sessionId, limit) {
      const rows = await db
        .select()
        .from(sessionFeed)
        .where(
          sessionId === null
            ? gt(sessionFeed.seq, afterSeq)
            : and(gt(sessionFeed.seq, afterSeq), eq(sessionFeed.sessionId, sessionId)),
        )
        .orderBy(asc(sessionFeed.seq))
        .limit(limit);
      return rows.map((r): FeedRow => ({
        seq: r.seq,
        sessionId: r.sessionId,
        payload: r.payload as FeedRow['payload'],
      }));
    },
    async latestSeq() {
      const [r] = await db.select({ seq: sql<string | null>`max(${sessionFeed.seq})` }).from(sessionFeed);
      return r?.seq === null || r?.seq === undefined ? 0 : Number(r.seq);
    },
  };
}
