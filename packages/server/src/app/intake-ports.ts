/** Store ports of intake, screening and consent (kept beside ports.ts so that file stays small). */
import type { IntakeInput, ScreeningResult, ValidIntake } from '@chairside/domain';

export interface IntakeVersionRecord {
  readonly id: string;
  readonly patientId: string;
  readonly version: number;
  readonly formVersion: number;
  readonly at: string;
  readonly byUserId: string;
  readonly byUsername: string;
  readonly byRole: string;
  readonly data: IntakeInput;
  readonly derived: ValidIntake['derived'];
}

export interface IntakeStore {
  latestVersion(patientId: string): Promise<number>;
  insert(record: IntakeVersionRecord): Promise<void>;
  list(patientId: string): Promise<IntakeVersionRecord[]>;
  find(patientId: string, version: number): Promise<IntakeVersionRecord | undefined>;
}

export interface SoftStopNote {
  readonly findingIndex: number;
  readonly note: string;
}

export interface ScreeningSignatureRecord {
  readonly decision: string;
  readonly softStopNotes: readonly SoftStopNote[];
  readonly warningsAcknowledged: boolean;
  readonly note: string | null;
  readonly signedAt: string;
  readonly signedByUserId: string;
  readonly signedByUsername: string;
}

export interface ScreeningRecord {
  readonly id: string;
  readonly patientId: string;
  readonly intakeId: string;
  readonly intakeVersion: number;
  readonly protocolId: string;
  readonly protocolVersion: number;
  readonly result: ScreeningResult;
  readonly createdAt: string;
  readonly createdByUserId: string;
  readonly createdByUsername: string;
  readonly signature: ScreeningSignatureRecord | null;
}

export interface ScreeningStore {
  insert(record: Omit<ScreeningRecord, 'signature'>): Promise<void>;
  find(id: string): Promise<ScreeningRecord | undefined>;
  /** Newest first. */
  list(patientId: string): Promise<ScreeningRecord[]>;
  /** Inserts the signature; false when the screening already has one (signed by someone else first). */
  sign(screeningId: string, signature: ScreeningSignatureRecord): Promise<boolean>;
}

export interface ConsentRecordRow {
  readonly id: string;
  readonly patientId: string;
  readonly route: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly form: unknown;
  readonly acknowledgedElements: readonly string[];
  readonly patientTypedName: string;
  readonly signatureMethod: 'drawn' | 'checkbox';
  readonly signaturePng: string | null;
  readonly patientSignedAt: string;
  readonly witnessUserId: string;
  readonly witnessUsername: string;
  readonly recordedAt: string;
  readonly withdrawal: { readonly at: string; readonly byUsername: string; readonly reason: string } | null;
}

export interface ConsentStore {
  insert(record: Omit<ConsentRecordRow, 'withdrawal'>): Promise<void>;
  find(id: string): Promise<ConsentRecordRow | undefined>;
  /** Newest first. */
  list(patientId: string): Promise<ConsentRecordRow[]>;
  /** Appends the withdrawal event; false when it was already withdrawn. */
  withdraw(
    consentId: string,
    event: { at: string; byUserId: string; byUsername: string; reason: string },
  ): Promise<boolean>;
}
