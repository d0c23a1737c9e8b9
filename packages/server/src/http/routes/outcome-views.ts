import type {
  AssignmentView,
  CrisisResources,
  PortalScoreView,
  QuestionnaireResponseView,
  ScaleOutcomeView,
  ScaleView,
  TaskView,
} from '@chairside/contract';
import { getScale, type Scale } from '@chairside/domain';
import type { ScaleOutcome } from '../../app/outcomes/scale-outcome.js';
import type { QuestionnaireAssignmentRecord, QuestionnaireResponseRecord, TaskWithPatient } from '../../app/ports.js';

/** HTTP shapes of questionnaire, task and outcome records. */

export const scaleView = (scale: Scale): ScaleView => ({
  id: scale.id,
  version: scale.version,
  title: scale.title,
  abbreviation: scale.abbreviation,
  administeredBy: scale.administeredBy,
  recallPeriod: scale.recallPeriod,
  instructions: scale.instructions ?? null,
  licence: { ...scale.licence },
  // Item text is whatever the scale data carries: verbatim only where the licence allows it.
  items: scale.items.map((item) => ({ id: item.id, number: item.number, label: item.label })),
  answerOptions: scale.answerOptions.map((o) => ({ value: o.value, label: o.label })),
  totalRange: { ...scale.totalRange },
  bands: scale.bands.map((b) => ({ ...b })),
});

export const responseView = (r: QuestionnaireResponseRecord): QuestionnaireResponseView => ({
  id: r.id,
  patientId: r.patientId,
  scaleId: r.scaleId,
  scaleVersion: r.scaleVersion,
  answers: r.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
  complete: r.complete,
  missingItems: [...r.missingItems],
  total: r.total,
  band: r.bandId !== null && r.bandLabel !== null ? { id: r.bandId, label: r.bandLabel } : null,
  flags: r.flags.map((f) => ({ flag: f.flag, rule: f.rule, severity: f.severity, message: f.message })),
  enteredBy: {
    userId: r.enteredByUserId,
    username: r.enteredByUsername,
    role: r.enteredByRole,
    onBehalf: r.enteredByRole !== 'patient',
  },
  assignmentId: r.assignmentId,
  takenAt: r.takenAt,
  recordedAt: r.recordedAt,
});

export const assignmentView = (a: QuestionnaireAssignmentRecord): AssignmentView => ({
  id: a.id,
  patientId: a.patientId,
  scaleId: a.scaleId,
  dueDate: a.dueDate,
  recurrence: a.recurrence,
  status: a.status,
  assignedAt: a.assignedAt,
  completedAt: a.completedAt,
  responseId: a.responseId,
});

export const taskView = (t: TaskWithPatient): TaskView => ({
  id: t.id,
  type: t.type,
  priority: t.priority,
  patient: { id: t.patientId, name: t.patientName, mrn: t.patientMrn },
  title: t.title,
  detail: t.detail,
  assignedRole: t.assignedRole,
  status: t.status,
  source: { type: t.sourceType, id: t.sourceId },
  createdAt: t.createdAt,
  completed:
    t.completedAt !== null
      ? { at: t.completedAt, by: t.completedByUsername ?? '', note: t.completionNote ?? '' }
      : null,
});

export const portalScoreView = (r: QuestionnaireResponseRecord): PortalScoreView => ({
  id: r.id,
  scaleId: r.scaleId,
  scaleName: getScale(r.scaleId).abbreviation,
  complete: r.complete,
  total: r.total,
  bandLabel: r.bandLabel,
  takenAt: r.takenAt,
});

/** Shown to the patient the moment a suicide-risk answer is submitted (US resources). */
export function crisisResources(clinicPhone: string | null): CrisisResources {
  const lines = [
    { label: 'Call or text 988', detail: '988 Suicide & Crisis Lifeline, 24 hours a day (US)', href: 'tel:988' },
    { label: 'Call 911', detail: 'If you are in danger right now or cannot keep yourself safe', href: 'tel:911' },
  ];
  if (clinicPhone !== null) {
    lines.push({
      label: `Call the clinic: ${clinicPhone}`,
      detail: 'Your care team has been told and will contact you',
      href: `tel:${clinicPhone.replace(/[^0-9+]/g, '')}`,
    });
  }
  return { heading: 'You do not have to go through this alone', lines };
}

function ruleText(o: ScaleOutcome): string | null {
  if (!o.rule) {
    return null;
  }
  const r = o.rule;
  const response =
    r.response.kind === 'relative-drop'
      ? `≥${r.response.minDropPct}% drop from baseline`
      : `≥${r.response.minDropPoints}-point drop from baseline`;
  const remission = `${r.remission.kind === 'below' ? '<' : '≤'}${r.remission.threshold}`;
  return `Response: ${response}. Remission: total ${remission}. (${r.id}@${r.version}, DEFAULTS.md §6)`;
}

export const scaleOutcomeView = (o: ScaleOutcome): ScaleOutcomeView => {
  const scale = getScale(o.scaleId);
  return {
    scaleId: o.scaleId,
    abbreviation: scale.abbreviation,
    title: scale.title,
    totalRange: { ...scale.totalRange },
    bands: scale.bands.map((b) => ({ ...b })),
    scores: o.scores.map((s) => ({ ...s })),
    incompleteCount: o.incompleteCount,
    ruleText: ruleText(o),
    responseAtMost: o.responseAtMost,
    remissionAtMost: o.remissionAtMost,
    timeline: o.timeline,
    booster: o.booster,
    note: o.note,
  };
};
