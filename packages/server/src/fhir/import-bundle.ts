/**
 * Reads a FHIR R4 Bundle of one patient (as other systems export it, e.g. Synthea) into what
 * Chairside imports: demographics, conditions, current medications and allergies. Nothing is
 * guessed: a value the bundle does not carry stays empty, and every resource that is not
 * imported is reported with the reason.
 */
import type { DoseFrequency, DoseUnit } from '@chairside/domain';
import type {
  ImportedAllergy,
  ImportedCondition,
  ImportedMedication,
  SkippedResource,
} from '../app/continuity-ports.js';
import {
  arr,
  codings,
  conceptText,
  isObject,
  patientDetailsOf,
  statusCode,
  str,
  type BundlePreview,
  type Json,
} from './import-patient.js';
import { localSystem, system } from './systems.js';

export type { BundlePreview } from './import-patient.js';

const importedTypes = [
  'Patient',
  'Condition',
  'MedicationStatement',
  'MedicationRequest',
  'AllergyIntolerance',
  'Medication',
];

/** Our dose units by UCUM code (and by the plain unit text other systems send). */
const unitOf: Readonly<Record<string, DoseUnit>> = {
  mg: 'mg',
  ug: 'mcg',
  mcg: 'mcg',
  g: 'g',
  mL: 'mL',
  ml: 'mL',
  '{tablet}': 'tablet',
  tablet: 'tablet',
  '{capsule}': 'capsule',
  capsule: 'capsule',
  '{patch}': 'patch',
  'ug/h': 'mcg/h',
};

const frequencies: readonly DoseFrequency[] = [
  'once-daily',
  'twice-daily',
  'three-times-daily',
  'four-times-daily',
  'at-bedtime',
  'every-other-day',
  'weekly',
  'every-2-weeks',
  'every-4-weeks',
  'as-needed',
];

/** Timing.repeat → our frequency when it is exactly one of ours; anything else is not mapped. */
function frequencyOfRepeat(repeat: Json): DoseFrequency | undefined {
  const key = `${String(repeat['frequency'])}/${String(repeat['period'])}${String(repeat['periodUnit'])}`;
  const table: Readonly<Record<string, DoseFrequency>> = {
    '1/1d': 'once-daily',
    '2/1d': 'twice-daily',
    '3/1d': 'three-times-daily',
    '4/1d': 'four-times-daily',
    '1/2d': 'every-other-day',
    '1/1wk': 'weekly',
    '1/2wk': 'every-2-weeks',
    '1/4wk': 'every-4-weeks',
  };
  const found = table[key];
  return found === 'once-daily' && Array.isArray(repeat['when']) && repeat['when'].includes('HS')
    ? 'at-bedtime'
    : found;
}

function medicationOf(resource: Json, name: string, notes: string[]): ImportedMedication {
  const dosage = arr(resource['dosage'] ?? resource['dosageInstruction'])[0];
  const timing = isObject(dosage?.['timing']) ? dosage['timing'] : undefined;
  const ownCode = codings(timing?.['code']).find((c) => c.system === localSystem.doseFrequency)?.code;
  const frequency =
    ownCode && (frequencies as readonly string[]).includes(ownCode)
      ? (ownCode as DoseFrequency)
      : dosage?.['asNeededBoolean'] === true
        ? 'as-needed'
        : isObject(timing?.['repeat'])
          ? frequencyOfRepeat(timing['repeat'])
          : undefined;
  const quantity = arr(dosage?.['doseAndRate'])[0]?.['doseQuantity'];
  const value = isObject(quantity) && typeof quantity['value'] === 'number' ? quantity['value'] : undefined;
  const unit = isObject(quantity)
    ? (unitOf[String(quantity['system'] === system.ucum ? quantity['code'] : quantity['unit'])] ??
      unitOf[String(quantity['unit'])])
    : undefined;
  if (value !== undefined && unit === undefined) {
    notes.push(`${name}: the dose has a unit Chairside does not know; the dose was left out.`);
  }
  const max = dosage?.['maxDosePerPeriod'];
  const maxDoses =
    isObject(max) && isObject(max['numerator']) && typeof max['numerator']['value'] === 'number'
      ? max['numerator']['value']
      : undefined;
  const note = str(arr(resource['note'])[0]?.['text'], 500);
  return {
    name,
    coding: codings(resource['medicationCodeableConcept']),
    status: str(resource['status'], 30) ?? null,
    ...(value !== undefined && unit !== undefined ? { dose: value, unit } : {}),
    ...(frequency ? { frequency } : {}),
    ...(maxDoses !== undefined ? { maxDosesPerDay: maxDoses } : {}),
    ...(note ? { note } : {}),
  };
}

const subjectOf = (r: Json): string | undefined => {
  const ref = r['subject'] ?? r['patient'];
  return isObject(ref) ? str(ref['reference'], 300) : undefined;
};

const currentMedicationStatus = ['active', 'intended', 'on-hold'];

/**
 * Previews a Bundle: what would be registered and imported, and what is skipped and why.
 * @param bundle - the parsed JSON the client sent
 */
export function readBundle(bundle: unknown): BundlePreview {
  const problems: string[] = [];
  const notes: string[] = [];
  const skipped: SkippedResource[] = [];
  const empty = { conditions: [], medications: [], allergies: [], skipped, notes };
  if (!isObject(bundle) || bundle['resourceType'] !== 'Bundle') {
    return {
      ...empty,
      sourceBundleId: null,
      sourcePatientId: null,
      patient: null,
      problems: ['This is not a FHIR Bundle.'],
    };
  }
  const entries = arr(bundle['entry']);
  const resources = entries.map((e) => e['resource']).filter(isObject);
  const patients = resources.filter((r) => r['resourceType'] === 'Patient');
  if (patients.length !== 1) {
    problems.push(`A bundle of one patient is expected; this one has ${patients.length} Patient resources.`);
  }
  const patientResource = patients[0];
  const sourcePatientId = str(patientResource?.['id'], 100) ?? null;
  const patientFullUrl = entries.find((e) => e['resource'] === patientResource)?.['fullUrl'];
  const ownRefs = new Set(
    [
      sourcePatientId ? `Patient/${sourcePatientId}` : null,
      typeof patientFullUrl === 'string' ? patientFullUrl : null,
    ].filter((x): x is string => x !== null),
  );
  const isOwn = (r: Json): boolean => {
    const ref = subjectOf(r);
    return ref === undefined || ownRefs.has(ref) || [...ownRefs].some((own) => ref.endsWith(`/${own}`));
  };
  const medicationsById = new Map(
    resources
      .filter((r) => r['resourceType'] === 'Medication')
      .flatMap((r, i) => [
        [`Medication/${String(r['id'])}`, r] as const,
        [str(entries.find((e) => e['resource'] === r)?.['fullUrl'], 300) ?? `#${String(i)}`, r] as const,
      ]),
  );
  const conditions: ImportedCondition[] = [];
  const medications: ImportedMedication[] = [];
  const allergies: ImportedAllergy[] = [];
  const notImported = new Map<string, number>();
  const skip = (r: Json, reason: string): void => {
    skipped.push({ resourceType: String(r['resourceType']), id: str(r['id'], 100) ?? null, reason });
  };

  for (const r of resources) {
    const type = String(r['resourceType']);
    if (!importedTypes.includes(type)) {
      notImported.set(type, (notImported.get(type) ?? 0) + 1);
      continue;
    }
    if (type === 'Patient' || type === 'Medication') {
      continue;
    }
    if (!isOwn(r)) {
      skip(r, 'It is about another patient than the bundle’s Patient.');
      continue;
    }
    const verification = statusCode(r['verificationStatus']);
    if (verification === 'entered-in-error' || verification === 'refuted') {
      skip(r, `Its verification status is ${verification}.`);
      continue;
    }
    if (type === 'Condition') {
      const text = conceptText(r['code']);
      if (!text) {
        skip(r, 'It has no code or text naming the condition.');
        continue;
      }
      const onset = str(r['onsetDateTime'], 40);
      conditions.push({
        text,
        coding: codings(r['code']),
        onsetDate: onset && /^\d{4}-\d{2}-\d{2}/.test(onset) ? onset.slice(0, 10) : null,
        clinicalStatus: statusCode(r['clinicalStatus']),
      });
    } else if (type === 'AllergyIntolerance') {
      const substance = conceptText(r['code']);
      const clinical = statusCode(r['clinicalStatus']);
      if (!substance) {
        skip(r, 'It has no code or text naming the substance.');
      } else if (clinical === 'inactive' || clinical === 'resolved') {
        skip(r, `${substance}: the allergy is ${clinical}.`);
      } else {
        const reaction = arr(arr(r['reaction'])[0]?.['manifestation']).map(conceptText).find(Boolean);
        allergies.push({ substance, coding: codings(r['code']), ...(reaction ? { reaction } : {}) });
      }
    } else {
      const reference = isObject(r['medicationReference'])
        ? str(r['medicationReference']['reference'], 300)
        : undefined;
      const referenced = reference ? medicationsById.get(reference) : undefined;
      const name = conceptText(r['medicationCodeableConcept']) ?? conceptText(referenced?.['code']);
      const status = str(r['status'], 30) ?? 'unknown';
      if (!name) {
        skip(r, 'It does not name the medication.');
      } else if (!currentMedicationStatus.includes(status)) {
        skip(r, `${name}: not a current medication (status ${status}).`);
      } else {
        const withCoding = referenced ? { ...r, medicationCodeableConcept: referenced['code'] } : r;
        medications.push(medicationOf(withCoding, name, notes));
      }
    }
  }
  for (const [type, n] of [...notImported.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    skipped.push({
      resourceType: type,
      id: null,
      reason: `${n} resource${n === 1 ? '' : 's'} not imported: Chairside imports demographics, conditions, medications and allergies.`,
    });
  }
  const patient = patientResource ? patientDetailsOf(patientResource, problems, notes) : null;
  return {
    sourceBundleId: str(bundle['id'], 100) ?? null,
    sourcePatientId,
    patient,
    problems,
    notes,
    conditions,
    medications,
    allergies,
    skipped,
  };
}
