import type { ContactPoint, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { PatientRow } from '../app/ports.js';
import { opt, type PractitionerFacts } from './patient-record.js';
import { localSystem, system } from './systems.js';

/** FHIR administrative gender from sex at birth; the exact value travels in an extension. */
const genderOf = { female: 'female', male: 'male', intersex: 'other', unknown: 'unknown' } as const;

/**
 * A Chairside patient as a FHIR R4 Patient: MRN identifier, legal and preferred names,
 * birth date, sex at birth (extension) and administrative gender, contact details and the
 * emergency contact.
 */
export function toFhirPatient(p: PatientRow): Patient {
  const telecom: ContactPoint[] = [
    ...(p.phone ? [{ system: 'phone' as const, value: p.phone, use: 'home' as const }] : []),
    ...(p.email ? [{ system: 'email' as const, value: p.email }] : []),
  ];
  const hasAddress = [p.addressLine, p.city, p.region, p.postalCode, p.country].some(Boolean);
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { versionId: String(p.version), lastUpdated: p.updatedAt },
    extension: [{ url: localSystem.sexAtBirth, valueCode: p.sexAtBirth }],
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: system.identifierType, code: 'MR', display: 'Medical record number' }] },
        system: localSystem.mrn,
        value: p.mrn,
      },
    ],
    active: true,
    name: [
      { use: 'official', family: p.legalFamilyName, given: [p.legalGivenName] },
      ...(p.preferredName ? [{ use: 'usual' as const, given: [p.preferredName] }] : []),
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: genderOf[p.sexAtBirth],
    birthDate: p.dateOfBirth,
    ...(hasAddress
      ? {
          address: [
            {
              use: 'home' as const,
              ...(p.addressLine ? { line: [p.addressLine] } : {}),
              ...opt('city', p.city),
              ...opt('state', p.region),
              ...opt('postalCode', p.postalCode),
              ...opt('country', p.country),
            },
          ],
        }
      : {}),
    ...(p.emergencyContact
      ? {
          contact: [
            {
              relationship: [
                {
                  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'C' }],
                  text: p.emergencyContact.relationship ?? 'Emergency contact',
                },
              ],
              name: { text: p.emergencyContact.name },
              telecom: [{ system: 'phone', value: p.emergencyContact.phone }],
            },
          ],
        }
      : {}),
  };
}

/** A staff member as a FHIR R4 Practitioner (name and username only). */
export function toFhirPractitioner(u: PractitionerFacts): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: u.id,
    identifier: [{ system: localSystem.username, value: u.username }],
    active: u.active,
    name: [{ text: u.displayName }],
  };
}

export const patientRef = (p: { id: string }, display?: string): Reference<Patient> => ({
  reference: `Patient/${p.id}`,
  ...opt('display', display),
});
