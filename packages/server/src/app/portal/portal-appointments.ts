import {
  appointmentTypeRules,
  buildDischargeInstructions,
  buildPreSessionInstructions,
  type DischargeInstructions,
  type PreSessionInstructions,
  type Protocol,
} from '@chairside/domain';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import type { AppointmentRecord } from '../scheduling/scheduling-ports.js';
import { portalPatientId } from './portal-patient.js';

export interface PortalAppointment {
  readonly id: string;
  readonly type: AppointmentRecord['type'];
  readonly typeLabel: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: AppointmentRecord['location'];
  readonly therapistName: string | null;
  /** For dosing sessions: fasting, escort and medication holds; null for other visits. */
  readonly instructions: PreSessionInstructions | null;
}

export interface PortalVisits {
  /** The clinic's time zone, so times read as the clinic's wall clock; null before set-up. */
  readonly timeZone: string | null;
  readonly upcoming: readonly PortalAppointment[];
  /** The discharge sheet of the most recent session that took place; null before the first. */
  readonly lastSession: { readonly at: string; readonly instructions: DischargeInstructions } | null;
}

async function protocolOf(s: Stores, courseId: string | null): Promise<Protocol | null> {
  const course = courseId === null ? undefined : await s.courses.findById(courseId);
  if (!course) {
    return null;
  }
  return (await s.protocols.findVersion(course.protocolId, course.protocolVersion))?.protocol ?? null;
}

/** Names of the medicines the newest physician-signed screening for the protocol says to hold. */
async function medicationHolds(s: Stores, patientId: string, protocolId: string): Promise<string[]> {
  const signed = (await s.screenings.list(patientId))
    .filter((x) => x.protocolId === protocolId && x.signature !== null)
    .sort((a, b) => (b.signature?.signedAt ?? '').localeCompare(a.signature?.signedAt ?? ''));
  return (signed[0]?.result.medications ?? []).filter((m) => m.action === 'hold').map((m) => m.name);
}

/**
 * The signed-in patient's upcoming appointments with what to do before each, and the
 * discharge instructions of their last session. Only their own (the patient comes from the
 * session); the read is audited.
 */
export async function listMyVisits(
  deps: AppDeps,
  ctx: RequestContext,
  clinic: { readonly name: string; readonly phone: string | null },
): Promise<PortalVisits> {
  return deps.tx.run(async (s) => {
    const { patientId } = await portalPatientId(s, ctx);
    const nowMs = deps.clock.now().getTime();
    const all = await s.appointments.listForPatient(patientId);
    const upcoming: PortalAppointment[] = [];
    for (const a of all.filter((x) => x.status === 'booked' && Date.parse(x.endsAt) > nowMs)) {
      const protocol = a.type === 'dosing_session' ? await protocolOf(s, a.courseId) : null;
      upcoming.push({
        id: a.id,
        type: a.type,
        typeLabel: appointmentTypeRules[a.type].label,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        location: a.location,
        therapistName: a.therapistName,
        instructions: protocol
          ? buildPreSessionInstructions({
              route: protocol.route,
              fasting: protocol.fasting,
              medicationHolds: await medicationHolds(s, patientId, protocol.id),
            })
          : null,
      });
    }
    const last = all.filter((x) => x.type === 'dosing_session' && x.status === 'completed').at(-1);
    const lastProtocol = last ? await protocolOf(s, last.courseId) : null;
    const lastSession =
      last && lastProtocol && clinic.phone !== null
        ? {
            at: last.startsAt,
            instructions: buildDischargeInstructions({
              route: lastProtocol.route,
              clinicName: clinic.name,
              clinicPhone: clinic.phone,
            }),
          }
        : null;
    await s.audit.append(ctx, {
      action: 'portal.read-appointments',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    const timeZone = (await s.clinic.getSettings())?.timeZone ?? null;
    return { timeZone, upcoming, lastSession };
  });
}
