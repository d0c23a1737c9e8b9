import type { Appointment, AuditEvent, CarePlan, Consent } from '@medplum/fhirtypes';
import type { ConsentRecordRow } from '../app/intake-ports.js';
import type { AuditRecord } from '../app/ports.js';
import type { AppointmentRecord, CourseRecord } from '../app/scheduling/scheduling-ports.js';
import { patientRef } from './map-patient.js';
import { localSystem, system } from './systems.js';

/** A signed consent; a withdrawn one is `inactive` (the record itself is never changed). */
export function toFhirConsent(c: ConsentRecordRow): Consent {
  return {
    resourceType: 'Consent',
    id: c.id,
    status: c.withdrawal ? 'inactive' : 'active',
    scope: { coding: [{ system: system.consentScope, code: 'treatment', display: 'Treatment' }] },
    category: [
      { coding: [{ system: system.loinc, code: '59284-0', display: 'Patient Consent' }] },
      {
        coding: [{ system: localSystem.consentForm, code: `${c.formId}@${c.formVersion}` }],
        text: `Consent for ${c.route} ketamine`,
      },
    ],
    patient: patientRef({ id: c.patientId }),
    dateTime: c.patientSignedAt,
    performer: [patientRef({ id: c.patientId }, c.patientTypedName)],
    policyRule: {
      coding: [{ system: localSystem.consentForm, code: c.formId }],
      text: `Form ${c.formId} version ${c.formVersion}`,
    },
    verification: [
      {
        verified: true,
        verifiedWith: { reference: `Practitioner/${c.witnessUserId}`, display: c.witnessUsername },
        verificationDate: c.recordedAt,
      },
    ],
    provision: {
      type: 'permit',
      ...(c.withdrawal
        ? { period: { start: c.patientSignedAt, end: c.withdrawal.at } }
        : { period: { start: c.patientSignedAt } }),
    },
  };
}

const carePlanStatus = { active: 'active', completed: 'completed', stopped: 'revoked' } as const;

/** A treatment course as a CarePlan: protocol, phase, target sessions and its status. */
export function toFhirCarePlan(c: CourseRecord): CarePlan {
  const perWeek = c.sessionsPerWeek === null ? '' : `, ${c.sessionsPerWeek} per week`;
  return {
    resourceType: 'CarePlan',
    id: c.id,
    meta: { versionId: String(c.version), lastUpdated: c.updatedAt },
    status: carePlanStatus[c.status],
    intent: 'plan',
    category: [
      {
        coding: [{ system: localSystem.courseProtocol, code: c.protocolId }],
        text: `${c.protocolId} v${c.protocolVersion}`,
      },
    ],
    title: `Ketamine ${c.phase} course (${c.protocolId})`,
    description: `${c.targetSessions} sessions${perWeek}${c.statusReason ? `; ${c.statusReason}` : ''}`,
    subject: patientRef({ id: c.patientId }),
    period: { start: c.startedAt },
    created: c.startedAt,
    activity: [
      {
        detail: {
          kind: 'Appointment',
          code: { coding: [{ system: localSystem.appointmentType, code: 'dosing_session' }], text: 'Dosing session' },
          status: c.status === 'active' ? 'in-progress' : c.status === 'completed' ? 'completed' : 'stopped',
          scheduledString: `${c.targetSessions} sessions${perWeek}`,
        },
      },
    ],
  };
}

const appointmentStatus = {
  booked: 'booked',
  cancelled: 'cancelled',
  no_show: 'noshow',
  completed: 'fulfilled',
} as const;

export function toFhirAppointment(a: AppointmentRecord): Appointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    meta: { versionId: String(a.version), lastUpdated: a.updatedAt },
    status: appointmentStatus[a.status],
    ...(a.statusReason ? { cancelationReason: { text: a.statusReason } } : {}),
    serviceType: [{ coding: [{ system: localSystem.appointmentType, code: a.type }], text: a.type.replace('_', ' ') }],
    ...(a.courseId ? { supportingInformation: [{ reference: `CarePlan/${a.courseId}` }] } : {}),
    start: a.startsAt,
    end: a.endsAt,
    minutesDuration: a.lengthMin,
    created: a.bookedAt,
    ...(a.note ? { comment: a.note } : {}),
    participant: [
      { actor: patientRef({ id: a.patientId }), required: 'required', status: 'accepted' },
      ...(a.therapistName ? [{ actor: { display: a.therapistName }, status: 'accepted' as const }] : []),
    ],
  };
}

/** The FHIR action code of an audited action: C(reate) R(ead) U(pdate) D(elete) E(xecute). */
export function auditActionCode(action: string): 'C' | 'R' | 'U' | 'D' | 'E' {
  const verb = action.split('.').at(-1) ?? '';
  if (/^(read|list|view|search|download|export-read)/.test(verb)) {
    return 'R';
  }
  if (/^(create|register|record|import|book|sign|start|invite|publish|append|add)/.test(verb)) {
    return 'C';
  }
  if (/^(amend|update|change|move|extend|complete|cosign|withdraw|stop|cancel|bind)/.test(verb)) {
    return 'U';
  }
  return 'E';
}

/** One audit-log event as a FHIR R4 AuditEvent (who, what, when, from where). */
export function toFhirAuditEvent(e: AuditRecord): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: e.id,
    type: { system: system.auditEventType, code: 'rest', display: 'Restful Operation' },
    subtype: [{ system: localSystem.auditAction, code: e.action }],
    action: auditActionCode(e.action),
    recorded: e.at,
    outcome: '0',
    agent: [
      {
        ...(e.actorUserId && e.actorRole !== 'patient'
          ? { who: { reference: `Practitioner/${e.actorUserId}`, display: e.actorUsername ?? e.actorUserId } }
          : { who: { display: e.actorUsername ?? 'system' } }),
        ...(e.actorRole ? { role: [{ text: e.actorRole }] } : {}),
        requestor: true,
        ...(e.clientAddress ? { network: { address: e.clientAddress, type: '2' as const } } : {}),
      },
    ],
    source: { observer: { display: 'Chairside' } },
    entity: [
      ...(e.patientId ? [{ what: patientRef({ id: e.patientId }) }] : []),
      {
        what: {
          identifier: { system: `${localSystem.auditAction}/record`, value: `${e.recordType}/${e.recordId ?? ''}` },
        },
      },
    ],
  };
}
