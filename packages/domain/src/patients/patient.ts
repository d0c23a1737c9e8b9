import { assertNoFaults, type FieldFault } from '../errors.js';
import { isIsoCalendarDate } from './age.js';

export const SexAtBirth = { Female: 'female', Male: 'male', Intersex: 'intersex', Unknown: 'unknown' } as const;
export type SexAtBirth = (typeof SexAtBirth)[keyof typeof SexAtBirth];

export const CareTeamRole = {
  ReferringClinician: 'referring_clinician',
  PrimaryCare: 'primary_care',
  Therapist: 'therapist',
  Psychiatrist: 'psychiatrist',
  Other: 'other',
} as const;
export type CareTeamRole = (typeof CareTeamRole)[keyof typeof CareTeamRole];

export interface CareTeamMember {
  readonly role: CareTeamRole;
  readonly name: string;
  readonly organisation?: string;
  readonly phone?: string;
  readonly fax?: string;
  readonly email?: string;
}

export interface EmergencyContact {
  readonly name: string;
  readonly relationship?: string;
  readonly phone: string;
}

/** The demographic part of a patient record: what registration captures and amendments change. */
export interface PatientDetails {
  readonly legalGivenName: string;
  readonly legalFamilyName: string;
  readonly preferredName?: string;
  readonly dateOfBirth: string;
  readonly sexAtBirth: SexAtBirth;
  readonly genderIdentity?: string;
  readonly pronouns?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly addressLine?: string;
  readonly city?: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country?: string;
  readonly emergencyContact?: EmergencyContact;
  readonly careTeam: readonly CareTeamMember[];
}

export interface Patient extends PatientDetails {
  readonly id: string;
  readonly mrn: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The oldest birth date accepted: a typo guard, not a clinical rule. */
export const earliestDateOfBirth = '1900-01-01';

/**
 * Checks what a schema cannot: a real calendar date, not in the future, not absurdly old,
 * and names that are not blank once trimmed.
 * @param details - the submitted details
 * @param today - today's date (YYYY-MM-DD) from the Clock
 */
export function validatePatientDetails(details: PatientDetails, today: string): void {
  const faults: FieldFault[] = [];
  if (details.legalGivenName.trim() === '') {
    faults.push({ field: 'legalGivenName', message: 'Given name is required' });
  }
  if (details.legalFamilyName.trim() === '') {
    faults.push({ field: 'legalFamilyName', message: 'Family name is required' });
  }
  if (!isIsoCalendarDate(details.dateOfBirth)) {
    faults.push({ field: 'dateOfBirth', message: 'Date of birth must be a real date (YYYY-MM-DD)' });
  } else if (details.dateOfBirth > today) {
    faults.push({ field: 'dateOfBirth', message: 'Date of birth cannot be in the future' });
  } else if (details.dateOfBirth < earliestDateOfBirth) {
    faults.push({ field: 'dateOfBirth', message: `Date of birth cannot be before ${earliestDateOfBirth}` });
  }
  details.careTeam.forEach((member, index) => {
    if (member.name.trim() === '') {
      faults.push({ field: `careTeam/${index}/name`, message: 'Care team member needs a name' });
    }
  });
  if (details.emergencyContact?.name.trim() === '') {
    faults.push({ field: 'emergencyContact/name', message: 'Emergency contact needs a name' });
  }
  assertNoFaults(faults, 'Patient details are not valid');
}

/** Trims every text field so search and display never trip on stray spaces. */
export function normalisePatientDetails(details: PatientDetails): PatientDetails {
  const trimmed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    trimmed[key] = typeof value === 'string' ? value.trim() : value;
  }
  return { ...details, ...trimmed };
}

/** The name staff call the patient by, with the legal name when it differs. */
export function displayName(
  details: Pick<PatientDetails, 'legalGivenName' | 'legalFamilyName' | 'preferredName'>,
): string {
  const preferred = details.preferredName?.trim();
  if (preferred && preferred !== details.legalGivenName) {
    return `${preferred} (${details.legalGivenName}) ${details.legalFamilyName}`;
  }
  return `${details.legalGivenName} ${details.legalFamilyName}`;
}
