/**
 * Treatment sessions: the chairside board, one session's record, live pushes.
 *
 * Endpoints (all: physician and nurse, unless noted; every read of patient data is audited):
 *   GET  /api/sessions/board                         BoardResponse — one entry per active session
 *   GET  /api/patients/:id/sessions                  PatientSessionsResponse — the patient's sessions, newest first
 *   GET  /api/sessions/board/events                  SSE, every session's feed (see below)
 *   POST /api/sessions                               CreateSessionBody → SessionDetail (201)
 *   GET  /api/sessions/:id                           SessionDetail
 *   GET  /api/sessions/:id/events                    SSE, this session's feed
 *   POST /api/sessions/:id/transitions               TransitionBody → SessionDetail (409 if illegal;
 *                                                    start-dosing refused with 422, every unmet item in `findings`)
 *   GET  /api/sessions/:id/start-readiness           StartReadinessView
 *   POST /api/sessions/:id/pre-checks                PreChecksBody → SessionDetail (partial; latest value of an item wins)
 *   POST /api/sessions/:id/vitals                    RecordVitalsBody → SessionDetail (correctsReadingId: an amendment)
 *   POST /api/sessions/:id/sedation-checks           RecordSedationCheckBody → SessionDetail
 *   POST /api/sessions/:id/titrations                RecordTitrationBody → SessionDetail (pause/resume/stop move the state)
 *   POST /api/sessions/:id/observations              RecordObservationBody → SessionDetail
 *   POST /api/sessions/:id/adverse-events            RecordAdverseEventBody → SessionDetail
 *   POST /api/sessions/:id/medications               RecordMedicationBody → SessionDetail (from the formulary)
 *   POST /api/sessions/:id/esketamine-devices        RecordDeviceBody → SessionDetail
 *   POST /api/sessions/:id/recovery-checks           RecordRecoveryCheckBody → SessionDetail (modified Aldrete)
 *   POST /api/sessions/:id/alerts/:alertId/resolution ResolveAlertBody → SessionDetail (409 if already resolved)
 *   GET  /api/sessions/:id/discharge-readiness       DischargeReadinessView
 *   POST /api/sessions/:id/discharge                 DischargeBody → SessionDetail (override: physician only;
 *                                                    never over an unresolved hard-stop)
 *   GET  /api/sessions/:id/discharge-instructions.pdf application/pdf
 *   GET  /api/sessions/:id/rems-form                 RemsFormView (esketamine sessions; what the record holds,
 *                                                    fields it does not hold come back as value null)
 *   GET  /api/session-formulary                      FormularyResponse (physician, nurse, admin)
 *   POST /api/session-formulary                      FormularyItemBody → FormularyItem (physician, admin)
 *   PUT  /api/session-formulary/:id                  UpdateFormularyItemBody → FormularyItem (physician, admin)
 *
 * Server-sent events (`text/event-stream`): `id:` is the global feed sequence number; send it
 * back as the `Last-Event-ID` header (the browser's EventSource does this) or `?lastEventId=`
 * and every event after it is replayed from the database before live ones. A `: heartbeat`
 * comment line is sent every 15 s. Each `data:` is a FeedEvent JSON object whose `type` is the
 * event name:
 *   session        { session: SessionSummary }         created, or its state changed
 *   journal        { entry: JournalEntry }             anything recorded in the session journal
 *   reading        { reading: VitalReadingView }       manual or device vitals for the session
 *   alert          { alert: AlertView }                a new alert (severity soft-stop/hard-stop → sound)
 *   alert-resolved { alert: AlertView }                the alert with its resolution
 * The board stream carries every session's events; a session stream only that session's.
 */
import { Type, type TSchema } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Text, Uuid } from './common.js';
import { ProtocolIdCode } from './scheduling.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const SessionStateCode = Type.Union([
  Type.Literal('scheduled'),
  Type.Literal('checked-in'),
  Type.Literal('pre-checks'),
  Type.Literal('dosing'),
  Type.Literal('recovery'),
  Type.Literal('discharged'),
  Type.Literal('aborted'),
]);
export type SessionStateCode = Type.Static<typeof SessionStateCode>;
export const DosingSubStateCode = Type.Union([Type.Literal('infusing'), Type.Literal('paused')]);
export const TreatmentRouteCode = Type.Union([Type.Literal('iv'), Type.Literal('im'), Type.Literal('intranasal')]);
export const SeverityCode = Type.Union([
  Type.Literal('info'),
  Type.Literal('warning'),
  Type.Literal('soft-stop'),
  Type.Literal('hard-stop'),
]);
export type SeverityCode = Type.Static<typeof SeverityCode>;
export const VitalBand = Type.Union([
  Type.Literal('normal'),
  Type.Literal('warning'),
  Type.Literal('soft-stop'),
  Type.Literal('hard-stop'),
]);

export const SessionIdParams = Strict({ id: Uuid });
export const AlertIdParams = Strict({ id: Uuid, alertId: Uuid });
export const StreamQuery = Strict({
  lastEventId: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$', maxLength: 18 })),
});

// ---------- create and transitions ----------

/** From a booked dosing appointment, or for a patient on a course (then chairName is needed). */
export const CreateSessionBody = Strict({
  appointmentId: Type.Optional(Uuid),
  patientId: Type.Optional(Uuid),
  courseId: Type.Optional(Uuid),
  chairName: Type.Optional(RequiredText(100)),
  /** Omit for the patient's latest approved plan for the protocol. */
  dosePlanId: Type.Optional(Uuid),
});
export type CreateSessionBody = Type.Static<typeof CreateSessionBody>;

export const TransitionEventCode = Type.Union([
  Type.Literal('check-in'),
  Type.Literal('begin-pre-checks'),
  Type.Literal('start-dosing'),
  Type.Literal('pause'),
  Type.Literal('resume'),
  Type.Literal('end-dosing'),
  Type.Literal('abort'),
]);
export type TransitionEventCode = Type.Static<typeof TransitionEventCode>;
export const TransitionBody = Strict({
  event: TransitionEventCode,
  /** Required for pause and abort. */
  reason: Type.Optional(RequiredText(2000)),
  /** IV start-dosing: the pump's first rate (required for IV). */
  initialRateMlPerHour: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000 })),
});
export type TransitionBody = Type.Static<typeof TransitionBody>;

// ---------- pre-checks and readiness ----------

export const PreChecksBody = Strict({
  identityConfirmed: Type.Optional(Type.Boolean()),
  lastSolidsAt: Type.Optional(IsoDateTime),
  lastLiquidsAt: Type.Optional(IsoDateTime),
  escortName: Type.Optional(RequiredText(200)),
  escortPhone: Type.Optional(Type.String({ minLength: 3, maxLength: 40, pattern: '^[0-9 +().\\-x]*$' })),
  /** Each hold the screening asked for, confirmed (true) or not. */
  medicationHolds: Type.Optional(
    Type.Array(Strict({ medication: RequiredText(200), confirmed: Type.Boolean() }), { maxItems: 50 }),
  ),
  pregnancyTest: Type.Optional(
    Strict({
      required: Type.Boolean(),
      result: Nullable(Type.Union([Type.Literal('negative'), Type.Literal('positive')])),
    }),
  ),
  remsPatientEnrolled: Type.Optional(Type.Boolean()),
  /** A physician acknowledges a pre-start soft-stop on the baseline vitals (physician only). */
  baselineSoftStopAcknowledged: Type.Optional(Type.Literal(true)),
});
export type PreChecksBody = Type.Static<typeof PreChecksBody>;

export const PreChecksView = Strict({
  identityConfirmed: Type.Boolean(),
  lastSolidsAt: Nullable(IsoDateTime),
  lastLiquidsAt: Nullable(IsoDateTime),
  escortName: Nullable(Text(200)),
  escortPhone: Nullable(Text(40)),
  medicationHolds: Type.Array(Strict({ medication: Text(200), confirmed: Type.Boolean() })),
  /** The holds the screening asks for (what the nurse must confirm). */
  requiredHolds: Type.Array(Text(200)),
  pregnancyTest: Strict({
    required: Type.Boolean(),
    result: Nullable(Type.Union([Type.Literal('negative'), Type.Literal('positive')])),
  }),
  remsPatientEnrolled: Nullable(Type.Boolean()),
  baselineReadingId: Nullable(Uuid),
  baselineSoftStopAcknowledgedBy: Nullable(Text(100)),
  /** The NPO rule of the protocol, for the form's hint. */
  npoRule: Strict({ solidsFastingMin: Type.Integer(), liquidsFastingMin: Type.Integer(), liquidsCovered: Text(40) }),
});
export type PreChecksView = Type.Static<typeof PreChecksView>;

export const UnmetItem = Strict({
  id: Text(200),
  rule: Text(200),
  message: Text(2000),
  values: Type.Record(Type.String(), Type.Unknown()),
});
export type UnmetItem = Type.Static<typeof UnmetItem>;
export const StartReadinessView = Strict({ ready: Type.Boolean(), unmet: Type.Array(UnmetItem) });
export type StartReadinessView = Type.Static<typeof StartReadinessView>;

// ---------- readings, checks, events ----------

const mmHg = Type.Number({ minimum: 0, maximum: 400 });
export const RecordVitalsBody = Strict({
  takenAt: IsoDateTime,
  systolicMmHg: mmHg,
  diastolicMmHg: mmHg,
  heartRateBpm: Type.Number({ minimum: 0, maximum: 400 }),
  spo2Pct: Type.Number({ minimum: 0, maximum: 100 }),
  respiratoryRatePerMin: Type.Number({ minimum: 0, maximum: 200 }),
  etco2MmHg: Type.Optional(Type.Number({ minimum: 0, maximum: 200 })),
  /** Set to amend an earlier manual reading; the original stays in the record. */
  correctsReadingId: Type.Optional(Uuid),
  correctionReason: Type.Optional(RequiredText(500)),
});
export type RecordVitalsBody = Type.Static<typeof RecordVitalsBody>;

export const VitalReadingView = Strict({
  id: Uuid,
  sessionId: Uuid,
  source: Type.Union([Type.Literal('manual'), Type.Literal('device')]),
  takenAt: IsoDateTime,
  systolicMmHg: Nullable(Type.Number()),
  diastolicMmHg: Nullable(Type.Number()),
  heartRateBpm: Nullable(Type.Number()),
  spo2Pct: Nullable(Type.Number()),
  respiratoryRatePerMin: Nullable(Type.Number()),
  etco2MmHg: Nullable(Type.Number()),
  /** Manual only: the reading this one corrects, and the one that corrected this one. */
  correctsReadingId: Nullable(Uuid),
  correctedByReadingId: Nullable(Uuid),
  recordedBy: Nullable(Text(100)),
  band: VitalBand,
});
export type VitalReadingView = Type.Static<typeof VitalReadingView>;

const cadssItem = Type.Integer({ minimum: 0, maximum: 4 });
export const RecordSedationCheckBody = Strict({
  takenAt: IsoDateTime,
  moaasScore: Type.Integer({ minimum: 0, maximum: 5 }),
  cadss6: Type.Optional(
    Strict({
      item1: cadssItem,
      item2: cadssItem,
      item6: cadssItem,
      item7: cadssItem,
      item15: cadssItem,
      item22: cadssItem,
    }),
  ),
});
export type RecordSedationCheckBody = Type.Static<typeof RecordSedationCheckBody>;

export const TitrationKind = Type.Union([
  Type.Literal('rate'),
  Type.Literal('pause'),
  Type.Literal('resume'),
  Type.Literal('stop'),
  Type.Literal('bolus'),
]);
export const RecordTitrationBody = Strict({
  kind: TitrationKind,
  at: IsoDateTime,
  /** Required for `rate`. */
  rateMlPerHour: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000 })),
  /** Required for `bolus`. */
  volumeMl: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000 })),
  /** Required for rate, pause and stop. */
  reason: Type.Optional(RequiredText(2000)),
});
export type RecordTitrationBody = Type.Static<typeof RecordTitrationBody>;

export const RecordObservationBody = Strict({ at: IsoDateTime, note: RequiredText(4000) });
export type RecordObservationBody = Type.Static<typeof RecordObservationBody>;

export const AdverseEventKind = Type.Union([
  Type.Literal('nausea'),
  Type.Literal('vomiting'),
  Type.Literal('anxiety-emergence'),
  Type.Literal('hypertension'),
  Type.Literal('other'),
]);
export const RecordAdverseEventBody = Strict({
  at: IsoDateTime,
  kind: AdverseEventKind,
  severity: Type.Union([Type.Literal('mild'), Type.Literal('moderate'), Type.Literal('severe')]),
  /** Required for `other`. */
  description: Type.Optional(RequiredText(2000)),
});
export type RecordAdverseEventBody = Type.Static<typeof RecordAdverseEventBody>;

export const MedicationRouteCode = Type.Union([
  Type.Literal('iv'),
  Type.Literal('im'),
  Type.Literal('po'),
  Type.Literal('sl'),
  Type.Literal('intranasal'),
  Type.Literal('inhaled'),
  Type.Literal('sc'),
]);
export const RecordMedicationBody = Strict({
  formularyItemId: Uuid,
  at: IsoDateTime,
  dose: Type.Number({ exclusiveMinimum: 0, maximum: 100_000 }),
  route: MedicationRouteCode,
  reason: Type.Optional(Text(2000)),
});
export type RecordMedicationBody = Type.Static<typeof RecordMedicationBody>;

export const RecordDeviceBody = Strict({ at: IsoDateTime, lotNumber: RequiredText(60) });
export type RecordDeviceBody = Type.Static<typeof RecordDeviceBody>;

const aldreteItem = Type.Integer({ minimum: 0, maximum: 2 });
export const RecordRecoveryCheckBody = Strict({
  takenAt: IsoDateTime,
  activity: aldreteItem,
  respiration: aldreteItem,
  consciousness: aldreteItem,
  onSupplementalOxygen: Type.Boolean(),
  /** The vitals of the assessment; omit to use the session's latest reading. */
  readingId: Type.Optional(Uuid),
  note: Type.Optional(Text(2000)),
});
export type RecordRecoveryCheckBody = Type.Static<typeof RecordRecoveryCheckBody>;

// ---------- alerts ----------

export const ResolveAlertBody = Strict({
  action: Type.Union([
    Type.Literal('paused-infusion'),
    Type.Literal('slowed-infusion'),
    Type.Literal('stopped-infusion'),
    Type.Literal('rechecked'),
    Type.Literal('physician-reviewed'),
    Type.Literal('medication-given'),
    Type.Literal('oxygen-airway'),
    Type.Literal('artefact'),
    Type.Literal('escalated'),
    Type.Literal('other'),
  ]),
  note: RequiredText(2000),
});
export type ResolveAlertBody = Type.Static<typeof ResolveAlertBody>;

export const AlertView = Strict({
  id: Uuid,
  sessionId: Uuid,
  kind: Type.Union([Type.Literal('reading'), Type.Literal('cadence'), Type.Literal('silent-monitor')]),
  rule: Text(200),
  severity: SeverityCode,
  phase: Text(20),
  message: Text(2000),
  action: Text(100),
  actionLabel: Text(200),
  values: Type.Record(Type.String(), Type.Number()),
  observedAt: IsoDateTime,
  raisedAt: IsoDateTime,
  readingId: Nullable(Uuid),
  resolution: Nullable(
    Strict({
      action: Text(40),
      note: Text(2000),
      by: Text(100),
      at: IsoDateTime,
      /** Seconds from the alert being raised to its resolution. */
      secondsToResolve: Type.Number(),
    }),
  ),
});
export type AlertView = Type.Static<typeof AlertView>;

// ---------- journal ----------

export const JournalKind = Type.Union([
  Type.Literal('transition'),
  Type.Literal('pre-check'),
  Type.Literal('titration'),
  Type.Literal('sedation-check'),
  Type.Literal('observation'),
  Type.Literal('adverse-event'),
  Type.Literal('medication'),
  Type.Literal('esketamine-device'),
  Type.Literal('recovery-check'),
  Type.Literal('discharge'),
]);
export type JournalKind = Type.Static<typeof JournalKind>;
export const JournalEntry = Strict({
  id: Uuid,
  sessionId: Uuid,
  kind: JournalKind,
  /** When it happened (clinical time); recordedAt is when it was written. */
  at: IsoDateTime,
  recordedAt: IsoDateTime,
  by: Text(100),
  /** One-line description for the timeline. */
  summary: Text(2000),
  /** The entry's data as recorded (shape depends on kind). */
  data: Type.Record(Type.String(), Type.Unknown()),
});
export type JournalEntry = Type.Static<typeof JournalEntry>;

// ---------- views ----------

export const SessionSummary = Strict({
  id: Uuid,
  patientId: Uuid,
  patientName: Text(300),
  patientMrn: Text(40),
  appointmentId: Nullable(Uuid),
  courseId: Nullable(Uuid),
  protocolId: ProtocolIdCode,
  protocolVersion: Type.Integer(),
  protocolName: Text(200),
  dosePlanId: Nullable(Uuid),
  chairName: Nullable(Text(100)),
  route: TreatmentRouteCode,
  state: SessionStateCode,
  dosingSubState: Nullable(DosingSubStateCode),
  createdAt: IsoDateTime,
  checkedInAt: Nullable(IsoDateTime),
  dosingStartedAt: Nullable(IsoDateTime),
  dosingEndedAt: Nullable(IsoDateTime),
  endedAt: Nullable(IsoDateTime),
  abortReason: Nullable(Text(2000)),
});
export type SessionSummary = Type.Static<typeof SessionSummary>;

export const DoseDelivered = Strict({
  /** Rounded to 0.1 mg for display; null when the concentration is unknown. */
  deliveredMg: Nullable(Type.Number()),
  plannedMg: Nullable(Type.Number()),
  currentRateMlPerHour: Nullable(Type.Number()),
  currentRateMgPerHour: Nullable(Type.Number()),
  concentrationMgPerMl: Nullable(Type.Number()),
  asOf: IsoDateTime,
});
export type DoseDelivered = Type.Static<typeof DoseDelivered>;

export const BoardEntry = Strict({
  session: SessionSummary,
  elapsedMin: Nullable(Type.Integer()),
  dose: DoseDelivered,
  lastVitals: Nullable(VitalReadingView),
  activeAlerts: Type.Array(AlertView),
  nextCheckDueAt: Nullable(IsoDateTime),
  monitorBound: Type.Boolean(),
});
export type BoardEntry = Type.Static<typeof BoardEntry>;
export const BoardResponse = Strict({
  items: Type.Array(BoardEntry),
  /** The feed sequence the board reflects: open the board stream with lastEventId = this. */
  seq: Type.String({ maxLength: 20 }),
  now: IsoDateTime,
});
export type BoardResponse = Type.Static<typeof BoardResponse>;

export const PatientSessionEntry = Strict({ session: SessionSummary, dose: DoseDelivered });
export type PatientSessionEntry = Type.Static<typeof PatientSessionEntry>;
/** Every session of one patient, newest first. */
export const PatientSessionsResponse = Strict({ items: Type.Array(PatientSessionEntry) });
export type PatientSessionsResponse = Type.Static<typeof PatientSessionsResponse>;

export const ThresholdLine = Strict({
  measure: Type.Union([
    Type.Literal('systolicMmHg'),
    Type.Literal('diastolicMmHg'),
    Type.Literal('heartRateBpm'),
    Type.Literal('respiratoryRatePerMin'),
    Type.Literal('spo2Pct'),
  ]),
  comparator: Type.Union([Type.Literal('gt'), Type.Literal('gte'), Type.Literal('lt'), Type.Literal('lte')]),
  value: Type.Number(),
  severity: SeverityCode,
  phase: Text(20),
  rule: Text(200),
});
export type ThresholdLine = Type.Static<typeof ThresholdLine>;

export const SessionDetail = Strict({
  session: SessionSummary,
  dose: DoseDelivered,
  preChecks: PreChecksView,
  /** Manual and device readings are kept apart. */
  manualReadings: Type.Array(VitalReadingView),
  deviceReadings: Type.Array(VitalReadingView),
  journal: Type.Array(JournalEntry),
  alerts: Type.Array(AlertView),
  thresholds: Type.Array(ThresholdLine),
  nextCheckDueAt: Nullable(IsoDateTime),
  monitorDeviceId: Nullable(Text(200)),
  /** The feed sequence this detail reflects: open the session stream with lastEventId = this. */
  seq: Type.String({ maxLength: 20 }),
});
export type SessionDetail = Type.Static<typeof SessionDetail>;

// ---------- discharge ----------

export const DischargeCriterionView = Strict({
  criterion: Text(200),
  summary: Text(500),
  met: Type.Boolean(),
  message: Nullable(Text(2000)),
});
export const DischargeReadinessView = Strict({
  ready: Type.Boolean(),
  criteria: Type.Array(DischargeCriterionView),
  earliestAt: Nullable(IsoDateTime),
  /** An unresolved hard-stop alert: no override possible. */
  blockedByHardStop: Type.Boolean(),
});
export type DischargeReadinessView = Type.Static<typeof DischargeReadinessView>;

export const DischargeBody = Strict({
  /** The patient acknowledged: no driving until the next day. */
  noDrivingAcknowledged: Type.Boolean(),
  /** Physician only: discharge although criteria are unmet, with a documented reason. */
  overrideReason: Type.Optional(RequiredText(2000)),
  note: Type.Optional(Text(2000)),
});
export type DischargeBody = Type.Static<typeof DischargeBody>;

export const RemsFormField = Strict({
  key: Text(80),
  section: Text(80),
  label: Text(200),
  /** null: Chairside does not hold this item; the clinician fills it in on the REMS portal. */
  value: Nullable(Text(4000)),
});
export type RemsFormField = Type.Static<typeof RemsFormField>;

export const RemsFormView = Strict(
  { sessionId: Uuid, fields: Type.Array(RemsFormField, { maxItems: 100 }) },
  { description: 'SPRAVATO REMS patient monitoring form data from the session record' },
);
export type RemsFormView = Type.Static<typeof RemsFormView>;

// ---------- formulary ----------

export const FormularyItem = Strict({
  id: Uuid,
  drug: Text(200),
  doseUnit: Type.Union([
    Type.Literal('mg'),
    Type.Literal('mcg'),
    Type.Literal('mL'),
    Type.Literal('L/min'),
    Type.Literal('units'),
  ]),
  defaultDose: Nullable(Type.Number()),
  maxDose: Nullable(Type.Number()),
  routes: Type.Array(MedicationRouteCode),
  indication: Text(500),
  source: Text(500),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type FormularyItem = Type.Static<typeof FormularyItem>;
export const FormularyResponse = Strict({ items: Type.Array(FormularyItem) });
export type FormularyResponse = Type.Static<typeof FormularyResponse>;
export const FormularyItemBody = Strict({
  drug: RequiredText(200),
  doseUnit: Type.Union([
    Type.Literal('mg'),
    Type.Literal('mcg'),
    Type.Literal('mL'),
    Type.Literal('L/min'),
    Type.Literal('units'),
  ]),
  defaultDose: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100_000 })),
  maxDose: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100_000 })),
  routes: Type.Array(MedicationRouteCode, { minItems: 1, maxItems: 7 }),
  indication: RequiredText(500),
  source: Type.Optional(Text(500)),
});
export type FormularyItemBody = Type.Static<typeof FormularyItemBody>;
export const UpdateFormularyItemBody = Strict({
  ...FormularyItemBody.properties,
  active: Type.Boolean(),
  version: Type.Integer({ minimum: 1 }),
});
export type UpdateFormularyItemBody = Type.Static<typeof UpdateFormularyItemBody>;

// ---------- feed (SSE) ----------

export const FeedEventType = Type.Union([
  Type.Literal('session'),
  Type.Literal('journal'),
  Type.Literal('reading'),
  Type.Literal('alert'),
  Type.Literal('alert-resolved'),
]);
export type FeedEventType = Type.Static<typeof FeedEventType>;
export const FeedEvent = Strict({
  /** Global, increasing; the SSE `id:`. A string: it may pass 2^53. */
  seq: Type.String({ maxLength: 20 }),
  sessionId: Uuid,
  type: FeedEventType,
  at: IsoDateTime,
  session: Type.Optional(SessionSummary),
  entry: Type.Optional(JournalEntry),
  reading: Type.Optional(VitalReadingView),
  alert: Type.Optional(AlertView),
});
export type FeedEvent = Type.Static<typeof FeedEvent>;
