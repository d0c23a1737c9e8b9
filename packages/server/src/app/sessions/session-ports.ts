/** Storage of treatment sessions: the session row, its append-only record, and the push feed. */
import type { FeedEvent, FormularyItem, JournalKind } from './session-types.js';
import type { DosingSubState, SessionState, SessionSeverity, TreatmentRoute } from '@chairside/domain';

export interface SessionRow {
  readonly id: string;
  readonly patientId: string;
  readonly appointmentId: string | null;
  readonly courseId: string | null;
  readonly protocolId: string;
  readonly protocolVersion: number;
  readonly dosePlanId: string | null;
  readonly chairName: string | null;
  readonly route: TreatmentRoute;
  readonly state: SessionState;
  readonly dosingSubState: DosingSubState | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly checkedInAt: string | null;
  readonly dosingStartedAt: string | null;
  readonly dosingEndedAt: string | null;
  readonly endedAt: string | null;
  readonly abortReason: string | null;
  readonly lastTransitionAt: string | null;
  readonly baselineReadingId: string | null;
  readonly version: number;
}

export type SessionChanges = Partial<
  Pick<
    SessionRow,
    | 'state'
    | 'dosingSubState'
    | 'checkedInAt'
    | 'dosingStartedAt'
    | 'dosingEndedAt'
    | 'endedAt'
    | 'abortReason'
    | 'lastTransitionAt'
    | 'baselineReadingId'
  >
>;

export interface JournalRow {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: JournalKind;
  readonly at: string;
  readonly recordedAt: string;
  readonly byUserId: string | null;
  readonly byUsername: string;
  readonly summary: string;
  readonly data: Record<string, unknown>;
}

export interface ManualReadingRow {
  readonly id: string;
  readonly sessionId: string;
  readonly takenAt: string;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly heartRateBpm: number;
  readonly spo2Pct: number;
  readonly respiratoryRatePerMin: number;
  readonly etco2MmHg: number | null;
  readonly correctsReadingId: string | null;
  readonly correctionReason: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly recordedByUsername: string;
}

export type AlertKind = 'reading' | 'cadence' | 'silent-monitor';

export interface AlertResolutionRow {
  readonly alertId: string;
  readonly sessionId: string;
  readonly action: string;
  readonly note: string;
  readonly at: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly secondsToResolve: number;
}

export interface AlertRow {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: AlertKind;
  readonly rule: string;
  readonly severity: SessionSeverity;
  readonly phase: string;
  readonly message: string;
  readonly action: string;
  readonly actionLabel: string;
  readonly values: Readonly<Record<string, number>>;
  readonly source: unknown;
  readonly observedAt: string;
  readonly raisedAt: string;
  readonly readingId: string | null;
  readonly readingSource: 'manual' | 'device' | null;
}

export interface AlertWithResolution extends AlertRow {
  readonly resolution: AlertResolutionRow | null;
}

export type FormularyRow = FormularyItem;

export interface NewFeedEvent {
  readonly sessionId: string;
  readonly type: FeedEvent['type'];
  readonly at: string;
  /** The FeedEvent without its seq (the store assigns it). */
  readonly payload: Omit<FeedEvent, 'seq'>;
}

export interface FeedRow {
  readonly seq: number;
  readonly sessionId: string;
  readonly payload: Omit<FeedEvent, 'seq'>;
}

export interface CheckTimesRow {
  readonly manualAt: string | null;
  readonly deviceAt: string | null;
  readonly deviceBpAt: string | null;
  readonly sedationAt: string | null;
  readonly firstDeviceAt: string | null;
  readonly openRules: readonly string[];
}

export interface TreatmentSessionStore {
  insert(row: SessionRow): Promise<void>;
  find(id: string): Promise<SessionRow | undefined>;
  /** Locks the row for the rest of the transaction, so two writers to one session take turns. */
  findForUpdate(id: string): Promise<SessionRow | undefined>;
  findByAppointment(appointmentId: string): Promise<SessionRow | undefined>;
  /** Sessions not yet discharged or aborted, oldest first. */
  listActive(): Promise<SessionRow[]>;
  /** A patient's sessions in which dosing began (any state since), oldest dosing first. */
  listDosedForPatient(patientId: string): Promise<SessionRow[]>;
  /** Every session of the patient, newest first. */
  listForPatient(patientId: string): Promise<SessionRow[]>;
  /** The active session at a chair (the newest if several); `lock` holds its row for the transaction. */
  activeForChair(chairName: string, lock?: boolean): Promise<SessionRow | undefined>;
  /** Applies changes and bumps the version when it matches; false when it does not. */
  update(id: string, expectedVersion: number, changes: SessionChanges): Promise<boolean>;

  insertJournal(entry: JournalRow): Promise<void>;
  /** Oldest first. */
  journal(sessionId: string): Promise<JournalRow[]>;

  insertReading(reading: ManualReadingRow): Promise<void>;
  /** Oldest first (by taken time). */
  readings(sessionId: string): Promise<ManualReadingRow[]>;
  /** Manual readings taken from `from` on, with any reading that corrects one of them. */
  readingsSince(sessionId: string, from: string): Promise<ManualReadingRow[]>;

  insertAlerts(alerts: readonly AlertRow[]): Promise<void>;
  alerts(sessionId: string): Promise<AlertWithResolution[]>;
  /** The session's alerts without a resolution. */
  openAlerts(sessionId: string): Promise<AlertWithResolution[]>;
  /** False when the alert already has a resolution. */
  insertResolution(resolution: AlertResolutionRow): Promise<boolean>;

  formulary(): Promise<FormularyRow[]>;
  findFormularyItem(id: string): Promise<FormularyRow | undefined>;
  insertFormularyItem(item: FormularyRow, at: string): Promise<void>;
  updateFormularyItem(item: FormularyRow, expectedVersion: number, at: string): Promise<boolean>;

  /**
   * The latest check times of many sessions at once (the ticker's pass): manual readings,
   * sedation checks, the first esketamine device, device readings of each chair since `since`
   * (any, and with a BP), and the rules of the open alerts.
   */
  checkTimes(
    sessions: readonly { id: string; chairName: string | null }[],
    since: string,
  ): Promise<Map<string, CheckTimesRow>>;

  /**
   * Appends events to the push feed. Takes a transaction-level lock first, so sequence numbers
   * are handed out in commit order and a reader of `seq > n` never skips a later commit.
   */
  appendFeed(events: readonly NewFeedEvent[]): Promise<number[]>;
  /** Feed rows after `afterSeq`, oldest first, for one session or all. */
  feedAfter(afterSeq: number, sessionId: string | null, limit: number): Promise<FeedRow[]>;
  latestSeq(): Promise<number>;
}
