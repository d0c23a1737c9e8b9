import { displayName, NotFoundError, remsFormRules } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { firstDeviceAt, preChecksOf } from '../sessions/session-derive.js';
import { sessionSummary, type SessionSummary } from './session-summary.js';

const MINUTE_MS = 60_000;

export interface RemsFormField {
  readonly section: string;
  readonly key: string;
  readonly label: string;
  /** null: the record does not hold this item. */
  readonly value: string | null;
}

export interface RemsFormView {
  readonly sessionId: string;
  readonly fields: RemsFormField[];
}

function minutesFrom(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / MINUTE_MS);
}

/**
 * The SPRAVATO REMS patient monitoring form items from what the session record holds
 * (REFERENCE.md §3.4). An item the record does not hold (concomitant medications, the
 * monitoring clinician's contact details, the setting's address, the "ready to leave" minute)
 * has value null and is completed on the REMS portal; nothing is filled in by assumption.
 */
export function remsFormOf(summary: SessionSummary): RemsFormView {
  const { patient, session } = summary;
  const journal = session.journal;
  const fields: RemsFormField[] = [];
  const add = (section: string, key: string, label: string, value: string | null): void => {
    fields.push({ section, key, label, value });
  };
  const enrolled = preChecksOf(journal).remsPatientEnrolled;
  const firstDevice = firstDeviceAt(journal);
  const devices = journal.filter((e) => e.kind === 'esketamine-device');
  const discharge = journal.find((e) => e.kind === 'discharge');
  const readings = [...session.readings].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const bp = (r: (typeof readings)[number] | undefined): string | null =>
    r === undefined
      ? null
      : `${r.systolicMmHg}/${r.diastolicMmHg} mmHg at ${r.takenAt}${firstDevice === null ? '' : ` (${minutesFrom(firstDevice, r.takenAt)} min from the first device)`}`;

  add('Patient', 'patient.name', 'Patient name', displayName(patient));
  add('Patient', 'patient.dateOfBirth', 'Date of birth', patient.dateOfBirth);
  add('Patient', 'patient.sex', 'Sex', patient.sexAtBirth);
  add(
    'Patient',
    'patient.enrolledInRems',
    'Enrolled in the SPRAVATO REMS',
    enrolled === null ? null : enrolled ? 'Yes' : 'No',
  );
  add(
    'Patient',
    'concomitantMedications',
    'Concomitant medications (benzodiazepines, sedative-hypnotics, psychostimulants, MAOIs, opioids)',
    null,
  );
  add('Monitoring', 'monitoringHcp.contact', 'Monitoring healthcare provider phone and email', null);
  add('Monitoring', 'setting.address', 'Healthcare setting address', null);
  add('Treatment', 'treatmentDate', 'Treatment date', firstDevice?.slice(0, 10) ?? null);
  add(
    'Treatment',
    'dose',
    'Dose administered',
    devices.length === 0 || session.dose.deliveredMg === null
      ? null
      : `${session.dose.deliveredMg} mg (${devices.length} device${devices.length === 1 ? '' : 's'})`,
  );
  const lots = devices.map((e) => e.data['lotNumber']).filter((lot): lot is string => typeof lot === 'string');
  add('Treatment', 'lotNumbers', 'Device lot numbers', lots.length === 0 ? null : lots.join(', '));
  add('Treatment', 'firstDeviceAt', 'First device administered at', firstDevice);
  add('Monitoring', 'monitoringEndedAt', 'Monitoring ended (discharge) at', discharge?.at ?? null);
  add(
    'Monitoring',
    'totalMonitoringMin',
    `Total monitoring time from the first device (must be ≥ ${remsFormRules.duration.minMonitoringMin} min)`,
    firstDevice !== null && discharge !== undefined ? `${minutesFrom(firstDevice, discharge.at)} min` : null,
  );
  add('Monitoring', 'readyToLeaveMin', 'Minutes from the first device until ready to leave', null);
  const before = firstDevice === null ? [] : readings.filter((r) => r.takenAt <= firstDevice);
  const { targetMin, toleranceMin } = remsFormRules.bpTiming;
  const around40 =
    firstDevice === null
      ? undefined
      : readings
          .filter((r) => Math.abs(minutesFrom(firstDevice, r.takenAt) - targetMin) <= toleranceMin)
          .sort(
            (a, b) =>
              Math.abs(minutesFrom(firstDevice, a.takenAt) - targetMin) -
              Math.abs(minutesFrom(firstDevice, b.takenAt) - targetMin),
          )[0];
  const last = readings.at(-1);
  add('Vital signs', 'bloodPressure.preDose', 'Blood pressure before the first device', bp(before.at(-1)));
  add('Vital signs', 'bloodPressure.at40Min', `Blood pressure about ${targetMin} min after dosing`, bp(around40));
  add(
    'Vital signs',
    'bloodPressure.beforeCompletion',
    'Blood pressure before the end of monitoring',
    firstDevice !== null && last !== undefined && last.takenAt > firstDevice ? bp(last) : null,
  );
  const sedation = journal.filter((e) => e.kind === 'sedation-check');
  add(
    'Observations',
    'sedationChecks',
    'Sedation and dissociation checks',
    sedation.length === 0 ? null : sedation.map((e) => `${e.at} ${e.summary}`).join('; '),
  );
  const adverse = journal.filter((e) => e.kind === 'adverse-event');
  add(
    'Observations',
    'adverseEvents',
    'Adverse events recorded (sedation, dissociation, respiratory depression: confirm on the form)',
    adverse.length === 0 ? 'None recorded' : adverse.map((e) => `${e.at} ${e.summary}`).join('; '),
  );
  return { sessionId: session.row.id, fields };
}

/** The REMS form items of one esketamine session; the read is audited. */
export async function sessionRemsForm(deps: AppDeps, ctx: RequestContext, sessionId: string): Promise<RemsFormView> {
  const summary = await sessionSummary(deps, ctx, sessionId, 'session.rems-form-read');
  if (summary.session.row.route !== 'intranasal') {
    throw new NotFoundError('The REMS monitoring form applies to esketamine (intranasal) sessions only');
  }
  return remsFormOf(summary);
}
