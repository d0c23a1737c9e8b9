import type { AppointmentStore, ClinicStore, CourseStore } from './scheduling/scheduling-ports.js';
import type {
  Clock,
  DoseResult,
  DoseStatus,
  IdSource,
  Patient,
  PatientDetails,
  Protocol,
  Role,
} from '@chairside/domain';
import type { ConsentStore, IntakeStore, ScreeningStore } from './intake-ports.js';
import type { PortalInvitationStore, QuestionnaireStore, TaskStore } from './outcome-ports.js';
import type { DashboardStore } from './dashboard/dashboard-ports.js';
import type { CarePlanStore } from './care-plan/care-plan-ports.js';
import type { CheckInStore } from './outcomes/check-in-ports.js';
import type { ExportJobStore, ExternalRecordStore, LetterStore, RecordLookupStore } from './continuity-ports.js';

export type * from './outcome-ports.js';

/** The signed-in person a command acts for. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly medicalDirector: boolean;
}

/** Who, from where, under which request: travels explicitly into every use case. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly requestId: string;
  readonly clientAddress: string | null;
}

export interface AuditEntry {
  readonly action: string;
  readonly recordType: string;
  readonly recordId?: string | null;
  readonly patientId?: string | null;
  readonly changes?: unknown;
}

export interface AuditRecord {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorUsername: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string | null;
  readonly patientId: string | null;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly changes: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditFilter {
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly action?: string;
  readonly recordType?: string;
  readonly patientId?: string;
  readonly beforeSeq?: number;
  readonly limit: number;
}

export interface AuditStore {
  /** Appends one event to the hash chain, inside the caller's transaction. */
  append(ctx: RequestContext, entry: AuditEntry): Promise<void>;
  query(filter: AuditFilter): Promise<AuditRecord[]>;
  /** Every event in sequence order, in batches, for chain verification and export. */
  scan(afterSeq: number, batchSize: number): Promise<AuditRecord[]>;
}

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: Role;
  readonly medicalDirector: boolean;
  readonly patientId: string | null;
  readonly active: boolean;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
  readonly failedSignIns: number;
  readonly lockedUntil: string | null;
  readonly lastSignInAt: string | null;
  readonly demo: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewUser = Omit<UserRecord, 'failedSignIns' | 'lockedUntil' | 'lastSignInAt' | 'version'>;

export type UserChanges = Partial<
  Pick<
    UserRecord,
    | 'displayName'
    | 'email'
    | 'role'
    | 'medicalDirector'
    | 'active'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'failedSignIns'
    | 'lockedUntil'
    | 'lastSignInAt'
  >
> & { readonly updatedAt: string };

export interface UserStore {
  insert(user: NewUser): Promise<void>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  list(): Promise<UserRecord[]>;
  count(): Promise<number>;
  /** Applies changes when the stored version matches; returns false when it does not. */
  update(id: string, expectedVersion: number, changes: UserChanges): Promise<boolean>;
  /** Sign-in bookkeeping that must not race with an admin's edit: no version check, no version bump. */
  recordSignInAttempt(
    id: string,
    changes: Pick<UserChanges, 'failedSignIns' | 'lockedUntil' | 'lastSignInAt'>,
  ): Promise<void>;
}

export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly endedAt: string | null;
}

export interface SessionStore {
  insert(session: SessionRecord & { clientAddress: string | null; userAgent: string | null }): Promise<void>;
  findById(id: string): Promise<SessionRecord | undefined>;
  touch(id: string, at: string): Promise<void>;
  end(id: string, at: string, reason: string): Promise<void>;
  endAllForUser(userId: string, at: string, reason: string): Promise<void>;
}

export interface PatientRow extends Patient {
  readonly demo: boolean;
}

export interface PatientSearch {
  readonly terms: readonly string[];
  readonly dateOfBirth: string | null;
  readonly mrn: string | null;
  readonly limit: number;
}

export interface PatientAmendmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly version: number;
  readonly at: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly reason: string;
  readonly previous: PatientDetails;
  readonly changes: readonly { field: string; from: unknown; to: unknown }[];
}

export interface PatientStore {
  nextMrnSequence(): Promise<number>;
  insert(patient: PatientRow, byUserId: string | null): Promise<void>;
  findById(id: string): Promise<PatientRow | undefined>;
  search(query: PatientSearch): Promise<{ items: PatientRow[]; total: number }>;
  /** Writes new details when the stored version matches; returns false when it does not. */
  update(id: string, expectedVersion: number, details: PatientDetails, at: string, byUserId: string): Promise<boolean>;
  insertAmendment(amendment: PatientAmendmentRecord): Promise<void>;
  listAmendments(patientId: string): Promise<PatientAmendmentRecord[]>;
  count(): Promise<number>;
}

export interface ProtocolVersionRecord {
  readonly protocolId: string;
  readonly version: number;
  readonly protocol: Protocol;
  readonly reason: string;
  readonly publishedAt: string;
  readonly publishedByUserId: string | null;
  readonly publishedByUsername: string | null;
}

export interface ProtocolStore {
  /** Inserts unless that id@version exists; true when inserted (the seed is idempotent). */
  insertIfAbsent(record: ProtocolVersionRecord): Promise<boolean>;
  /** Inserts a new version; false when that id@version was taken meanwhile. */
  insert(record: ProtocolVersionRecord): Promise<boolean>;
  listLatest(): Promise<ProtocolVersionRecord[]>;
  listVersions(protocolId: string): Promise<ProtocolVersionRecord[]>;
  findVersion(protocolId: string, version: number): Promise<ProtocolVersionRecord | undefined>;
  findLatest(protocolId: string): Promise<ProtocolVersionRecord | undefined>;
}

export interface DosePlanCosign {
  readonly at: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly reason: string;
}

export interface DosePlanRecord {
  readonly id: string;
  readonly patientId: string;
  readonly protocolId: string;
  readonly protocolVersion: number;
  readonly resultStatus: DoseStatus;
  readonly inputs: unknown;
  readonly result: DoseResult;
  readonly softStopReason: string | null;
  readonly note: string | null;
  readonly supersedesPlanId: string | null;
  readonly createdAt: string;
  readonly createdByUserId: string;
  readonly createdByUsername: string;
  readonly createdByRole: string;
  readonly cosign: DosePlanCosign | null;
}

export interface DosePlanStore {
  insert(plan: Omit<DosePlanRecord, 'cosign'>): Promise<void>;
  findById(id: string): Promise<DosePlanRecord | undefined>;
  /** Oldest first. */
  listForPatient(patientId: string): Promise<DosePlanRecord[]>;
  /** False when the plan already has a co-sign. */
  insertCosign(planId: string, cosign: DosePlanCosign): Promise<boolean>;
}
export * from './monitors/monitor-ports.js';
import type { MonitorStore } from './monitors/monitor-ports.js';
import type { LedgerStore } from './ledger/ledger-ports.js';
import type { TreatmentSessionStore } from './sessions/session-ports.js';
import type { SessionFeedHub } from './sessions/feed-hub.js';

/** Everything a use case may touch, bound to one transaction. */
export interface Stores {
  readonly audit: AuditStore;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly patients: PatientStore;
  readonly clinic: ClinicStore;
  readonly courses: CourseStore;
  readonly appointments: AppointmentStore;
  readonly protocols: ProtocolStore;
  readonly dosePlans: DosePlanStore;
  readonly monitors: MonitorStore;
  readonly intakes: IntakeStore;
  readonly screenings: ScreeningStore;
  readonly consents: ConsentStore;
  readonly questionnaires: QuestionnaireStore;
  readonly tasks: TaskStore;
  readonly portalInvitations: PortalInvitationStore;
  readonly ledger: LedgerStore;
  readonly dashboard: DashboardStore;
  readonly carePlan: CarePlanStore;
  readonly checkIns: CheckInStore;
  readonly externalRecords: ExternalRecordStore;
  readonly letters: LetterStore;
  readonly exportJobs: ExportJobStore;
  readonly records: RecordLookupStore;
  readonly treatmentSessions: TreatmentSessionStore;
}

/** Runs work in one transaction: all of it commits, or none of it does. */
export interface Transactor {
  run<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Unguessable tokens (session cookies, CSRF tokens) and their one-way digests. */
export interface TokenSource {
  token(): string;
  digest(token: string): string;
}

export interface AuthSettings {
  readonly idleTimeoutMinutes: number;
  readonly absoluteTimeoutHours: number;
  readonly maxFailedSignIns: number;
  readonly lockoutMinutes: number;
}

export interface AppDeps {
  readonly tx: Transactor;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly hasher: PasswordHasher;
  readonly tokens: TokenSource;
  readonly auth: AuthSettings;
  /** Fans committed session-feed events out to the open SSE streams. */
  readonly sessionFeed: SessionFeedHub;
  /** Where work after a commit (session alerts from a monitor feed) reports a failure. */
  readonly onBackgroundError?: (error: unknown) => void;
}
