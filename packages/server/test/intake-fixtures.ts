import type { Agent } from './test-app.js';

const at = '2026-11-22T08:30:00Z';

/** A clean treatment-resistant depression intake; tests change one thing at a time. */
export const cleanIntake = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  dateOfBirth: '1980-06-15',
  sexAtBirth: 'male',
  indications: [{ code: 'treatment-resistant-depression' }],
  failedAdequateAntidepressantTrials: 3,
  priorTreatments: [{ kind: 'tms', response: 'partial' }],
  conditions: [],
  allergies: [],
  medications: [{ name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' }],
  painConditions: [],
  sleep: {},
  recentSubstanceUse: [],
  pregnancy: { canBecomePregnant: 'no', status: 'not-pregnant' },
  breastfeeding: false,
  suicideScreen: { phq9Item9: 0, cssrsScreenPositive: false, assessedOn: '2026-11-22' },
  vitals: { systolicMmHg: 122, diastolicMmHg: 78, heartRateBpm: 70, spo2Pct: 98, measuredAt: at },
  weight: { value: 176, unit: 'lb', measuredAt: at },
  height: { value: 70, unit: 'in', measuredAt: at },
  ...over,
});

/** Intake, screening and a physician's eligible signature: what a dose plan needs first. */
export async function screenEligible(
  nurse: Agent,
  physician: Agent,
  patientId: string,
  protocolId: string,
): Promise<void> {
  const intake = await nurse.request({
    method: 'POST',
    url: `/api/patients/${patientId}/intakes`,
    payload: cleanIntake(),
  });
  const { version } = intake.json<{ version: number }>();
  const saved = await nurse.request({
    method: 'POST',
    url: `/api/patients/${patientId}/screenings`,
    payload: { intakeVersion: version, protocolId },
  });
  const { id } = saved.json<{ id: string }>();
  const signed = await physician.request({
    method: 'POST',
    url: `/api/screenings/${id}/sign`,
    payload: { decision: 'eligible', softStopNotes: [], warningsAcknowledged: true },
  });
  if (signed.statusCode !== 200) {
    throw new Error(`could not sign the screening: ${signed.statusCode} ${signed.body}`);
  }
}
