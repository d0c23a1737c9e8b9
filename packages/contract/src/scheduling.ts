import { Type } from 'typebox';
import { IsoDate, IsoDateTime, RequiredText, Strict, Text, Uuid, VersionedBody } from './common.js';

const HhMm = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5, examples: ['08:00'] });
export const WeekdayCode = Type.Union([
  Type.Literal('mon'),
  Type.Literal('tue'),
  Type.Literal('wed'),
  Type.Literal('thu'),
  Type.Literal('fri'),
  Type.Literal('sat'),
  Type.Literal('sun'),
]);
export const AppointmentTypeCode = Type.Union([
  Type.Literal('dosing_session'),
  Type.Literal('consultation'),
  Type.Literal('follow_up'),
  Type.Literal('integration'),
]);
export const AppointmentStatusCode = Type.Union([
  Type.Literal('booked'),
  Type.Literal('cancelled'),
  Type.Literal('no_show'),
  Type.Literal('completed'),
]);
export const ProtocolIdCode = Type.Union([
  Type.Literal('iv-depression'),
  Type.Literal('iv-pain'),
  Type.Literal('im-depression'),
  Type.Literal('in-esketamine-trd'),
]);
const Reason = RequiredText(500, 'Why (kept with the record)');

export const DayHoursBody = Strict({ weekday: WeekdayCode, opensAt: HhMm, closesAt: HhMm });
export const ClosedDateBody = Strict({ date: IsoDate, reason: RequiredText(200) });
export const ClinicSettingsBody = Strict({
  timeZone: RequiredText(64, 'IANA time zone, e.g. America/Chicago'),
  weeklyHours: Type.Array(DayHoursBody, { maxItems: 7 }),
  closedDates: Type.Array(ClosedDateBody, { maxItems: 400 }),
  version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'null the first time' }),
});
export type ClinicSettingsBody = Type.Static<typeof ClinicSettingsBody>;
export const Chair = Strict({ id: Uuid, name: Text(100), active: Type.Boolean(), version: Type.Integer() });
export type Chair = Type.Static<typeof Chair>;
export const ClinicSetup = Strict({
  settings: Type.Union([
    Strict({
      timeZone: Text(64),
      weeklyHours: Type.Array(DayHoursBody),
      closedDates: Type.Array(ClosedDateBody),
      version: Type.Integer(),
      updatedAt: IsoDateTime,
    }),
    Type.Null(),
  ]),
  chairs: Type.Array(Chair),
});
export type ClinicSetup = Type.Static<typeof ClinicSetup>;
export const CreateChairBody = Strict({ name: RequiredText(100) });
export const UpdateChairBody = Strict({ name: RequiredText(100), active: Type.Boolean(), ...VersionedBody });

export const SlotBody = Strict({
  patientId: Uuid,
  type: AppointmentTypeCode,
  chairId: Type.Union([Uuid, Type.Null()]),
  courseId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  startsAt: IsoDateTime,
  lengthMin: Type.Optional(Type.Integer({ minimum: 5, maximum: 480, description: 'Ignored for dosing sessions' })),
  therapistName: Type.Optional(Text(200)),
  location: Type.Optional(Type.Union([Type.Literal('clinic'), Type.Literal('external')])),
});
export type SlotBody = Type.Static<typeof SlotBody>;
export const BookAppointmentsBody = Strict({
  slots: Type.Array(SlotBody, { minItems: 1, maxItems: 52, description: 'All are booked, or none' }),
  overrideReason: Type.Optional(
    Text(500, { minLength: 1, description: "Physician's reason to go past a spacing soft-stop" }),
  ),
  note: Type.Optional(Text(1000)),
});
export type BookAppointmentsBody = Type.Static<typeof BookAppointmentsBody>;

export const BookingProblem = Strict({
  slot: Type.Integer(),
  kind: Type.Union([Type.Literal('overlap'), Type.Literal('hours'), Type.Literal('input'), Type.Literal('rule')]),
  field: Text(100),
  message: Text(1000),
  rule: Type.Union([Text(100), Type.Null()]),
  severity: Type.Union([Text(20), Type.Null()]),
});
export type BookingProblem = Type.Static<typeof BookingProblem>;
export const BookingCheckResponse = Strict({ problems: Type.Array(BookingProblem) });

export const Appointment = Type.Object({
  id: Uuid,
  patientId: Uuid,
  patientName: Type.Optional(Text(300)),
  patientMrn: Type.Optional(Text(40)),
  chairId: Type.Union([Uuid, Type.Null()]),
  chairName: Type.Optional(Type.Union([Text(100), Type.Null()])),
  courseId: Type.Union([Uuid, Type.Null()]),
  type: AppointmentTypeCode,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  lengthMin: Type.Integer(),
  status: AppointmentStatusCode,
  statusReason: Type.Union([Text(500), Type.Null()]),
  therapistName: Type.Union([Text(200), Type.Null()]),
  location: Type.Union([Type.Literal('clinic'), Type.Literal('external')]),
  note: Type.Union([Text(1000), Type.Null()]),
  bookedByUsername: Text(100),
  bookedAt: IsoDateTime,
  override: Type.Union([Type.Unknown(), Type.Null()]),
  version: Type.Integer(),
});
export type Appointment = Type.Static<typeof Appointment>;
export const AppointmentQuery = Strict({
  from: IsoDateTime,
  to: IsoDateTime,
  chairId: Type.Optional(Uuid),
  patientId: Type.Optional(Uuid),
});
export const MoveAppointmentBody = Strict({
  startsAt: IsoDateTime,
  chairId: Type.Union([Uuid, Type.Null()]),
  overrideReason: Type.Optional(Text(500, { minLength: 1 })),
  ...VersionedBody,
});
export type MoveAppointmentBody = Type.Static<typeof MoveAppointmentBody>;
export const CloseAppointmentBody = Strict({
  status: Type.Union([Type.Literal('cancelled'), Type.Literal('no_show')]),
  reason: Reason,
  ...VersionedBody,
});
export type CloseAppointmentBody = Type.Static<typeof CloseAppointmentBody>;

export const CompleteAppointmentBody = Strict({
  note: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]),
  ...VersionedBody,
});
export type CompleteAppointmentBody = Type.Static<typeof CompleteAppointmentBody>;

export const StartCourseBody = Strict({
  protocolId: ProtocolIdCode,
  phase: Type.Union([Type.Literal('induction'), Type.Literal('maintenance')]),
  targetSessions: Type.Integer({ minimum: 1, maximum: 52 }),
  sessionsPerWeek: Type.Union([Type.Integer({ minimum: 1, maximum: 7 }), Type.Null()]),
});
export type StartCourseBody = Type.Static<typeof StartCourseBody>;
export const Course = Type.Object({
  id: Uuid,
  patientId: Uuid,
  protocolId: ProtocolIdCode,
  protocolVersion: Type.Integer(),
  phase: Type.Union([Type.Literal('induction'), Type.Literal('maintenance')]),
  targetSessions: Type.Integer(),
  sessionsPerWeek: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('completed'), Type.Literal('stopped')]),
  statusReason: Type.Union([Text(500), Type.Null()]),
  startedAt: IsoDateTime,
  version: Type.Integer(),
});
export type Course = Type.Static<typeof Course>;
export const CourseEvent = Type.Object({
  id: Uuid,
  at: IsoDateTime,
  kind: Text(20),
  byUsername: Text(100),
  additionalSessions: Type.Union([Type.Integer(), Type.Null()]),
  reason: Type.Union([Text(500), Type.Null()]),
});
export const CourseDetail = Type.Object({
  course: Course,
  events: Type.Array(CourseEvent),
  sessions: Type.Array(Appointment),
  capacity: Type.Integer(),
  booked: Type.Integer(),
  slotPlan: Type.Object({ lengthMin: Type.Integer(), explanation: Text(300) }),
});
export type CourseDetail = Type.Static<typeof CourseDetail>;
export const ExtendCourseBody = Strict({
  additionalSessions: Type.Integer({ minimum: 1, maximum: 12 }),
  reason: Reason,
});
export const EndCourseBody = Strict({
  status: Type.Union([Type.Literal('completed'), Type.Literal('stopped')]),
  reason: Reason,
  ...VersionedBody,
});
export const ProposeCalendarBody = Strict({
  firstDate: IsoDate,
  allowedWeekdays: Type.Array(WeekdayCode, { minItems: 1, maxItems: 7 }),
  startTime: HhMm,
  chairId: Type.Union([Uuid, Type.Null()]),
});
export type ProposeCalendarBody = Type.Static<typeof ProposeCalendarBody>;
export const ProposedCalendar = Strict({
  slots: Type.Array(Strict({ startsAt: IsoDateTime, chairId: Type.Union([Uuid, Type.Null()]) })),
  notes: Type.Array(Text(500)),
  lengthMin: Type.Integer(),
});
export type ProposedCalendar = Type.Static<typeof ProposedCalendar>;
export const PatientIdParams = Strict({ patientId: Uuid });
