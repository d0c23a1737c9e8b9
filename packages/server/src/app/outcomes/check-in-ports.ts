/** Ports for the next-day check-in after each session (added to `Stores` in ports.ts). */

export interface SessionNeedingCheckIn {
  readonly sessionId: string;
  readonly patientId: string;
  readonly endedAt: string;
  /** Who opened the session: the check-in is sent in their name. */
  readonly createdBy: string;
  /** The patient has an active portal account. */
  readonly portal: boolean;
}

export interface SessionCheckInRecord {
  readonly sessionId: string;
  readonly patientId: string;
  readonly mode: 'portal' | 'phone';
  readonly assignmentId: string | null;
  readonly taskId: string | null;
  readonly createdAt: string;
}

export interface OverdueCheckIn {
  readonly sessionId: string;
  readonly patientId: string;
  readonly assignmentId: string;
  readonly dueDate: string;
}

export interface CheckInStore {
  /** Discharged sessions that ended before `endedBefore` and have no check-in yet. */
  sessionsNeedingCheckIn(endedBefore: string): Promise<SessionNeedingCheckIn[]>;
  insert(checkIn: SessionCheckInRecord): Promise<void>;
  /** Portal check-ins still unanswered with a due date before `today`, not yet followed up. */
  overdue(today: string): Promise<OverdueCheckIn[]>;
  /** Records the follow-up task once; false when another pass recorded one first. */
  markOverdue(sessionId: string, taskId: string): Promise<boolean>;
}
