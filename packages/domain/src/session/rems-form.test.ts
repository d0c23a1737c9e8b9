import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import type { VitalReading } from '../monitoring/vital-reading.js';
import { buildRemsMonitoringForm, type RemsFormInput } from './rems-form.js';

const bp = (minute: number, systolicMmHg: number, diastolicMmHg: number): VitalReading =>
  vitals({ takenAt: atMin(minute), systolicMmHg, diastolicMmHg });

const input: RemsFormInput = {
  patient: {
    firstName: 'Ana',
    middleInitial: 'M',
    lastName: 'Lopez',
    dateOfBirth: '1980-04-02',
    sex: 'female',
    firstTreatment: false,
    enrolledInRems: true,
  },
  concomitantMedications: {
    benzodiazepines: true,
    nonBenzodiazepineSedativeHypnotics: false,
    psychostimulants: false,
    maois: false,
    opioidsOrOtherCnsDepressants: false,
  },
  monitoringHcp: { name: 'Kim Park RN', phone: '555-0100', email: 'kim@clinic.example' },
  setting: { name: 'North Clinic', address: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
  plannedDoseMg: 84,
  devices: [
    { administeredAt: atMin(0), doseMg: 28, lotNumber: 'LOT-A1' },
    { administeredAt: atMin(5), doseMg: 28, lotNumber: 'LOT-A1' },
    { administeredAt: atMin(10), doseMg: 28, lotNumber: 'LOT-B2' },
  ],
  monitoringEndedAt: atMin(125),
  readings: [
    bp(-10, 128, 82),
    bp(-2, 132, 84),
    bp(20, 140, 88),
    bp(38, 150, 92),
    bp(43, 149, 90),
    bp(90, 135, 85),
    bp(120, 130, 82),
    bp(130, 120, 80),
  ],
  vitalSignsAcceptable: { beforeAdministration: true, beforeCompletion: true },
  adverseEvents: {
    sedation: { occurred: true, resolvedByEnd: true },
    dissociation: { occurred: true, resolvedByEnd: true },
    respiratoryDepression: { occurred: false, resolvedByEnd: null },
  },
  readyToLeaveMin: 90,
};

describe('buildRemsMonitoringForm', () => {
  it('fills the REMS form fields from the session', () => {
    const { form, findings } = buildRemsMonitoringForm(input);
    expect(findings).toEqual([]);
    expect(form).toMatchObject({
      treatmentDate: '2025-03-01',
      dose: '84 mg',
      doseMg: 84,
      lotNumbers: ['LOT-A1', 'LOT-B2'],
      totalMonitoringMin: 125,
      readyToLeaveMin: 90,
      concomitantMedications: { benzodiazepines: 'Y', maois: 'N', opioidsOrOtherCnsDepressants: 'N' },
      vitalSigns: { acceptableBeforeAdministration: 'Y', acceptableBeforeCompletion: 'Y' },
      adverseEvents: {
        sedation: { occurred: 'Y', resolvedByEnd: 'Y' },
        respiratoryDepression: { occurred: 'N', resolvedByEnd: null },
      },
    });
    // Pre-dose: the last before the first device; ~40 min: nearest to 40; before completion: the last up to the end.
    expect(form.bloodPressure).toEqual({
      preDose: { systolicMmHg: 132, diastolicMmHg: 84, takenAt: atMin(-2), minutesFromFirstDevice: -2 },
      at40Min: { systolicMmHg: 150, diastolicMmHg: 92, takenAt: atMin(38), minutesFromFirstDevice: 38 },
      beforeCompletion: { systolicMmHg: 130, diastolicMmHg: 82, takenAt: atMin(120), minutesFromFirstDevice: 120 },
    });
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
  });

  it.each<[string, string, string[]]>([
    ['120 min exactly is enough', atMin(120), []],
    ['119.9 min is not', atMin(119.9), ['rems.monitoring-duration@1']],
  ])('%s', (_name, monitoringEndedAt, expected) => {
    const readings = [bp(-2, 132, 84), bp(40, 150, 92), bp(110, 130, 82)];
    expect(buildRemsMonitoringForm({ ...input, monitoringEndedAt, readings }).findings.map((f) => f.rule)).toEqual(
      expected,
    );
  });

  it.each<[number, string[]]>([
    [35, []],
    [45, []],
    [46, ['rems.bp-40-min-timing@1']],
    [34, ['rems.bp-40-min-timing@1']],
  ])('a "40 min" BP taken at %s min → %j', (minute, expected) => {
    const readings = [bp(-2, 132, 84), bp(minute, 150, 92), bp(121, 130, 82)];
    expect(buildRemsMonitoringForm({ ...input, readings }).findings.map((f) => f.rule)).toEqual(expected);
  });

  it('carries the device findings (a dose stopped early)', () => {
    const devices = input.devices.slice(0, 2);
    const { form, findings } = buildRemsMonitoringForm({ ...input, devices });
    expect(form.dose).toBe('56 mg');
    expect(findings.map((f) => f.rule)).toEqual(['session.esketamine.total-equals-plan@1']);
  });

  it.each<[string, Partial<RemsFormInput>]>([
    ['no BP before the first device', { readings: [bp(40, 150, 92), bp(110, 130, 82)] }],
    ['no BP after the 40-min one', { readings: [bp(-2, 132, 84), bp(40, 150, 92)] }],
    [
      'an event that occurred with no resolution recorded',
      { adverseEvents: { ...input.adverseEvents, dissociation: { occurred: true, resolvedByEnd: null } } },
    ],
    ['a blank HCP phone', { monitoringHcp: { ...input.monitoringHcp, phone: '' } }],
    ['no devices', { devices: [] }],
  ])('throws MissingInputError on %s', (_name, change) => {
    expect(() => buildRemsMonitoringForm({ ...input, ...change })).toThrow(MissingInputError);
  });

  it.each<[string, Partial<RemsFormInput>]>([
    ['monitoring ending before the first device', { monitoringEndedAt: atMin(-1) }],
    ['a negative ready-to-leave time', { readyToLeaveMin: -5 }],
  ])('throws InvalidInputError on %s', (_name, change) => {
    expect(() => buildRemsMonitoringForm({ ...input, ...change })).toThrow(InvalidInputError);
  });
});
