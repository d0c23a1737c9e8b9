import type { ScaleAnswer, ScaleFlag, ScaleId } from '@chairside/domain';

/** Ports for questionnaires, tasks and the patient portal (added to `Stores` in ports.ts). */

export interface QuestionnaireResponseRecord {
  readonly id: string;
  readonly patientId: string;
  readonly scaleId: ScaleId;
  readonly scaleVersion: number;
  readonly answers: readonly ScaleAnswer[];
  readonly complete: boolean;
  readonly missingItems: readonly string[];
  /** Null for incomplete responses: never scored, never imputed (DEFAULTS.md §6). */
  readonly total: number | null;
  readonly bandId: string | null;
  readonly bandLabel: string | null;
  readonly flags: readonly ScaleFlag[];
  readonly enteredByUserId: string;
  readonly enteredByUsername: string;
  /** `patient` when the patient answered in the portal; a staff role when entered on their behalf. */
  readonly enteredByRole: string;
  readonly assignmentId: string | null;
  readonly takenAt: string;
  readonly recordedAt: string;
}

export type AssignmentRecurrence = 'none' | 'weekly';

export interface QuestionnaireAssignmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly scaleId: ScaleId;
  readonly dueDate: string;
  readonly recurrence: AssignmentRecurrence;
  readonly status: 'open' | 'completed';
  readonly assignedByUserId: string;
  readonly assignedAt: string;
  readonly completedAt: string | null;
  readonly responseId: string | null;
}

export interface QuestionnaireStore {
  insertResponse(response: QuestionnaireResponseRecord): Promise<void>;
  /** Oldest first. */
  listResponses(patientId: string): Promise<QuestionnaireResponseRecord[]>;
  insertAssignment(assignment: QuestionnaireAssignmentRecord): Promise<void>;
  findAssignment(id: string): Promise<QuestionnaireAssignmentRecord | undefined>;
  listAssignments(patientId: string, status: 'open' | 'all'): Promise<QuestionnaireAssignmentRecord[]>;
  /** Marks an open assignment completed; false when it was not open (completed meanwhile). */
  completeAssignment(id: string, responseId: string, at: string): Promise<boolean>;
}

export type TaskPriority = 'urgent' | 'routine';

export interface TaskRecord {
  readonly id: string;
  readonly type: string;
  readonly priority: TaskPriority;
  readonly patientId: string;
  readonly title: string;
  readonly detail: string;
  readonly assignedRole: string | null;
  readonly assignedUserId: string | null;
  readonly status: 'open' | 'done';
  readonly sourceType: string;
  readonly sourceId: string;
  readonly createdAt: string;
  readonly completedAt: string | null;
  readonly completedByUserId: string | null;
  readonly completedByUsername: string | null;
  readonly completionNote: string | null;
}

export interface TaskWithPatient extends TaskRecord {
  readonly patientName: string;
  readonly patientMrn: string;
}

export interface TaskStore {
  insert(task: TaskRecord): Promise<void>;
  findById(id: string): Promise<TaskRecord | undefined>;
  /** Urgent first, then oldest first. */
  list(filter: { readonly status: 'open' | 'done' | 'all'; readonly limit: number }): Promise<TaskWithPatient[]>;
  complete(id: string, by: { userId: string; username: string }, at: string, note: string): Promise<boolean>;
}

export interface PortalInvitationRecord {
  readonly id: string;
  readonly patientId: string;
  readonly codeHash: string;
  readonly createdAt: string;
  readonly createdByUserId: string;
  readonly expiresAt: string;
  readonly redeemedAt: string | null;
  readonly userId: string | null;
}

export interface PortalInvitationStore {
  insert(invitation: PortalInvitationRecord): Promise<void>;
  findByCodeHash(codeHash: string): Promise<PortalInvitationRecord | undefined>;
  /** Marks it redeemed when it still is not; false when someone redeemed it first. */
  redeem(id: string, userId: string, at: string): Promise<boolean>;
}
