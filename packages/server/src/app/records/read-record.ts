import { ForbiddenError, InvalidInputError, NotFoundError, staffRoles } from '@chairside/domain';
import { doseOf, effectiveManualReadings } from '../sessions/session-derive.js';
import { loadSession } from '../sessions/session-record.js';
import type { PatientRecordSnapshot, PractitionerFacts, SessionFacts } from './patient-record.js';
import { requireActor } from '../context.js';
import type { AppDeps, AuditFilter, AuditRecord, PatientRow, PatientSearch, RequestContext, Stores } from '../ports.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The patient a FHIR request may read. A patient reads only their own record: the id comes
 * from their account, and anyone else's is not found. Staff name the patient.
 */
export async function patientInScope(s: Stores, ctx: RequestContext, requested: string | null): Promise<string> {
  const actor = requireActor(ctx);
  if (requested !== null && !uuid.test(requested)) {
    throw new NotFoundError(`No patient with id ${requested}`);
  }
  if (actor.role === 'patient') {
    const user = await s.users.findById(actor.userId);
    if (!user?.patientId) {
      throw new ForbiddenError('This portal account is not linked to a patient record');
    }
    // Another patient's id answers as if it did not exist: a patient learns nothing of others.
    if (requested !== null && requested !== user.patientId) {
      throw new NotFoundError(`No patient with id ${requested} in your record`);
    }
    return user.patientId;
  }
  if (requested === null) {
    throw InvalidInputError.forField('patient', 'Name the patient: ?patient=Patient/{id}');
  }
  return requested;
}

async function practitionersOf(s: Stores, ids: Iterable<string>): Promise<PractitionerFacts[]> {
  const out: PractitionerFacts[] = [];
  for (const id of new Set(ids)) {
    const user = await s.users.findById(id);
    if (user && user.role !== 'patient') {
      out.push({
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        active: user.active,
      });
    }
  }
  return out;
}

export async function sessionsOf(s: Stores, patientId: string, now: string): Promise<SessionFacts[]> {
  const out: SessionFacts[] = [];
  for (const id of await s.records.sessionIdsOf(patientId)) {
    const loaded = await loadSession(s, id);
    out.push({
      row: loaded.row,
      protocolName: loaded.protocolName,
      journal: loaded.journal,
      readings: effectiveManualReadings(loaded.readings),
      dose: doseOf(loaded.row, loaded.journal, loaded.plan?.result ?? null, now),
    });
  }
  return out;
}

/** Reads everything FHIR maps about one patient, inside the caller's transaction. */
export async function loadSnapshot(s: Stores, patientId: string, now: string): Promise<PatientRecordSnapshot> {
  const patient = await s.patients.findById(patientId);
  if (!patient) {
    throw new NotFoundError(`No patient with id ${patientId}`);
  }
  const intakes = await s.intakes.list(patientId);
  const intake = intakes.reduce<(typeof intakes)[number] | null>(
    (a, b) => (a === null || b.version > a.version ? b : a),
    null,
  );
  const responses = await s.questionnaires.listResponses(patientId);
  const consents = await s.consents.list(patientId);
  const practitionerIds = [
    ...consents.map((c) => c.witnessUserId),
    ...responses.filter((r) => r.enteredByRole !== 'patient').map((r) => r.enteredByUserId),
  ];
  return {
    patient,
    intake,
    external: await s.externalRecords.list(patientId),
    responses,
    consents,
    courses: await s.courses.listForPatient(patientId),
    appointments: await s.appointments.list({ from: '1900-01-01T00:00:00Z', to: '2999-12-31T00:00:00Z', patientId }),
    sessions: await sessionsOf(s, patientId, now),
    practitioners: await practitionersOf(s, practitionerIds),
  };
}

/** One patient's record for FHIR; the read is audited with what was asked for. */
export async function readPatientRecord(
  deps: AppDeps,
  ctx: RequestContext,
  requestedPatientId: string | null,
  purpose: string,
): Promise<PatientRecordSnapshot> {
  return deps.tx.run(async (s) => {
    const patientId = await patientInScope(s, ctx, requestedPatientId);
    const snapshot = await loadSnapshot(s, patientId, deps.clock.now().toISOString());
    await s.audit.append(ctx, {
      action: 'fhir.read',
      recordType: 'patient',
      recordId: patientId,
      patientId,
      changes: { purpose },
    });
    return snapshot;
  });
}

/** The patient a record row (by its uuid) belongs to, or a not-found error. */
export async function ownerOfRecord(deps: AppDeps, recordId: string): Promise<string> {
  const owner = await deps.tx.run((s) => s.records.patientOfRecord(recordId));
  if (owner === undefined) {
    throw new NotFoundError(`No resource with id ${recordId}`);
  }
  return owner;
}

/** Patient search for staff (a patient's search returns only themselves). */
export async function searchPatientsForFhir(
  deps: AppDeps,
  ctx: RequestContext,
  query: PatientSearch,
): Promise<PatientRow[]> {
  return deps.tx.run(async (s) => {
    const actor = requireActor(ctx);
    if (actor.role === 'patient') {
      const own = await s.patients.findById(await patientInScope(s, ctx, null));
      return own ? [own] : [];
    }
    const { items } = await s.patients.search(query);
    await s.audit.append(ctx, {
      action: 'fhir.search',
      recordType: 'patient',
      changes: { terms: query.terms, dateOfBirth: query.dateOfBirth, mrn: query.mrn, results: items.length },
    });
    return items;
  });
}

export async function listPractitioners(deps: AppDeps, id: string | null): Promise<PractitionerFacts[]> {
  return deps.tx.run(async (s) => {
    if (id !== null && !uuid.test(id)) {
      return [];
    }
    const users = id === null ? await s.users.list() : [await s.users.findById(id)].filter((u) => u !== undefined);
    return users
      .filter((u) => staffRoles.includes(u.role))
      .map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, active: u.active }));
  });
}

/** Audit events as FHIR AuditEvents (admins only, like the audit log). */
export async function searchAuditEvents(
  deps: AppDeps,
  ctx: RequestContext,
  filter: AuditFilter,
): Promise<AuditRecord[]> {
  return deps.tx.run(async (s) => {
    const events = await s.audit.query(filter);
    await s.audit.append(ctx, {
      action: 'audit.read',
      recordType: 'audit_event',
      patientId: filter.patientId ?? null,
      changes: { via: 'fhir', ...filter },
    });
    return events;
  });
}
