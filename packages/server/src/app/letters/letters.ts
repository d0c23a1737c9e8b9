import { InvalidInputError, NotFoundError, Role, StaleVersionError } from '@chairside/domain';
import { requireRole } from '../context.js';
import { sessionsOf } from '../records/read-record.js';
import type {
  DispatchMethod,
  LetterDispatchRecord,
  LetterRecipient,
  LetterRecord,
  LetterSection,
  LetterRenderInput,
  LetterTemplateRecord,
  RenderLetter,
} from '../continuity-ports.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { draftProgressLetter, scoreSeriesOf, type LetterDraft, type LetterFacts } from './progress-letter.js';

const staffWhoSend = [Role.Physician, Role.Nurse, Role.FrontDesk];

/** The template a clinic starts with until an administrator saves its own. */
export function defaultTemplate(clinicName: string): LetterTemplateRecord {
  return {
    version: 0,
    letterhead: [clinicName],
    signatureBlock: 'Physician, ketamine treatment service',
    footer: 'Confidential: this letter contains health information about the patient named above.',
    createdAt: '1970-01-01T00:00:00.000Z',
    createdByUsername: null,
  };
}

async function factsOf(s: Stores, patientId: string, now: string): Promise<LetterFacts> {
  const today = now.slice(0, 10);
  const patient = await s.patients.findById(patientId);
  if (!patient) {
    throw new NotFoundError('No patient with this id');
  }
  const intakes = await s.intakes.list(patientId);
  const screenings = await s.screenings.list(patientId);
  return {
    patient,
    intake: intakes.reduce<(typeof intakes)[number] | null>(
      (a, b) => (a === null || b.version > a.version ? b : a),
      null,
    ),
    screening: screenings.find((x) => x.signature !== null) ?? null,
    courses: await s.courses.listForPatient(patientId),
    appointments: await s.appointments.list({ from: '1900-01-01T00:00:00Z', to: '2999-12-31T00:00:00Z', patientId }),
    dosePlans: await s.dosePlans.listForPatient(patientId),
    responses: await s.questionnaires.listResponses(patientId),
    sessions: await sessionsOf(s, patientId, now),
    today,
  };
}

/** A progress letter drafted from the record for the physician to edit (the read is audited). */
export async function draftLetter(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  recipient: LetterRecipient,
): Promise<LetterDraft> {
  requireRole(ctx, [Role.Physician]);
  return deps.tx.run(async (s) => {
    const draft = draftProgressLetter(await factsOf(s, patientId, deps.clock.now().toISOString()), recipient);
    await s.audit.append(ctx, { action: 'letter.draft', recordType: 'patient', recordId: patientId, patientId });
    return draft;
  });
}

export async function currentTemplate(s: Stores, clinicName: string): Promise<LetterTemplateRecord> {
  return (await s.letters.latestTemplate()) ?? defaultTemplate(clinicName);
}

/**
 * Signs the physician's edited letter: the PDF is rendered once, on the current template, and
 * kept with the letter. The chart is drawn from the record, never from what the client sent.
 */
export async function signLetter(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: { recipient: LetterRecipient; subject: string; sections: readonly LetterSection[]; clinicName: string },
  render: RenderLetter,
): Promise<LetterRecord> {
  const actor = requireRole(ctx, [Role.Physician]);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const facts = await factsOf(s, patientId, now);
    const template = await currentTemplate(s, input.clinicName);
    const user = await s.users.findById(actor.userId);
    const letter: LetterRecord = {
      id: deps.ids.uuid(),
      patientId,
      kind: 'progress',
      recipient: input.recipient,
      subject: input.subject.trim(),
      sections: input.sections.map((x) => ({ heading: x.heading.trim(), text: x.text.trim() })),
      scoreSeries: scoreSeriesOf(facts.responses),
      templateVersion: template.version,
      signedAt: now,
      signedByUserId: actor.userId,
      signedByUsername: actor.username,
      signedByName: user?.displayName ?? actor.username,
    };
    const pdf = await render({
      template,
      date: now.slice(0, 10),
      recipient: letter.recipient,
      subject: letter.subject,
      sections: letter.sections,
      scoreSeries: letter.scoreSeries,
      signed: { name: letter.signedByName, at: now },
    });
    await s.letters.insert(letter, pdf);
    await s.audit.append(ctx, {
      action: 'letter.sign',
      recordType: 'letter',
      recordId: letter.id,
      patientId,
      changes: {
        recipient: letter.recipient,
        subject: letter.subject,
        templateVersion: template.version,
        pdfBytes: pdf.length,
      },
    });
    return letter;
  });
}

export interface LetterWithDispatches extends LetterRecord {
  readonly dispatches: readonly LetterDispatchRecord[];
}

export async function listLetters(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<LetterWithDispatches[]> {
  requireRole(ctx, staffWhoSend);
  return deps.tx.run(async (s) => {
    const letters = await s.letters.list(patientId);
    const dispatches = await s.letters.listDispatches(letters.map((l) => l.id));
    await s.audit.append(ctx, { action: 'letter.list', recordType: 'patient', recordId: patientId, patientId });
    return letters.map((l) => ({ ...l, dispatches: dispatches.filter((d) => d.letterId === l.id) }));
  });
}

/** The signed PDF exactly as it was signed (the read is audited). */
export async function letterPdf(
  deps: AppDeps,
  ctx: RequestContext,
  letterId: string,
): Promise<{ letter: LetterRecord; pdf: Buffer }> {
  requireRole(ctx, staffWhoSend);
  return deps.tx.run(async (s) => {
    const letter = await s.letters.find(letterId);
    const pdf = letter ? await s.letters.pdf(letterId) : undefined;
    if (!letter || !pdf) {
      throw new NotFoundError('No letter with this id');
    }
    await s.audit.append(ctx, {
      action: 'letter.read-pdf',
      recordType: 'letter',
      recordId: letterId,
      patientId: letter.patientId,
    });
    return { letter, pdf };
  });
}

const faxPattern = /^\+?[0-9 ().-]{7,30}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Records that a signed letter was sent: how (print, fax number, secure email address), when, by whom. */
export async function recordDispatch(
  deps: AppDeps,
  ctx: RequestContext,
  letterId: string,
  input: { method: DispatchMethod; destination?: string | undefined; sentAt: string; note?: string | undefined },
): Promise<LetterDispatchRecord> {
  const actor = requireRole(ctx, staffWhoSend);
  const destination = input.destination?.trim() ?? '';
  if (input.method === 'fax' && !faxPattern.test(destination)) {
    throw InvalidInputError.forField('destination', 'A fax needs the fax number it was sent to');
  }
  if (input.method === 'secure-email' && !emailPattern.test(destination)) {
    throw InvalidInputError.forField('destination', 'A secure email needs the address it was sent to');
  }
  const now = deps.clock.now();
  if (Date.parse(input.sentAt) > now.getTime() + 5 * 60_000) {
    throw InvalidInputError.forField('sentAt', 'A letter cannot be sent in the future');
  }
  return deps.tx.run(async (s) => {
    const letter = await s.letters.find(letterId);
    if (!letter) {
      throw new NotFoundError('No letter with this id');
    }
    if (Date.parse(input.sentAt) < Date.parse(letter.signedAt) - 60_000) {
      throw InvalidInputError.forField('sentAt', 'A letter cannot be sent before it was signed');
    }
    const dispatch: LetterDispatchRecord = {
      id: deps.ids.uuid(),
      letterId,
      method: input.method,
      destination: input.method === 'print' ? null : destination,
      recipientName: letter.recipient.name,
      sentAt: new Date(input.sentAt).toISOString(),
      recordedAt: now.toISOString(),
      byUserId: actor.userId,
      byUsername: actor.username,
      note: input.note?.trim() ? input.note.trim() : null,
    };
    await s.letters.insertDispatch(dispatch);
    await s.audit.append(ctx, {
      action: 'letter.dispatch',
      recordType: 'letter',
      recordId: letterId,
      patientId: letter.patientId,
      changes: {
        method: dispatch.method,
        destination: dispatch.destination,
        sentAt: dispatch.sentAt,
        to: dispatch.recipientName,
      },
    });
    return dispatch;
  });
}

export async function getTemplate(deps: AppDeps, clinicName: string): Promise<LetterTemplateRecord> {
  return deps.tx.run((s) => currentTemplate(s, clinicName));
}

/** Saves a new template version (administrators); the letters already signed keep theirs. */
export async function saveTemplate(
  deps: AppDeps,
  ctx: RequestContext,
  input: { letterhead: readonly string[]; signatureBlock: string; footer: string; version: number },
): Promise<LetterTemplateRecord> {
  const actor = requireRole(ctx, [Role.Admin]);
  const letterhead = input.letterhead.map((l) => l.trim()).filter((l) => l !== '');
  if (letterhead.length === 0) {
    throw InvalidInputError.forField('letterhead', 'The letterhead needs at least the clinic name');
  }
  return deps.tx.run(async (s) => {
    const latest = await s.letters.latestTemplate();
    if ((latest?.version ?? 0) !== input.version) {
      throw new StaleVersionError('The template was changed by someone else; reload it');
    }
    const record: LetterTemplateRecord = {
      version: input.version + 1,
      letterhead,
      signatureBlock: input.signatureBlock.trim(),
      footer: input.footer.trim(),
      createdAt: deps.clock.now().toISOString(),
      createdByUsername: actor.username,
    };
    if (!(await s.letters.insertTemplate(record, actor.userId))) {
      throw new StaleVersionError('The template was changed by someone else; reload it');
    }
    await s.audit.append(ctx, {
      action: 'letter-template.save',
      recordType: 'letter_template',
      recordId: String(record.version),
      changes: record,
    });
    return record;
  });
}

/** A sample letter on a proposed template, so the clinic sees it before saving. */
export function sampleLetter(
  ctx: RequestContext,
  today: string,
  template: { letterhead: readonly string[]; signatureBlock: string; footer: string },
): LetterRenderInput {
  requireRole(ctx, [Role.Admin]);
  const sample = Date.parse(`${today}T12:00:00Z`);
  const at = (days: number): string => new Date(sample - days * 86_400_000).toISOString();
  return {
    template,
    date: today,
    recipient: { role: 'therapist', name: 'Dr Sample Therapist', organisation: 'Sample Practice', fax: '+1 555 0100' },
    subject: 'Progress report: Sample Patient, born 1980-01-01 (MRN CS-0000000-0)',
    sections: [
      { heading: 'Reason for treatment', text: 'This is a preview of the letter template with sample text.' },
      { heading: 'Scores over time', text: 'PHQ-9: 19 → 14 → 9 → 6' },
      { heading: 'Plan', text: 'Sample plan.' },
    ],
    scoreSeries: [19, 14, 9, 6].map((total, i) => ({
      scaleId: 'phq-9',
      abbreviation: 'PHQ-9',
      takenAt: at(21 - i * 7),
      total,
      maxTotal: 27,
    })),
    signed: null,
  };
}
