import {
  Appointment,
  AppointmentQuery,
  BookAppointmentsBody,
  type BookAppointmentsBody as BookBody,
  BookingCheckResponse,
  ClinicSettingsBody,
  ClinicSetup,
  Chair,
  CloseAppointmentBody,
  CompleteAppointmentBody,
  CreateChairBody,
  IdParams,
  MoveAppointmentBody,
  UpdateChairBody,
  type SlotBody,
} from '@chairside/contract';
import { clinicalRoles, minutesOfHhMm, staffRoles, type Role, type Weekday } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SlotRequest } from '../../app/scheduling/booking-checks.js';
import { bookAppointments, checkBooking, type BookInput } from '../../app/scheduling/book-appointments.js';
import {
  closeAppointment,
  completeAppointment,
  listAppointments,
  moveAppointment,
} from '../../app/scheduling/change-appointment.js';
import { createChair, getClinicSetup, saveClinicSettings, updateChair } from '../../app/scheduling/clinic-setup.js';
import type { HttpDeps } from '../deps.js';

const tags = ['scheduling'];
const staff = { access: staffRoles };
const admin = { access: ['admin'] as readonly Role[] };
/** Who may book at all; each appointment type narrows it further (appointmentTypeRules). */
export const bookers = { access: ['physician', 'nurse', 'front_desk'] as readonly Role[] };

const slotOf = (s: SlotBody): SlotRequest => ({
  patientId: s.patientId,
  type: s.type,
  chairId: s.chairId,
  courseId: s.courseId ?? null,
  startsAt: s.startsAt,
  lengthMin: s.lengthMin ?? null,
  therapistName: s.therapistName?.trim() ?? null,
  location: s.location ?? 'clinic',
});

const bookInputOf = (b: BookBody): BookInput => ({
  slots: b.slots.map(slotOf),
  overrideReason: b.overrideReason?.trim() ?? null,
  note: b.note?.trim() ?? null,
});

const hoursOf = (h: { weekday: Weekday; opensAt: string; closesAt: string }) => ({
  weekday: h.weekday,
  opensMin: minutesOfHhMm(h.opensAt) ?? 0,
  closesMin: minutesOfHhMm(h.closesAt) ?? 0,
});
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const schedulingRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/clinic/setup',
    {
      config: staff,
      schema: { tags, summary: 'Time zone, opening hours, closed dates and chairs', response: { 200: ClinicSetup } },
    },
    async () => {
      const { settings, chairs } = await getClinicSetup(deps.app);
      return {
        chairs,
        settings: settings && {
          ...settings,
          weeklyHours: settings.weeklyHours.map((h) => ({
            weekday: h.weekday,
            opensAt: hhmm(h.opensMin),
            closesAt: hhmm(h.closesMin),
          })),
          closedDates: [...settings.closedDates],
        },
      };
    },
  );

  app.put(
    '/api/clinic/settings',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Save time zone, weekly hours and closed dates (409 when stale)',
        body: ClinicSettingsBody,
      },
    },
    async (request) => {
      const saved = await saveClinicSettings(deps.app, request.ctx, {
        ...request.body,
        weeklyHours: request.body.weeklyHours.map(hoursOf),
      });
      return { version: saved.version };
    },
  );

  app.post(
    '/api/clinic/chairs',
    {
      config: admin,
      schema: { tags, summary: 'Add a chair or room', body: CreateChairBody, response: { 201: Chair } },
    },
    async (request, reply) => reply.status(201).send(await createChair(deps.app, request.ctx, request.body)),
  );

  app.put(
    '/api/clinic/chairs/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename a chair or take it out of use',
        params: IdParams,
        body: UpdateChairBody,
        response: { 200: Chair },
      },
    },
    async (request) => updateChair(deps.app, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/appointments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Appointments overlapping a window (the schedule)',
        querystring: AppointmentQuery,
        response: { 200: Type.Array(Appointment) },
      },
    },
    async (request) => listAppointments(deps.app, request.ctx, request.query),
  );

  app.post(
    '/api/appointments',
    {
      config: bookers,
      schema: {
        tags,
        summary: 'Book one or more appointments: all or nothing; a taken chair or patient time is 409',
        body: BookAppointmentsBody,
        response: { 201: Type.Array(Appointment) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookAppointments(deps.app, request.ctx, bookInputOf(request.body))),
  );

  app.post(
    '/api/appointments/check',
    {
      config: bookers,
      schema: {
        tags,
        summary: 'Run every booking check without booking (also for check-in)',
        body: BookAppointmentsBody,
        response: { 200: BookingCheckResponse },
      },
    },
    async (request) => ({ problems: await checkBooking(deps.app, request.ctx, bookInputOf(request.body)) }),
  );

  app.post(
    '/api/appointments/:id/move',
    {
      config: bookers,
      schema: {
        tags,
        summary: 'Move to a new time or chair (same checks as booking)',
        params: IdParams,
        body: MoveAppointmentBody,
        response: { 200: Appointment },
      },
    },
    async (request) =>
      moveAppointment(deps.app, request.ctx, request.params.id, {
        ...request.body,
        overrideReason: request.body.overrideReason?.trim() ?? null,
      }),
  );

  app.post(
    '/api/appointments/:id/close',
    {
      config: bookers,
      schema: {
        tags,
        summary: 'Cancel or mark no-show, with a reason (never deleted)',
        params: IdParams,
        body: CloseAppointmentBody,
        response: { 200: Appointment },
      },
    },
    async (request) => closeAppointment(deps.app, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/appointments/:id/complete',
    {
      config: { access: clinicalRoles },
      schema: {
        tags,
        summary: 'Mark a booked appointment attended, once it has started',
        params: IdParams,
        body: CompleteAppointmentBody,
        response: { 200: Appointment },
      },
    },
    async (request) => completeAppointment(deps.app, request.ctx, request.params.id, request.body),
  );
};
