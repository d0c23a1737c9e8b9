/** Store ports of continuity of care: outside records imported from FHIR, letters, exports. */
import type { MedicationInput, PatientDetails } from '@chairside/domain';
import type { StoredDeviceReading } from './monitors/monitor-ports.js';

/** A code as another system sent it, kept verbatim. */
export interface ExternalCoding {
  readonly system: string | null;
  readonly code: string | null;
  readonly display: string | null;
}

export interface ImportedCondition {
  readonly text: string;
  readonly coding: readonly ExternalCoding[];
  /** YYYY-MM-DD when the source gave an onset. */
  readonly onsetDate: string | null;
  /** The source's clinical status code (active, resolved, …) or null. */
  readonly clinicalStatus: string | null;
}

export interface ImportedMedication extends MedicationInput {
  readonly coding: readonly ExternalCoding[];
  readonly status: string | null;
}

export interface ImportedAllergy {
  readonly substance: string;
  readonly reaction?: string;
  readonly coding: readonly ExternalCoding[];
}

export interface SkippedResource {
  readonly resourceType: string;
  readonly id: string | null;
  readonly reason: string;
}

/** One import of an outside FHIR Bundle into a patient's record (append-only). */
export interface ExternalRecordRow {
  readonly id: string;
  readonly patientId: string;
  readonly importedAt: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly sourceBundleId: string | null;
  readonly sourcePatientId: string | null;
  readonly conditions: readonly ImportedCondition[];
  readonly medications: readonly ImportedMedication[];
  readonly allergies: readonly ImportedAllergy[];
  readonly skipped: readonly SkippedResource[];
}

export interface ExternalRecordStore {
  insert(row: ExternalRecordRow): Promise<void>;
  /** Oldest first. */
  list(patientId: string): Promise<ExternalRecordRow[]>;
}

export type LetterRecipientRole = 'referring_clinician' | 'primary_care' | 'therapist' | 'psychiatrist' | 'other';

export interface LetterRecipient {
  readonly role: LetterRecipientRole;
  readonly name: string;
  readonly organisation?: string;
  readonly fax?: string;
  readonly email?: string;
}

export interface LetterSection {
  readonly heading: string;
  readonly text: string;
}

/** One point of a score chart: a scale total on a date. */
export interface ScorePoint {
  readonly scaleId: string;
  readonly abbreviation: string;
  readonly takenAt: string;
  readonly total: number;
  readonly maxTotal: number;
}

export interface LetterTemplateRecord {
  readonly version: number;
  /** Lines printed at the top of each letter: clinic name first, then address and contact lines. */
  readonly letterhead: readonly string[];
  readonly signatureBlock: string;
  readonly footer: string;
  readonly createdAt: string;
  readonly createdByUsername: string | null;
}

export type DispatchMethod = 'print' | 'fax' | 'secure-email';

export interface LetterDispatchRecord {
  readonly id: string;
  readonly letterId: string;
  readonly method: DispatchMethod;
  /** Fax number or secure email address; null for print. */
  readonly destination: string | null;
  readonly recipientName: string;
  readonly sentAt: string;
  readonly recordedAt: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly note: string | null;
}

export interface LetterRecord {
  readonly id: string;
  readonly patientId: string;
  readonly kind: 'progress';
  readonly recipient: LetterRecipient;
  readonly subject: string;
  readonly sections: readonly LetterSection[];
  readonly scoreSeries: readonly ScorePoint[];
  readonly templateVersion: number;
  readonly signedAt: string;
  readonly signedByUserId: string;
  readonly signedByUsername: string;
  readonly signedByName: string;
}

export interface LetterStore {
  insert(letter: LetterRecord, pdf: Buffer): Promise<void>;
  find(id: string): Promise<LetterRecord | undefined>;
  pdf(id: string): Promise<Buffer | undefined>;
  /** Newest first. */
  list(patientId: string): Promise<LetterRecord[]>;
  insertDispatch(dispatch: LetterDispatchRecord): Promise<void>;
  listDispatches(letterIds: readonly string[]): Promise<LetterDispatchRecord[]>;
  latestTemplate(): Promise<LetterTemplateRecord | undefined>;
  /** False when that version was taken meanwhile. */
  insertTemplate(template: LetterTemplateRecord, byUserId: string | null): Promise<boolean>;
}

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJobRecord {
  readonly id: string;
  readonly requestedByUserId: string;
  readonly requestedByUsername: string;
  readonly status: ExportStatus;
  readonly stage: string;
  readonly done: number;
  readonly total: number;
  readonly fileName: string | null;
  readonly bytes: number | null;
  readonly counts: Readonly<Record<string, number>> | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

export interface ExportJobStore {
  insert(job: ExportJobRecord): Promise<void>;
  find(id: string): Promise<ExportJobRecord | undefined>;
  /** Newest first. */
  list(limit: number): Promise<ExportJobRecord[]>;
  update(
    id: string,
    changes: Partial<Omit<ExportJobRecord, 'id' | 'requestedByUserId' | 'requestedByUsername' | 'createdAt'>>,
  ): Promise<void>;
}

/** Reads for FHIR and export that cut across areas. */
export interface RecordLookupStore {
  /** A patient's treatment sessions, oldest first. */
  sessionIdsOf(patientId: string): Promise<string[]>;
  /** Monitor readings in arrival order after `afterSeq`, for batched export. */
  deviceReadings(afterSeq: number, limit: number): Promise<{ seq: number; reading: StoredDeviceReading }[]>;
  /** The patient a record row belongs to, by the row's uuid (intake, response, consent, course, …). */
  patientOfRecord(id: string): Promise<string | undefined>;
  /** Patient ids in id order after `afterId`, for batched export. */
  patientIds(afterId: string | null, limit: number): Promise<string[]>;
  countPatients(): Promise<number>;
}

/** What an outside FHIR Bundle holds for import, as the FHIR reader found it. */
export interface BundlePreview {
  readonly sourceBundleId: string | null;
  readonly sourcePatientId: string | null;
  readonly patient: PatientDetails | null;
  /** Why the bundle cannot be imported as it is; empty when it can. */
  readonly problems: readonly string[];
  /** What the reader noticed but imported anyway (no birth sex given, a dose without a unit …). */
  readonly notes: readonly string[];
  readonly conditions: readonly ImportedCondition[];
  readonly medications: readonly ImportedMedication[];
  readonly allergies: readonly ImportedAllergy[];
  readonly skipped: readonly SkippedResource[];
}

/** What a letter's PDF is drawn from. */
export interface LetterRenderInput {
  readonly template: Pick<LetterTemplateRecord, 'letterhead' | 'signatureBlock' | 'footer'>;
  readonly date: string;
  readonly recipient: LetterRecipient;
  readonly subject: string;
  readonly sections: readonly LetterSection[];
  readonly scoreSeries: readonly ScorePoint[];
  /** Null for a preview or an unsigned draft. */
  readonly signed: { readonly name: string; readonly at: string } | null;
}

/** Renders a letter to PDF (the documents adapter; handed to the use case by the HTTP edge). */
export type RenderLetter = (input: LetterRenderInput) => Promise<Buffer>;
