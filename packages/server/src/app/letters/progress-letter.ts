/**
 * The progress letter drafted from the record: pure, so the same record always drafts the same
 * letter. The physician edits every section before signing; nothing here is sent unread.
 */
import { classifyScore, displayName, getScale, indicationLabels, isOutcomeScaleId } from '@chairside/domain';
import type { LetterRecipient, LetterSection, ScorePoint } from '../continuity-ports.js';
import type { IntakeVersionRecord, ScreeningRecord } from '../intake-ports.js';
import type { DosePlanRecord, PatientRow, QuestionnaireResponseRecord } from '../ports.js';
import type { AppointmentRecord, CourseRecord } from '../scheduling/scheduling-ports.js';
import { buildScaleOutcome } from '../outcomes/scale-outcome.js';
import type { SessionFacts } from '../records/patient-record.js';

export interface LetterFacts {
  readonly patient: PatientRow;
  readonly intake: IntakeVersionRecord | null;
  readonly screening: ScreeningRecord | null;
  readonly courses: readonly CourseRecord[];
  readonly appointments: readonly AppointmentRecord[];
  readonly dosePlans: readonly DosePlanRecord[];
  readonly responses: readonly QuestionnaireResponseRecord[];
  /** Treatment sessions, oldest first. */
  readonly sessions: readonly SessionFacts[];
  /** Today at the clinic, YYYY-MM-DD. */
  readonly today: string;
}

export interface LetterDraft {
  readonly recipient: LetterRecipient;
  readonly subject: string;
  readonly sections: readonly LetterSection[];
  readonly scoreSeries: readonly ScorePoint[];
}

const day = (iso: string): string => iso.slice(0, 10);

/** Complete scale totals, oldest first: what the letter's chart draws. */
export function scoreSeriesOf(responses: readonly QuestionnaireResponseRecord[]): ScorePoint[] {
  return responses
    .filter((r) => r.complete && r.total !== null)
    .map((r) => {
      const scale = getScale(r.scaleId);
      return {
        scaleId: r.scaleId,
        abbreviation: scale.abbreviation,
        takenAt: r.takenAt,
        total: r.total ?? 0,
        maxTotal: scale.totalRange.max,
      };
    })
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
}

function indicationText(f: LetterFacts): string {
  if (!f.intake) {
    return 'No intake is recorded yet.';
  }
  const reasons = f.intake.data.indications.map((i) => indicationLabels[i.code]).join('; ');
  return `Referred for ${reasons || 'ketamine treatment'}. ${f.intake.data.failedAdequateAntidepressantTrials} adequate antidepressant trials had failed in the current episode (intake of ${day(f.intake.at)}).`;
}

function protocolText(f: LetterFacts): string {
  const course = f.courses.find((c) => c.status === 'active') ?? f.courses.at(-1);
  if (!course) {
    return 'No treatment course has been started.';
  }
  const perWeek = course.sessionsPerWeek === null ? '' : `, ${course.sessionsPerWeek} per week`;
  const plan = f.dosePlans.filter((p) => p.resultStatus === 'within').at(-1);
  const amounts = plan?.result.amounts as { doseMg?: number; requestedMgPerKg?: number } | undefined;
  const dose =
    amounts?.doseMg !== undefined
      ? ` The current dose plan is ${amounts.doseMg} mg${amounts.requestedMgPerKg !== undefined ? ` (${amounts.requestedMgPerKg} mg/kg)` : ''}, set ${day(plan?.createdAt ?? '')}.`
      : '';
  return `${course.phase === 'induction' ? 'Induction' : 'Maintenance'} course on protocol ${course.protocolId} (version ${course.protocolVersion}): ${course.targetSessions} sessions${perWeek}, started ${day(course.startedAt)}; status ${course.status}.${dose}`;
}

function sessionsText(f: LetterFacts): { text: string; sessionAts: string[] } {
  const given = f.sessions.filter((x) => x.row.dosingStartedAt !== null);
  if (given.length === 0) {
    return { text: 'No treatment sessions are recorded as given yet.', sessionAts: [] };
  }
  const lines = given.map((x, i) => {
    const dose = x.dose.deliveredMg === null ? 'dose not computable' : `${x.dose.deliveredMg} mg`;
    const ended = x.row.state === 'aborted' ? `, stopped early (${x.row.abortReason ?? 'no reason recorded'})` : '';
    return `Session ${i + 1}: ${day(x.row.dosingStartedAt ?? '')}, ${x.row.route.toUpperCase()}, ${dose}${ended}`;
  });
  return { text: lines.join('\n'), sessionAts: given.map((x) => x.row.dosingStartedAt ?? '') };
}

function adverseEventsText(f: LetterFacts): string {
  const events = f.sessions.flatMap((x) =>
    x.journal.filter((e) => e.kind === 'adverse-event').map((e) => `${day(e.at)}: ${e.summary}`),
  );
  if (f.sessions.length === 0) {
    return 'No treatment sessions are recorded yet.';
  }
  return events.length === 0 ? 'None recorded during the sessions.' : events.join('\n');
}

function scoresText(series: readonly ScorePoint[]): string {
  if (series.length === 0) {
    return 'No rating scales have been completed.';
  }
  const byScale = new Map<string, ScorePoint[]>();
  for (const p of series) {
    byScale.set(p.abbreviation, [...(byScale.get(p.abbreviation) ?? []), p]);
  }
  return [...byScale.entries()]
    .map(([name, points]) => `${name}: ${points.map((p) => `${p.total} (${day(p.takenAt)})`).join(' → ')}`)
    .join('\n');
}

function responseText(f: LetterFacts, sessionAts: readonly string[]): string {
  const scales = [...new Set(f.responses.map((r) => r.scaleId))].filter(isOutcomeScaleId);
  if (scales.length === 0) {
    return 'No outcome scale with a response rule has been completed.';
  }
  return scales
    .map((scaleId) => {
      const outcome = buildScaleOutcome(scaleId, f.responses, sessionAts);
      const name = getScale(scaleId).abbreviation;
      const baseline = outcome.timeline?.baseline;
      const latest = outcome.scores.at(-1);
      if (!baseline || !latest) {
        return `${name}: response cannot be judged yet; the baseline is the last score before the first recorded treatment session.`;
      }
      const c = classifyScore(scaleId, baseline.total, latest.total);
      const status = c.remission ? 'in remission' : c.response ? 'responding' : 'not yet responding';
      return `${name}: baseline ${baseline.total}, latest ${latest.total} (${day(latest.takenAt)}): ${status} (${c.explanation}).`;
    })
    .join('\n');
}

function medicationText(f: LetterFacts): string {
  const current =
    f.intake?.data.medications.map(
      (m) => `${m.name}${m.dose !== undefined ? ` ${m.dose} ${m.unit ?? ''}`.trimEnd() : ''}`,
    ) ?? [];
  const advice = (f.screening?.result.medications ?? [])
    .filter((m) => m.action !== 'continue')
    .map((m) => `${m.name}: ${m.action}`);
  return [
    `Current medications: ${current.length > 0 ? current.join(', ') : 'none recorded'}.`,
    advice.length > 0
      ? `Advised around treatment days: ${advice.join('; ')}.`
      : 'No medication holds or changes are advised.',
  ].join('\n');
}

function planText(f: LetterFacts): string {
  const next = f.appointments
    .filter((a) => a.status === 'booked' && day(a.startsAt) >= f.today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const course = f.courses.find((c) => c.status === 'active');
  return [
    course ? `Continue the ${course.phase} course (${course.targetSessions} sessions planned).` : 'No active course.',
    next ? `Next appointment: ${day(next.startsAt)}.` : 'No further appointment is booked.',
    'Please continue psychotherapy and medication management as before, and contact the clinic with any concern.',
  ].join(' ');
}

/**
 * Drafts a progress letter from the record.
 * @param f - what the record holds about the patient
 * @param recipient - who the letter is for
 */
export function draftProgressLetter(f: LetterFacts, recipient: LetterRecipient): LetterDraft {
  const scoreSeries = scoreSeriesOf(f.responses);
  const sessions = sessionsText(f);
  const p = f.patient;
  return {
    recipient,
    subject: `Progress report: ${displayName(p)}, born ${p.dateOfBirth} (MRN ${p.mrn})`,
    scoreSeries,
    sections: [
      { heading: 'Reason for treatment', text: indicationText(f) },
      { heading: 'Treatment protocol', text: protocolText(f) },
      { heading: 'Sessions given', text: sessions.text },
      { heading: 'Scores over time', text: scoresText(scoreSeries) },
      { heading: 'Response and remission', text: responseText(f, sessions.sessionAts) },
      { heading: 'Adverse events', text: adverseEventsText(f) },
      { heading: 'Medications', text: medicationText(f) },
      { heading: 'Plan', text: planText(f) },
    ],
  };
}
