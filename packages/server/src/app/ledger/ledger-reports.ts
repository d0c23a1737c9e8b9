import {
  buildDispensingRecord,
  buildInventoryRecord,
  detectDiversionSignals,
  instantAtLocal,
  wallClockAtMs,
  type BusinessTime,
  type DispensingRecord,
  type DiversionReport,
  type InventoryKind,
  type InventoryRecord,
  type LedgerEvent,
  type PatientIdentity,
  type Role,
  type Shift,
} from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, PatientRow, RequestContext, Stores } from '../ports.js';
import { ledgerViewerRoles, peopleById } from './ledger-queries.js';
import { knownSessionIds } from './session-doses.js';

export interface ReportRange {
  readonly fromAt: string;
  readonly toAt: string;
}

export interface DispensingReport {
  readonly record: DispensingRecord;
  readonly people: Readonly<Record<string, string>>;
  readonly generatedAt: string;
}

const noAddress = 'ADDRESS NOT ON FILE: add it to the patient’s details';

function identityOf(patient: PatientRow | undefined): PatientIdentity {
  if (!patient) {
    return { name: 'UNKNOWN PATIENT', address: noAddress };
  }
  const address = [patient.addressLine, patient.city, patient.region, patient.postalCode, patient.country]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(', ');
  return {
    name: `${patient.legalFamilyName}, ${patient.legalGivenName} (MRN ${patient.mrn})`,
    address: address === '' ? noAddress : address,
  };
}

async function patientsOf(s: Stores, events: readonly LedgerEvent[]): Promise<Record<string, PatientIdentity>> {
  const ids = [...new Set(events.flatMap((e) => (e.type === 'administered' ? [e.patientId] : [])))];
  const entries = await Promise.all(ids.map(async (id) => [id, identityOf(await s.patients.findById(id))] as const));
  return Object.fromEntries(entries);
}

/**
 * The dispensing/administration record of 21 CFR 1304.22(c) for a range. It names patients, so
 * reading it is audited.
 */
export async function getDispensingReport(
  deps: AppDeps,
  ctx: RequestContext,
  range: ReportRange,
): Promise<DispensingReport> {
  requireRole(ctx, ledgerViewerRoles);
  return deps.tx.run(async (s) => {
    const events = await s.ledger.all();
    const record = buildDispensingRecord(events, { ...range, patients: await patientsOf(s, events) });
    await s.audit.append(ctx, {
      action: 'ledger.report.dispensing',
      recordType: 'ledger_report',
      changes: range,
    });
    return { record, people: await peopleById(s), generatedAt: deps.clock.now().toISOString() };
  });
}

export interface InventoryInput {
  readonly kind: InventoryKind;
  readonly takenAt: string;
  readonly businessTime: BusinessTime;
}

export interface InventoryReport {
  readonly record: InventoryRecord;
  readonly generatedAt: string;
}

/** An initial or biennial inventory as of an instant, taken by the signed-in user. */
export async function getInventoryReport(
  deps: AppDeps,
  ctx: RequestContext,
  input: InventoryInput,
): Promise<InventoryReport> {
  const actor = requireRole(ctx, ledgerViewerRoles);
  return deps.tx.run(async (s) => {
    const events = await s.ledger.all();
    const people = await peopleById(s);
    const record = buildInventoryRecord(events, {
      ...input,
      takenAt: new Date(input.takenAt).toISOString(),
      takenBy: [people[actor.userId] ?? actor.username],
    });
    await s.audit.append(ctx, { action: 'ledger.report.inventory', recordType: 'ledger_report', changes: input });
    return { record, generatedAt: deps.clock.now().toISOString() };
  });
}

/** Who may see diversion signals: the administrator and physicians (the medical director). */
export const diversionRoles: readonly Role[] = ['admin', 'physician'];

export interface DiversionView extends DiversionReport {
  readonly people: Readonly<Record<string, string>>;
  /** False when the clinic has no opening hours to tell when shifts end. */
  readonly shiftsKnown: boolean;
}

/** Shifts end when the clinic closes: one shift per person and local day they wasted on. */
async function shiftsOf(s: Stores, events: readonly LedgerEvent[]): Promise<Shift[] | null> {
  const settings = await s.clinic.getSettings();
  if (!settings || settings.weeklyHours.length === 0) {
    return null;
  }
  const shifts = new Map<string, Shift>();
  for (const event of events) {
    if (event.type !== 'wasted') {
      continue;
    }
    const wall = wallClockAtMs(Date.parse(event.wastedAt), settings.timeZone);
    const hours = settings.weeklyHours.find((h) => h.weekday === wall.weekday);
    if (hours) {
      const shiftEndAt = instantAtLocal(wall.date, hours.closesMin, settings.timeZone);
      shifts.set(`${event.wastedBy} ${wall.date}`, { userId: event.wastedBy, shiftEndAt });
    }
  }
  return [...shifts.values()];
}

/** Per-staff waste with outliers, draws without a session, unreconciled sessions, end-of-shift wastes. */
export async function getDiversionReport(
  deps: AppDeps,
  ctx: RequestContext,
  range: ReportRange,
): Promise<DiversionView> {
  requireRole(ctx, diversionRoles);
  return deps.tx.run(async (s) => {
    const events = await s.ledger.all();
    const sessionIds = [...new Set(events.flatMap((e) => (e.type === 'drawn' ? [e.sessionId] : [])))];
    const shifts = await shiftsOf(s, events);
    const report = detectDiversionSignals(events, {
      ...range,
      knownSessionIds: await knownSessionIds(s, sessionIds),
      shifts: shifts ?? [],
    });
    await s.audit.append(ctx, { action: 'ledger.report.diversion', recordType: 'ledger_report', changes: range });
    return { ...report, people: await peopleById(s), shiftsKnown: shifts !== null };
  });
}
