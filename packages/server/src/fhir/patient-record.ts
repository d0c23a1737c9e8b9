export type { PatientRecordSnapshot, PractitionerFacts } from '../app/records/patient-record.js';

/** `{ key: value }` when the value is present, else `{}`: keeps optional FHIR elements absent, never null. */
export function opt<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
