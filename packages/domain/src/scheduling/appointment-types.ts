/**
 * Appointment types, their default lengths and who may book them. Data, not code paths:
 * a clinic changes a length or a role list here, with a reason in the commit.
 */
import type { Role } from '../roles.js';

export const AppointmentType = {
  DosingSession: 'dosing_session',
  Consultation: 'consultation',
  FollowUp: 'follow_up',
  Integration: 'integration',
} as const;
export type AppointmentType = (typeof AppointmentType)[keyof typeof AppointmentType];
export const allAppointmentTypes: readonly AppointmentType[] = Object.values(AppointmentType);

export const AppointmentStatus = {
  Booked: 'booked',
  Cancelled: 'cancelled',
  NoShow: 'no_show',
  Completed: 'completed',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];

export interface AppointmentTypeRule {
  readonly label: string;
  /** Default length; a dosing session's length comes from its protocol instead (`dosingSlotPlanFor`). */
  readonly defaultLengthMin: number | undefined;
  /** Roles allowed to book, move, cancel or mark no-show. */
  readonly bookableBy: readonly Role[];
  /** Misuse guard [P]: dosing sessions only on an active course, within its capacity. */
  readonly needsCourse: boolean;
  readonly needsChair: boolean;
  /** Integration sessions name the patient's therapist from the care team, for continuity. */
  readonly needsTherapist: boolean;
}

export const appointmentTypeRules: Readonly<Record<AppointmentType, AppointmentTypeRule>> = {
  dosing_session: {
    label: 'Dosing session',
    defaultLengthMin: undefined,
    bookableBy: ['front_desk', 'nurse', 'physician'],
    needsCourse: true,
    needsChair: true,
    needsTherapist: false,
  },
  consultation: {
    label: 'Consultation and evaluation',
    defaultLengthMin: 60,
    bookableBy: ['front_desk', 'physician'],
    needsCourse: false,
    needsChair: false,
    needsTherapist: false,
  },
  follow_up: {
    label: 'Follow-up visit',
    defaultLengthMin: 30,
    bookableBy: ['front_desk', 'physician', 'nurse'],
    needsCourse: false,
    needsChair: false,
    needsTherapist: false,
  },
  integration: {
    label: 'Integration / psychotherapy',
    defaultLengthMin: 60,
    bookableBy: ['front_desk', 'physician', 'nurse'],
    needsCourse: false,
    needsChair: false,
    needsTherapist: true,
  },
};

export function isAppointmentType(value: string): value is AppointmentType {
  return (allAppointmentTypes as readonly string[]).includes(value);
}
