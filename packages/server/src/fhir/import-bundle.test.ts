import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '../../test/fhir-fixture.js';
import { readBundle } from './import-bundle.js';
import { everythingResources } from './resources.js';

const synthea: unknown = JSON.parse(
  readFileSync(new URL('./__fixtures__/synthea-style-bundle.json', import.meta.url), 'utf8'),
);

describe('reading a FHIR Bundle for import', () => {
  const preview = readBundle(synthea);

  it('reads the demographics, with sex at birth from the US Core extension', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.patient).toEqual({
      legalGivenName: 'Adaeze',
      legalFamilyName: 'Okonkwo',
      dateOfBirth: '1979-08-23',
      sexAtBirth: 'female',
      phone: '555-201-4410',
      addressLine: '884 Harber Gate Suite 12',
      city: 'Evanston',
      region: 'IL',
      postalCode: '60201',
      country: 'US',
      careTeam: [],
    });
  });

  it('imports conditions with their codes and skips one entered in error', () => {
    expect(preview.conditions.map((c) => [c.text, c.coding[0]?.code, c.onsetDate])).toEqual([
      ['Essential hypertension', '59621000', '2011-04-02'],
      ['Major depressive disorder', '370143000', '2018-01-15'],
    ]);
    expect(preview.skipped).toContainEqual({
      resourceType: 'Condition',
      id: 'c3',
      reason: 'Its verification status is entered-in-error.',
    });
  });

  it('imports current medications (a referenced Medication too) and skips stopped ones', () => {
    expect(preview.medications).toEqual([
      expect.objectContaining({
        name: 'lisinopril 10 MG Oral Tablet',
        dose: 1,
        unit: 'tablet',
        frequency: 'once-daily',
      }),
      expect.objectContaining({ name: 'sertraline 100 MG', dose: 100, unit: 'mg', frequency: 'once-daily' }),
    ]);
    expect(preview.skipped).toContainEqual({
      resourceType: 'MedicationRequest',
      id: 'm2',
      reason: 'amoxicillin 500 MG Oral Capsule: not a current medication (status stopped).',
    });
  });

  it('imports allergies with their reaction and reports every other resource type', () => {
    expect(preview.allergies).toEqual([expect.objectContaining({ substance: 'Latex allergy', reaction: 'Urticaria' })]);
    expect(preview.skipped.filter((s) => s.id === null).map((s) => s.reason)).toEqual([
      '1 resource not imported: Chairside imports demographics, conditions, medications and allergies.',
      '1 resource not imported: Chairside imports demographics, conditions, medications and allergies.',
      '2 resources not imported: Chairside imports demographics, conditions, medications and allergies.',
    ]);
  });

  it('refuses what is not a one-patient bundle, naming why', () => {
    expect(readBundle({ resourceType: 'Patient' }).problems).toEqual(['This is not a FHIR Bundle.']);
    expect(readBundle({ resourceType: 'Bundle', entry: [] }).problems[0]).toMatch(/has 0 Patient/);
    const noBirth = readBundle({
      resourceType: 'Bundle',
      entry: [{ resource: { resourceType: 'Patient', name: [{ family: 'X', given: ['Y'] }] } }],
    });
    expect(noBirth.problems).toEqual(['The Patient has no full birth date (YYYY-MM-DD).']);
    expect(noBirth.notes).toEqual([]);
  });

  it('reads back what Chairside exports (round trip of the mapping)', () => {
    const exported = {
      resourceType: 'Bundle',
      entry: everythingResources(fixtureRecord).map((resource) => ({ resource })),
    };
    const back = readBundle(exported);
    const p = fixtureRecord.patient;
    expect(back.patient).toEqual({
      legalGivenName: p.legalGivenName,
      legalFamilyName: p.legalFamilyName,
      preferredName: p.preferredName,
      dateOfBirth: p.dateOfBirth,
      sexAtBirth: p.sexAtBirth,
      phone: p.phone,
      email: p.email,
      addressLine: p.addressLine,
      city: p.city,
      region: p.region,
      postalCode: p.postalCode,
      country: p.country,
      emergencyContact: p.emergencyContact,
      careTeam: [],
    });
    const intake = fixtureRecord.intake?.data;
    expect(back.medications.map(({ coding: _c, status: _s, ...m }) => m)).toEqual([
      ...(intake?.medications ?? []),
      ...(fixtureRecord.external[0]?.medications ?? []).map(({ coding: _c, status: _s, ...m }) => m),
    ]);
    expect(back.conditions.map((c) => c.text)).toEqual([
      'Treatment-resistant depression (≥ 2 failed adequate antidepressant trials)',
      'Glaucoma',
      'Past substance use disorder',
      'Essential hypertension',
    ]);
  });
});
