/** Protocol ids of DEFAULTS.md §1, referred to by id only (the protocol library owns the protocols). */
export const CourseProtocolId = {
  IvDepression: 'iv-depression',
  IvPain: 'iv-pain',
  ImDepression: 'im-depression',
  InEsketamineTrd: 'in-esketamine-trd',
} as const;
export type CourseProtocolId = (typeof CourseProtocolId)[keyof typeof CourseProtocolId];

export const allCourseProtocolIds: readonly CourseProtocolId[] = Object.values(CourseProtocolId);

/** True when the text is one of the shipped protocol ids. */
export function isCourseProtocolId(value: string): value is CourseProtocolId {
  return (allCourseProtocolIds as readonly string[]).includes(value);
}

export const CoursePhase = { Induction: 'induction', Maintenance: 'maintenance' } as const;
export type CoursePhase = (typeof CoursePhase)[keyof typeof CoursePhase];

/** A treatment course: one patient, one protocol version, one phase at a time. */
export interface TreatmentCourse {
  readonly id: string;
  readonly patientId: string;
  readonly protocolId: CourseProtocolId;
  readonly protocolVersion: number;
  readonly phase: CoursePhase;
  /** Sessions this course allows before a physician's documented extension. */
  readonly targetSessions: number;
  /** Planned sessions per week; undefined where the label sets the cadence (esketamine) or the physician decides case by case. */
  readonly sessionsPerWeek: number | undefined;
  readonly startedAt: string | undefined;
}
