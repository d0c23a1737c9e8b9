/** Reading the Patient of an imported FHIR Bundle, and the JSON helpers the import shares. */
import type { CareTeamMember, EmergencyContact, PatientDetails, SexAtBirth } from '@chairside/domain';
import type { ExternalCoding } from '../app/continuity-ports.js';
import { localSystem } from './systems.js';

export type { BundlePreview } from '../app/continuity-ports.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const str = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;

export function codings(concept: unknown): ExternalCoding[] {
  return arr(isObject(concept) ? concept['coding'] : undefined).map((c) => ({
    system: str(c['system'], 300) ?? null,
    code: str(c['code'], 100) ?? null,
    display: str(c['display'], 300) ?? null,
  }));
}

export function conceptText(concept: unknown): string | undefined {
  if (!isObject(concept)) {
    return undefined;
  }
  return str(concept['text'], 300) ?? codings(concept).find((c) => c.display !== null)?.display ?? undefined;
}

export const statusCode = (concept: unknown): string | null => codings(concept)[0]?.code ?? null;

const birthSexExtensions: Readonly<Record<string, (value: string) => SexAtBirth | undefined>> = {
  [localSystem.sexAtBirth]: (v) =>
    ['female', 'male', 'intersex', 'unknown'].includes(v) ? (v as SexAtBirth) : undefined,
  'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex': (v) =>
    v === 'F' ? 'female' : v === 'M' ? 'male' : v === 'UNK' ? 'unknown' : undefined,
};

function sexAtBirthOf(patient: Json, notes: string[]): SexAtBirth {
  for (const ext of arr(patient['extension'])) {
    const read = birthSexExtensions[String(ext['url'])];
    const value = str(ext['valueCode']);
    if (read && value !== undefined && read(value) !== undefined) {
      return read(value) ?? 'unknown';
    }
  }
  notes.push('The bundle does not state sex at birth (administrative gender is not used for it): recorded as unknown.');
  return 'unknown';
}

function personName(value: unknown): string | undefined {
  if (!isObject(value)) {
    return undefined;
  }
  const given = Array.isArray(value['given']) ? value['given'].filter((g): g is string => typeof g === 'string') : [];
  const family = str(value['family']);
  return str(value['text']) ?? str([...given, ...(family ? [family] : [])].join(' '));
}

function emergencyContactOf(patient: Json): EmergencyContact | undefined {
  for (const contact of arr(patient['contact'])) {
    const emergency = arr(contact['relationship']).some((r) => codings(r).some((c) => c.code === 'C'));
    const phone = arr(contact['telecom']).find((t) => t['system'] === 'phone');
    const name = personName(contact['name']);
    const phoneNumber = str(phone?.['value'], 50);
    if (emergency && name && phoneNumber) {
      const relationship = arr(contact['relationship'])
        .map((r) => str(r['text'], 60))
        .find(Boolean);
      return { name, phone: phoneNumber, ...(relationship ? { relationship } : {}) };
    }
  }
  return undefined;
}

/** Demographics of the bundle's Patient; problems name what registration needs and is missing. */
export function patientDetailsOf(patient: Json, problems: string[], notes: string[]): PatientDetails | null {
  const names = arr(patient['name']);
  const official = names.find((n) => n['use'] === 'official') ?? names[0];
  const usual = names.find((n) => n['use'] === 'usual' && n !== official);
  const given = official && Array.isArray(official['given']) ? str(official['given'][0], 100) : undefined;
  const family = str(official?.['family'], 100);
  const birthDate = str(patient['birthDate'], 10);
  if (!given || !family) {
    problems.push('The Patient has no given and family name.');
  }
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    problems.push('The Patient has no full birth date (YYYY-MM-DD).');
  }
  if (!given || !family || !birthDate) {
    return null;
  }
  const telecom = arr(patient['telecom']);
  const address = arr(patient['address'])[0];
  const preferred = usual && Array.isArray(usual['given']) ? str(usual['given'][0], 100) : undefined;
  const emergencyContact = emergencyContactOf(patient);
  const line = address && Array.isArray(address['line']) ? str(address['line'].join(', '), 200) : undefined;
  const fields: Record<string, string | undefined> = {
    preferredName: preferred,
    phone: str(telecom.find((t) => t['system'] === 'phone')?.['value'], 50),
    email: str(telecom.find((t) => t['system'] === 'email')?.['value'], 200),
    addressLine: line,
    city: str(address?.['city'], 100),
    region: str(address?.['state'], 100),
    postalCode: str(address?.['postalCode'], 20),
    country: str(address?.['country'], 60),
  };
  const present = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<PatientDetails>;
  return {
    legalGivenName: given,
    legalFamilyName: family,
    dateOfBirth: birthDate,
    sexAtBirth: sexAtBirthOf(patient, notes),
    ...present,
    ...(emergencyContact ? { emergencyContact } : {}),
    careTeam: [] as CareTeamMember[],
  };
}
