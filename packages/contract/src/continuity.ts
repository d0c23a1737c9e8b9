import { Type } from 'typebox';
import { Email, IsoDateTime, Phone, RequiredText, Strict, Text, Uuid } from './common.js';

/** A FHIR R4 Bundle sent for import; its content is read by the server's FHIR reader, not by this schema. */
export const ImportBundleBody = Strict({
  bundle: Type.Object({ resourceType: Type.Literal('Bundle') }, { additionalProperties: true }),
});
export type ImportBundleBody = Type.Static<typeof ImportBundleBody>;

const Coding = Type.Object({
  system: Type.Union([Type.String(), Type.Null()]),
  code: Type.Union([Type.String(), Type.Null()]),
  display: Type.Union([Type.String(), Type.Null()]),
});

export const ImportedConditionView = Type.Object({
  text: Type.String(),
  coding: Type.Array(Coding),
  onsetDate: Type.Union([Type.String(), Type.Null()]),
  clinicalStatus: Type.Union([Type.String(), Type.Null()]),
});
export const ImportedMedicationView = Type.Object({
  name: Type.String(),
  dose: Type.Optional(Type.Number()),
  unit: Type.Optional(Type.String()),
  frequency: Type.Optional(Type.String()),
  maxDosesPerDay: Type.Optional(Type.Number()),
  note: Type.Optional(Type.String()),
  status: Type.Union([Type.String(), Type.Null()]),
  coding: Type.Array(Coding),
});
export const ImportedAllergyView = Type.Object({
  substance: Type.String(),
  reaction: Type.Optional(Type.String()),
  coding: Type.Array(Coding),
});
export const SkippedResourceView = Type.Object({
  resourceType: Type.String(),
  id: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
});

export const ImportPreviewView = Type.Object({
  sourceBundleId: Type.Union([Type.String(), Type.Null()]),
  sourcePatientId: Type.Union([Type.String(), Type.Null()]),
  patient: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  problems: Type.Array(Type.String()),
  notes: Type.Array(Type.String()),
  conditions: Type.Array(ImportedConditionView),
  medications: Type.Array(ImportedMedicationView),
  allergies: Type.Array(ImportedAllergyView),
  skipped: Type.Array(SkippedResourceView),
  possibleDuplicates: Type.Array(
    Type.Object({ id: Uuid, mrn: Type.String(), name: Type.String(), dateOfBirth: Type.String() }),
  ),
});
export type ImportPreviewView = Type.Static<typeof ImportPreviewView>;

export const ImportResultView = Type.Object({
  patientId: Uuid,
  mrn: Type.String(),
  externalRecordId: Uuid,
  conditions: Type.Integer(),
  medications: Type.Integer(),
  allergies: Type.Integer(),
  skipped: Type.Integer(),
});
export type ImportResultView = Type.Static<typeof ImportResultView>;

export const ExternalRecordView = Type.Object({
  id: Uuid,
  importedAt: IsoDateTime,
  byUsername: Type.String(),
  sourceBundleId: Type.Union([Type.String(), Type.Null()]),
  conditions: Type.Array(ImportedConditionView),
  medications: Type.Array(ImportedMedicationView),
  allergies: Type.Array(ImportedAllergyView),
  skipped: Type.Array(SkippedResourceView),
});
export type ExternalRecordView = Type.Static<typeof ExternalRecordView>;

export const LetterRecipientRole = Type.Union([
  Type.Literal('referring_clinician'),
  Type.Literal('primary_care'),
  Type.Literal('therapist'),
  Type.Literal('psychiatrist'),
  Type.Literal('other'),
]);

export const LetterRecipientBody = Strict({
  role: LetterRecipientRole,
  name: RequiredText(200),
  organisation: Type.Optional(Text(200)),
  fax: Type.Optional(Phone),
  email: Type.Optional(Email),
});

export const LetterSectionBody = Strict({ heading: RequiredText(120), text: Text(8000) });

export const ScorePointView = Type.Object({
  scaleId: Type.String(),
  abbreviation: Type.String(),
  takenAt: IsoDateTime,
  total: Type.Number(),
  maxTotal: Type.Number(),
});

/** A letter drafted from the record: the physician edits it before signing. */
export const LetterDraftView = Type.Object({
  recipient: LetterRecipientBody,
  subject: Type.String(),
  sections: Type.Array(LetterSectionBody),
  scoreSeries: Type.Array(ScorePointView),
});
export type LetterDraftView = Type.Static<typeof LetterDraftView>;

export const DraftLetterBody = Strict({ recipient: LetterRecipientBody });
export type DraftLetterBody = Type.Static<typeof DraftLetterBody>;

export const SignLetterBody = Strict({
  recipient: LetterRecipientBody,
  subject: RequiredText(300),
  sections: Type.Array(LetterSectionBody, { minItems: 1, maxItems: 20 }),
});
export type SignLetterBody = Type.Static<typeof SignLetterBody>;

export const DispatchMethod = Type.Union([Type.Literal('print'), Type.Literal('fax'), Type.Literal('secure-email')]);
export const RecordDispatchBody = Strict({
  method: DispatchMethod,
  /** Fax number (fax) or secure email address (secure-email); absent for print. */
  destination: Type.Optional(Text(254)),
  sentAt: IsoDateTime,
  note: Type.Optional(Text(1000)),
});
export type RecordDispatchBody = Type.Static<typeof RecordDispatchBody>;

export const LetterDispatchView = Type.Object({
  id: Uuid,
  method: Type.String(),
  destination: Type.Union([Type.String(), Type.Null()]),
  recipientName: Type.String(),
  sentAt: IsoDateTime,
  recordedAt: IsoDateTime,
  byUsername: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
});

export const LetterView = Type.Object({
  id: Uuid,
  patientId: Uuid,
  kind: Type.String(),
  recipient: LetterRecipientBody,
  subject: Type.String(),
  sections: Type.Array(LetterSectionBody),
  scoreSeries: Type.Array(ScorePointView),
  templateVersion: Type.Integer(),
  signedAt: IsoDateTime,
  signedByUsername: Type.String(),
  signedByName: Type.String(),
  dispatches: Type.Array(LetterDispatchView),
});
export type LetterView = Type.Static<typeof LetterView>;

export const LetterTemplateBody = Strict({
  letterhead: Type.Array(Text(200), { minItems: 1, maxItems: 8 }),
  signatureBlock: Text(1000),
  footer: Text(500),
});
export type LetterTemplateBody = Type.Static<typeof LetterTemplateBody>;

export const LetterTemplateView = Type.Object({
  version: Type.Integer(),
  letterhead: Type.Array(Type.String()),
  signatureBlock: Type.String(),
  footer: Type.String(),
  createdAt: Type.Union([IsoDateTime, Type.Null()]),
  createdByUsername: Type.Union([Type.String(), Type.Null()]),
});
export type LetterTemplateView = Type.Static<typeof LetterTemplateView>;

export const ExportJobView = Type.Object({
  id: Uuid,
  status: Type.String(),
  stage: Type.String(),
  done: Type.Integer(),
  total: Type.Integer(),
  fileName: Type.Union([Type.String(), Type.Null()]),
  bytes: Type.Union([Type.Integer(), Type.Null()]),
  counts: Type.Union([Type.Record(Type.String(), Type.Integer()), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  requestedByUsername: Type.String(),
  createdAt: IsoDateTime,
  finishedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type ExportJobView = Type.Static<typeof ExportJobView>;

export const SaveLetterTemplateBody = Strict({
  letterhead: Type.Array(Text(200), { minItems: 1, maxItems: 8 }),
  signatureBlock: Text(1000),
  footer: Text(500),
  /** The version the administrator edited (0 for the built-in default). */
  version: Type.Integer({ minimum: 0 }),
});
export type SaveLetterTemplateBody = Type.Static<typeof SaveLetterTemplateBody>;
