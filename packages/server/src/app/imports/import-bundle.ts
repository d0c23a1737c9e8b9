import {
  formatMrn,
  InvalidInputError,
  isoDate,
  normalisePatientDetails,
  Role,
  validatePatientDetails,
} from '@chairside/domain';
import type { BundlePreview, ExternalRecordRow } from '../continuity-ports.js';
import { requireRole } from '../context.js';
import type { AppDeps, PatientRow, RequestContext, Stores } from '../ports.js';

const importRoles = [Role.Physician, Role.Nurse, Role.FrontDesk];

export interface PossibleDuplicate {
  readonly id: string;
  readonly mrn: string;
  readonly name: string;
  readonly dateOfBirth: string;
}

export interface ImportPreview extends BundlePreview {
  /** Patients already registered with the same family name and birth date. */
  readonly possibleDuplicates: readonly PossibleDuplicate[];
}

async function duplicatesOf(s: Stores, preview: BundlePreview): Promise<PossibleDuplicate[]> {
  if (!preview.patient) {
    return [];
  }
  const { items } = await s.patients.search({
    terms: preview.patient.legalFamilyName.toLowerCase().split(/\s+/),
    dateOfBirth: preview.patient.dateOfBirth,
    mrn: null,
    limit: 5,
  });
  return items.map((p) => ({
    id: p.id,
    mrn: p.mrn,
    name: `${p.legalGivenName} ${p.legalFamilyName}`,
    dateOfBirth: p.dateOfBirth,
  }));
}

/** What importing the bundle would create and skip; nothing is written except the audit event. */
export async function previewImport(
  deps: AppDeps,
  ctx: RequestContext,
  preview: BundlePreview,
): Promise<ImportPreview> {
  requireRole(ctx, importRoles);
  return deps.tx.run(async (s) => {
    const possibleDuplicates = await duplicatesOf(s, preview);
    await s.audit.append(ctx, {
      action: 'import.preview',
      recordType: 'fhir_bundle',
      recordId: preview.sourceBundleId,
      changes: {
        conditions: preview.conditions.length,
        medications: preview.medications.length,
        allergies: preview.allergies.length,
        skipped: preview.skipped.length,
        possibleDuplicates: possibleDuplicates.map((d) => d.mrn),
      },
    });
    return { ...preview, possibleDuplicates };
  });
}

export interface ImportResult {
  readonly patient: PatientRow;
  readonly externalRecordId: string;
  readonly preview: BundlePreview;
}

/**
 * Registers the bundle's patient (new MRN) with the imported conditions, medications and
 * allergies as an outside record, in one transaction with its audit events. The caller reads
 * the bundle again for this: what the client previewed is never trusted as the thing to store.
 */
export async function confirmImport(deps: AppDeps, ctx: RequestContext, preview: BundlePreview): Promise<ImportResult> {
  const actor = requireRole(ctx, importRoles);
  if (preview.problems.length > 0 || !preview.patient) {
    throw InvalidInputError.forField('bundle', preview.problems.join(' ') || 'The bundle has no patient');
  }
  const now = deps.clock.now();
  const details = normalisePatientDetails(preview.patient);
  validatePatientDetails(details, isoDate(now));
  return deps.tx.run(async (s) => {
    const at = now.toISOString();
    const patient: PatientRow = {
      ...details,
      id: deps.ids.uuid(),
      mrn: formatMrn(await s.patients.nextMrnSequence()),
      version: 1,
      createdAt: at,
      updatedAt: at,
      demo: false,
    };
    await s.patients.insert(patient, actor.userId);
    await s.audit.append(ctx, {
      action: 'patient.register',
      recordType: 'patient',
      recordId: patient.id,
      patientId: patient.id,
      changes: { mrn: patient.mrn, details, source: 'fhir-import' },
    });
    const row: ExternalRecordRow = {
      id: deps.ids.uuid(),
      patientId: patient.id,
      importedAt: at,
      byUserId: actor.userId,
      byUsername: actor.username,
      sourceBundleId: preview.sourceBundleId,
      sourcePatientId: preview.sourcePatientId,
      conditions: preview.conditions,
      medications: preview.medications,
      allergies: preview.allergies,
      skipped: preview.skipped,
    };
    await s.externalRecords.insert(row);
    await s.audit.append(ctx, {
      action: 'import.confirm',
      recordType: 'external_record',
      recordId: row.id,
      patientId: patient.id,
      changes: {
        sourceBundleId: row.sourceBundleId,
        sourcePatientId: row.sourcePatientId,
        conditions: row.conditions.length,
        medications: row.medications.length,
        allergies: row.allergies.length,
        skipped: row.skipped.length,
      },
    });
    return { patient, externalRecordId: row.id, preview };
  });
}

/** The outside records of a patient, oldest first (the read is audited). */
export async function listExternalRecords(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<ExternalRecordRow[]> {
  requireRole(ctx, importRoles);
  return deps.tx.run(async (s) => {
    const rows = await s.externalRecords.list(patientId);
    await s.audit.append(ctx, {
      action: 'external-record.read',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    return rows;
  });
}
