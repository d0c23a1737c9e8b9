/**
 * Loading one session with everything its rules read, and the write helper every session use
 * case goes through: one transaction that records the change, appends the audit event and the
 * feed events, then tells the hub after the commit.
 */
import type { FeedEvent } from './session-types.js';
import { NotFoundError, type Role } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { Actor, AppDeps, DosePlanRecord, PatientRow, RequestContext, Stores } from '../ports.js';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import type {
  AlertWithResolution,
  FeedRow,
  JournalRow,
  ManualReadingRow,
  NewFeedEvent,
  SessionRow,
} from './session-ports.js';
import { journalView, summaryOf } from './session-views.js';

export const clinicianRoles: readonly Role[] = ['physician', 'nurse'];

export interface LoadedSession {
  row: SessionRow;
  readonly patient: PatientRow;
  readonly protocolName: string;
  readonly plan: DosePlanRecord | null;
  readonly journal: JournalRow[];
  readonly readings: ManualReadingRow[];
  readonly alerts: AlertWithResolution[];
}

export async function loadSession(s: Stores, id: string, forUpdate = false): Promise<LoadedSession> {
  const row = forUpdate ? await s.treatmentSessions.findForUpdate(id) : await s.treatmentSessions.find(id);
  if (!row) {
    throw new NotFoundError('No treatment session with this id');
  }
  const [patient, protocol, plan, journal, readings, alerts] = await Promise.all([
    s.patients.findById(row.patientId),
    s.protocols.findVersion(row.protocolId, row.protocolVersion),
    row.dosePlanId ? s.dosePlans.findById(row.dosePlanId) : Promise.resolve(undefined),
    s.treatmentSessions.journal(id),
    s.treatmentSessions.readings(id),
    s.treatmentSessions.alerts(id),
  ]);
  if (!patient) {
    throw new NotFoundError('The session’s patient is missing');
  }
  return {
    row,
    patient,
    protocolName: protocol?.protocol.title ?? row.protocolId,
    plan: plan ?? null,
    journal,
    readings,
    alerts,
  };
}

/** Device readings for the session's chair over the session's time (kept apart from manual). */
export async function deviceReadingsOf(
  s: Stores,
  row: SessionRow,
  now: string,
  from: string | null = null,
): Promise<StoredDeviceReading[]> {
  if (row.chairName === null) {
    return [];
  }
  const sessionStart = row.checkedInAt ?? row.createdAt;
  // Never earlier than the session: the chair's readings before it belong to someone else.
  const start = from !== null && from > sessionStart ? from : sessionStart;
  const end = row.endedAt ?? new Date(Date.parse(now) + 60_000).toISOString();
  return s.monitors.readingsForChair({ chairLabel: row.chairName, from: start, to: end, limit: 5000 });
}

/** One session write: its stores, who, when, and the feed events it will push. */
export interface SessionWrite {
  readonly s: Stores;
  readonly deps: AppDeps;
  readonly ctx: RequestContext;
  readonly actor: Actor | null;
  readonly now: string;
  push(event: NewFeedEvent): void;
}

/**
 * Runs a session write in one transaction; feed events go in with it, and the hub hears of them
 * only after the commit, so a screen never sees what was rolled back.
 */
export async function runSessionWrite<T>(
  deps: AppDeps,
  ctx: RequestContext,
  work: (w: SessionWrite) => Promise<T>,
  options: { roles?: readonly Role[] | null } = {},
): Promise<T> {
  const roles = options.roles === undefined ? clinicianRoles : options.roles;
  const actor = roles === null ? ctx.actor : requireRole(ctx, roles);
  const now = deps.clock.now().toISOString();
  let committed: FeedRow[] = [];
  const result = await deps.tx.run(async (s) => {
    const events: NewFeedEvent[] = [];
    const value = await work({ s, deps, ctx, actor, now, push: (event) => events.push(event) });
    const seqs = await s.treatmentSessions.appendFeed(events);
    committed = events.map((e, i) => ({ seq: seqs[i] ?? 0, sessionId: e.sessionId, payload: e.payload }));
    return value;
  });
  if (committed.length > 0) {
    deps.sessionFeed.published(committed);
  }
  return result;
}

const feedEvent = (sessionId: string, type: FeedEvent['type'], at: string, body: Partial<FeedEvent>): NewFeedEvent => ({
  sessionId,
  type,
  at,
  payload: { sessionId, type, at, ...body },
});

/** Appends a journal entry and its feed event. */
export async function addJournal(
  w: SessionWrite,
  session: LoadedSession,
  entry: { kind: JournalRow['kind']; at: string; summary: string; data: Record<string, unknown> },
): Promise<JournalRow> {
  const row: JournalRow = {
    id: w.deps.ids.uuid(),
    sessionId: session.row.id,
    kind: entry.kind,
    at: entry.at,
    recordedAt: w.now,
    byUserId: w.actor?.userId ?? null,
    byUsername: w.actor?.username ?? 'system',
    summary: entry.summary,
    data: entry.data,
  };
  await w.s.treatmentSessions.insertJournal(row);
  session.journal.push(row);
  w.push(feedEvent(session.row.id, 'journal', w.now, { entry: journalView(row) }));
  return row;
}

/** Pushes the session's summary (after a state change or creation). */
export function pushSession(w: SessionWrite, session: LoadedSession): void {
  w.push(
    feedEvent(session.row.id, 'session', w.now, {
      session: summaryOf(session.row, session.patient, session.protocolName),
    }),
  );
}

export { feedEvent };

export async function auditSession(
  w: SessionWrite,
  session: LoadedSession,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await w.s.audit.append(w.ctx, {
    action,
    recordType: 'treatment_session',
    recordId: session.row.id,
    patientId: session.row.patientId,
    changes,
  });
}
