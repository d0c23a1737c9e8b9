/**
 * The shapes the session use cases take and return. They mirror the HTTP contract
 * (packages/contract/src/sessions.ts); the routes pass contract-typed values in and out, so the
 * compiler checks that both stay the same.
 */
import type {
  DosingSubState,
  MonitoringPhase,
  SessionSeverity,
  SessionState,
  TreatmentProtocolId,
  TreatmentRoute,
} from '@chairside/domain';

export interface CreateSessionBody {
  appointmentId?: string;
  patientId?: string;
  courseId?: string;
  chairName?: string;
  dosePlanId?: string;
}

export type TransitionEventCode =
  'check-in' | 'begin-pre-checks' | 'start-dosing' | 'pause' | 'resume' | 'end-dosing' | 'abort';
export interface TransitionBody {
  event: TransitionEventCode;
  reason?: string;
  initialRateMlPerHour?: number;
}

export interface PreChecksBody {
  identityConfirmed?: boolean;
  lastSolidsAt?: string;
  lastLiquidsAt?: string;
  escortName?: string;
  escortPhone?: string;
  medicationHolds?: { medication: string; confirmed: boolean }[];
  pregnancyTest?: { required: boolean; result: 'negative' | 'positive' | null };
  remsPatientEnrolled?: boolean;
  baselineSoftStopAcknowledged?: true;
}

export interface RecordVitalsBody {
  takenAt: string;
  systolicMmHg: number;
  diastolicMmHg: number;
  heartRateBpm: number;
  spo2Pct: number;
  respiratoryRatePerMin: number;
  etco2MmHg?: number;
  correctsReadingId?: string;
  correctionReason?: string;
}

export interface Cadss6Body {
  item1: number;
  item2: number;
  item6: number;
  item7: number;
  item15: number;
  item22: number;
}
export interface RecordSedationCheckBody {
  takenAt: string;
  moaasScore: number;
  cadss6?: Cadss6Body;
}

export interface RecordTitrationBody {
  kind: 'rate' | 'pause' | 'resume' | 'stop' | 'bolus';
  at: string;
  rateMlPerHour?: number;
  volumeMl?: number;
  reason?: string;
}

export interface RecordObservationBody {
  at: string;
  note: string;
}

export interface RecordAdverseEventBody {
  at: string;
  kind: 'nausea' | 'vomiting' | 'anxiety-emergence' | 'hypertension' | 'other';
  severity: 'mild' | 'moderate' | 'severe';
  description?: string;
}

export type MedicationRouteCode = 'iv' | 'im' | 'po' | 'sl' | 'intranasal' | 'inhaled' | 'sc';
export interface RecordMedicationBody {
  formularyItemId: string;
  at: string;
  dose: number;
  route: MedicationRouteCode;
  reason?: string;
}

export interface RecordDeviceBody {
  at: string;
  lotNumber: string;
}

export interface RecordRecoveryCheckBody {
  takenAt: string;
  activity: number;
  respiration: number;
  consciousness: number;
  onSupplementalOxygen: boolean;
  readingId?: string;
  note?: string;
}

export interface ResolveAlertBody {
  action: string;
  note: string;
}

export interface DischargeBody {
  noDrivingAcknowledged: boolean;
  overrideReason?: string;
  note?: string;
}

export interface DischargeReadinessView {
  ready: boolean;
  criteria: { criterion: string; summary: string; met: boolean; message: string | null }[];
  earliestAt: string | null;
  blockedByHardStop: boolean;
}

export type DoseUnit = 'mg' | 'mcg' | 'mL' | 'L/min' | 'units';
export interface FormularyItem {
  id: string;
  drug: string;
  doseUnit: DoseUnit;
  defaultDose: number | null;
  maxDose: number | null;
  routes: MedicationRouteCode[];
  indication: string;
  source: string;
  active: boolean;
  version: number;
}
export interface FormularyItemBody {
  drug: string;
  doseUnit: DoseUnit;
  defaultDose?: number;
  maxDose?: number;
  routes: MedicationRouteCode[];
  indication: string;
  source?: string;
}
export interface UpdateFormularyItemBody extends FormularyItemBody {
  active: boolean;
  version: number;
}

export type JournalKind =
  | 'transition'
  | 'pre-check'
  | 'titration'
  | 'sedation-check'
  | 'observation'
  | 'adverse-event'
  | 'medication'
  | 'esketamine-device'
  | 'recovery-check'
  | 'discharge';

export interface JournalEntry {
  id: string;
  sessionId: string;
  kind: JournalKind;
  at: string;
  recordedAt: string;
  by: string;
  summary: string;
  data: Record<string, unknown>;
}

export type VitalBand = 'normal' | 'warning' | 'soft-stop' | 'hard-stop';
export interface VitalReadingView {
  id: string;
  sessionId: string;
  source: 'manual' | 'device';
  takenAt: string;
  systolicMmHg: number | null;
  diastolicMmHg: number | null;
  heartRateBpm: number | null;
  spo2Pct: number | null;
  respiratoryRatePerMin: number | null;
  etco2MmHg: number | null;
  correctsReadingId: string | null;
  correctedByReadingId: string | null;
  recordedBy: string | null;
  band: VitalBand;
}

export interface AlertView {
  id: string;
  sessionId: string;
  kind: 'reading' | 'cadence' | 'silent-monitor';
  rule: string;
  severity: SessionSeverity;
  phase: string;
  message: string;
  action: string;
  actionLabel: string;
  values: Record<string, number>;
  observedAt: string;
  raisedAt: string;
  readingId: string | null;
  resolution: { action: string; note: string; by: string; at: string; secondsToResolve: number } | null;
}

export interface SessionSummary {
  id: string;
  patientId: string;
  patientName: string;
  patientMrn: string;
  appointmentId: string | null;
  courseId: string | null;
  protocolId: TreatmentProtocolId;
  protocolVersion: number;
  protocolName: string;
  dosePlanId: string | null;
  chairName: string | null;
  route: TreatmentRoute;
  state: SessionState;
  dosingSubState: DosingSubState | null;
  createdAt: string;
  checkedInAt: string | null;
  dosingStartedAt: string | null;
  dosingEndedAt: string | null;
  endedAt: string | null;
  abortReason: string | null;
}

export interface DoseDelivered {
  deliveredMg: number | null;
  plannedMg: number | null;
  currentRateMlPerHour: number | null;
  currentRateMgPerHour: number | null;
  concentrationMgPerMl: number | null;
  asOf: string;
}

export interface BoardEntry {
  session: SessionSummary;
  elapsedMin: number | null;
  dose: DoseDelivered;
  lastVitals: VitalReadingView | null;
  activeAlerts: AlertView[];
  nextCheckDueAt: string | null;
  monitorBound: boolean;
}
export interface PatientSessionsResponse {
  items: { session: SessionSummary; dose: DoseDelivered }[];
}
export interface BoardResponse {
  items: BoardEntry[];
  seq: string;
  now: string;
}

export interface ThresholdLine {
  measure: 'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm' | 'respiratoryRatePerMin' | 'spo2Pct';
  comparator: 'gt' | 'gte' | 'lt' | 'lte';
  value: number;
  severity: SessionSeverity;
  phase: MonitoringPhase;
  rule: string;
}

export interface PreChecksView {
  identityConfirmed: boolean;
  lastSolidsAt: string | null;
  lastLiquidsAt: string | null;
  escortName: string | null;
  escortPhone: string | null;
  medicationHolds: { medication: string; confirmed: boolean }[];
  requiredHolds: string[];
  pregnancyTest: { required: boolean; result: 'negative' | 'positive' | null };
  remsPatientEnrolled: boolean | null;
  baselineReadingId: string | null;
  baselineSoftStopAcknowledgedBy: string | null;
  npoRule: { solidsFastingMin: number; liquidsFastingMin: number; liquidsCovered: string };
}

export interface StartReadinessView {
  ready: boolean;
  unmet: { id: string; rule: string; message: string; values: Record<string, unknown> }[];
}

export interface SessionDetail {
  session: SessionSummary;
  dose: DoseDelivered;
  preChecks: PreChecksView;
  manualReadings: VitalReadingView[];
  deviceReadings: VitalReadingView[];
  journal: JournalEntry[];
  alerts: AlertView[];
  thresholds: ThresholdLine[];
  nextCheckDueAt: string | null;
  monitorDeviceId: string | null;
  seq: string;
}

export type FeedEventType = 'session' | 'journal' | 'reading' | 'alert' | 'alert-resolved';
export interface FeedEvent {
  seq: string;
  sessionId: string;
  type: FeedEventType;
  at: string;
  session?: SessionSummary;
  entry?: JournalEntry;
  reading?: VitalReadingView;
  alert?: AlertView;
}
