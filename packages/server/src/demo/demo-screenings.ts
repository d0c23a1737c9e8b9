import { isoDate, type IntakeInput, type PatientDetails } from '@chairside/domain';
import { createIntakeVersion } from '../app/intake/create-intake-version.js';
import type { AppDeps, PatientRow, RequestContext } from '../app/ports.js';
import { saveScreening } from '../app/screening/evaluate-screening.js';
import { signScreening } from '../app/screening/sign-screening.js';

type Variation = Partial<Pick<IntakeInput, 'medications' | 'vitals' | 'allergies' | 'conditions'>>;

function demoIntake(patient: PatientDetails, now: Date, variation: Variation): IntakeInput {
  const measuredAt = now.toISOString();
  return {
    dateOfBirth: patient.dateOfBirth,
    sexAtBirth: patient.sexAtBirth === 'female' || patient.sexAtBirth === 'male' ? patient.sexAtBirth : 'unknown',
    indications: [{ code: 'treatment-resistant-depression' }],
    failedAdequateAntidepressantTrials: 3,
    priorTreatments: [{ kind: 'tms', response: 'partial' }],
    conditions: [],
    allergies: [],
    medications: [{ name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' }],
    painConditions: [],
    sleep: { averageHoursPerNight: 6 },
    recentSubstanceUse: [],
    pregnancy: { canBecomePregnant: 'no', status: 'not-pregnant' },
    breastfeeding: false,
    suicideScreen: { phq9Item9: 0, cssrsScreenPositive: false, assessedOn: isoDate(now) },
    vitals: { systolicMmHg: 124, diastolicMmHg: 78, heartRateBpm: 72, spo2Pct: 98, measuredAt },
    weight: { value: 78, unit: 'kg', measuredAt },
    height: { value: 172, unit: 'cm', measuredAt },
    ...variation,
  };
}

/**
 * A few demo patients arrive screened: an intake, an IV-depression screening and Dr Okafor's
 * signature (with a documented note for each soft-stop), so dose plans can be tried at once.
 */
export async function loadDemoScreenings(
  deps: AppDeps,
  nurse: RequestContext,
  physician: RequestContext,
  patients: readonly PatientRow[],
): Promise<void> {
  const variations: Variation[] = [
    {
      allergies: [{ substance: 'penicillin', reaction: 'hives' }],
      medications: [
        { name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' },
        { name: 'bupropion', dose: 150, unit: 'mg', frequency: 'once-daily' },
      ],
    },
    {
      vitals: {
        systolicMmHg: 148,
        diastolicMmHg: 92,
        heartRateBpm: 80,
        spo2Pct: 97,
        measuredAt: deps.clock.now().toISOString(),
      },
      medications: [
        { name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' },
        { name: 'Ativan', dose: 0.5, unit: 'mg', frequency: 'at-bedtime' },
      ],
    },
    {},
  ];
  for (const [index, patient] of patients.entries()) {
    const intake = await createIntakeVersion(
      deps,
      nurse,
      patient.id,
      demoIntake(patient, deps.clock.now(), variations[index] ?? {}),
    );
    const screening = await saveScreening(deps, nurse, patient.id, {
      intakeVersion: intake.version,
      protocolId: 'iv-depression',
    });
    const softStopNotes = screening.result.findings.flatMap((finding, findingIndex) =>
      finding.severity === 'soft-stop'
        ? [{ findingIndex, note: 'Reviewed with the patient; repeat BP before the session and proceed if it settles.' }]
        : [],
    );
    await signScreening(deps, physician, screening.id, {
      decision: 'eligible',
      softStopNotes,
      warningsAcknowledged: true,
    });
  }
}
