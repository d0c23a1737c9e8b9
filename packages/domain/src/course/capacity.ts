import { InvalidInputError, type FieldFault } from '../errors.js';
import type { TreatmentCourse } from './course.js';
import { findingOf, type CourseFinding } from './finding.js';
import { parseInstantMs } from './time.js';

/** A physician's documented extension of a course by some sessions. */
export interface CourseExtension {
  readonly courseId: string;
  readonly additionalSessions: number;
  readonly physicianId: string;
  readonly reason: string;
  readonly documentedAt: string;
}

/** Misuse guard: no more sessions than the course allows without a documented extension [P]. */
export const courseCapacityRule = {
  id: 'course.capacity.exceeded',
  version: 1,
  severity: 'soft-stop',
  source: {
    tag: 'P',
    citation:
      'Chairside policy: misuse guard (esketamine/ketamine abuse risk, SPRAVATO REMS [L]; no serial infusions without review in substance use [G Cohen 2018])',
  },
} as const;

export const courseLastSessionRule = {
  id: 'course.capacity.last-session',
  version: 1,
  severity: 'info',
  source: { tag: 'P', citation: 'Chairside policy: tell the team when a booking uses the last session of the course' },
} as const;

export interface CourseCapacity {
  readonly capacity: number;
  readonly bookedCount: number;
  readonly remaining: number;
  readonly findings: readonly CourseFinding[];
}

function validateExtensions(course: TreatmentCourse, extensions: readonly CourseExtension[]): void {
  const faults: FieldFault[] = [];
  extensions.forEach((extension, index) => {
    const at = `extensions/${index}`;
    if (extension.courseId !== course.id) {
      faults.push({
        field: `${at}/courseId`,
        message: `Extension belongs to course ${extension.courseId}, not ${course.id}`,
      });
    }
    if (!Number.isInteger(extension.additionalSessions) || extension.additionalSessions < 1) {
      faults.push({
        field: `${at}/additionalSessions`,
        message: 'An extension adds a whole number of sessions (at least 1)',
      });
    }
    if (extension.physicianId.trim() === '') {
      faults.push({ field: `${at}/physicianId`, message: 'An extension needs the physician who documented it' });
    }
    if (extension.reason.trim() === '') {
      faults.push({ field: `${at}/reason`, message: 'An extension needs a documented reason' });
    }
  });
  if (faults.length > 0) {
    throw new InvalidInputError('Course extensions are not valid', { fields: faults });
  }
  extensions.forEach((extension, index) => parseInstantMs(extension.documentedAt, `extensions/${index}/documentedAt`));
}

/**
 * Whether the course has room for the sessions booked in it.
 * @param course - the course, whose `targetSessions` is the number allowed before an extension
 * @param bookedCount - sessions of this course given or booked, including the one being booked now
 * @param extensions - physicians' documented extensions of this course
 * @returns the capacity and a soft-stop finding when the bookings exceed it
 * @throws InvalidInputError for a bad count, target or extension
 */
export function checkCourseCapacity(
  course: TreatmentCourse,
  bookedCount: number,
  extensions: readonly CourseExtension[],
): CourseCapacity {
  if (!Number.isInteger(course.targetSessions) || course.targetSessions < 1) {
    throw InvalidInputError.forField(
      'course/targetSessions',
      'A course allows a whole number of sessions (at least 1)',
    );
  }
  if (!Number.isInteger(bookedCount) || bookedCount < 0) {
    throw InvalidInputError.forField('bookedCount', 'Booked sessions must be a whole number (0 or more)');
  }
  validateExtensions(course, extensions);
  const capacity = course.targetSessions + extensions.reduce((sum, e) => sum + e.additionalSessions, 0);
  const observed = { courseId: course.id, phase: course.phase, bookedCount, capacity, extensions: extensions.length };
  const findings: CourseFinding[] = [];
  if (bookedCount > capacity) {
    findings.push(
      findingOf(
        courseCapacityRule,
        `This would be session ${bookedCount} of a ${course.phase} course that allows ${capacity}. A physician must document an extension (sessions and reason) first.`,
        observed,
      ),
    );
  } else if (bookedCount === capacity) {
    findings.push(
      findingOf(
        courseLastSessionRule,
        `This is the last session (${capacity} of ${capacity}) of the ${course.phase} course.`,
        observed,
      ),
    );
  }
  return { capacity, bookedCount, remaining: Math.max(0, capacity - bookedCount), findings };
}
