import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { checkCourseCapacity, type CourseExtension } from './capacity.js';
import type { TreatmentCourse } from './course.js';

const course: TreatmentCourse = {
  id: 'course-1',
  patientId: 'patient-1',
  protocolId: 'iv-depression',
  protocolVersion: 1,
  phase: 'induction',
  targetSessions: 6,
  sessionsPerWeek: 2,
  startedAt: '2025-03-03T09:00:00Z',
};
const extension = (additionalSessions: number, overrides: Partial<CourseExtension> = {}): CourseExtension => ({
  courseId: 'course-1',
  additionalSessions,
  physicianId: 'dr-1',
  reason: 'Partial response at session 6; two more sessions per KetECT practice',
  documentedAt: '2025-03-20T12:00:00Z',
  ...overrides,
});

describe('checkCourseCapacity', () => {
  it.each([
    [0, [], []],
    [5, [], []],
    [6, [], ['course.capacity.last-session@1 info']],
    [7, [], ['course.capacity.exceeded@1 soft-stop']],
    [7, [extension(2)], []],
    [8, [extension(2)], ['course.capacity.last-session@1 info']],
    [9, [extension(2)], ['course.capacity.exceeded@1 soft-stop']],
    [9, [extension(2), extension(1)], ['course.capacity.last-session@1 info']],
  ] as const)('booked %i with %j extensions → %j', (booked, extensions, expected) => {
    const result = checkCourseCapacity(course, booked, extensions);
    expect(result.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(expected);
    expect(result.capacity).toBe(6 + extensions.reduce((s, e) => s + e.additionalSessions, 0));
  });

  it('says what is needed to go on', () => {
    const [finding] = checkCourseCapacity(course, 7, []).findings;
    expect(finding?.message).toMatch(/session 7 of a induction course that allows 6.*extension/);
    expect(finding?.observed).toMatchObject({ bookedCount: 7, capacity: 6 });
    expect(checkCourseCapacity(course, 4, []).remaining).toBe(2);
  });

  it.each([
    ['a blank reason', extension(2, { reason: '  ' }), 'extensions/0/reason'],
    ['no physician', extension(2, { physicianId: '' }), 'extensions/0/physicianId'],
    ['another course', extension(2, { courseId: 'course-2' }), 'extensions/0/courseId'],
    ['zero sessions', extension(0), 'extensions/0/additionalSessions'],
    ['a bad time', extension(1, { documentedAt: 'yesterday' }), 'extensions/0/documentedAt'],
  ])('rejects an extension with %s', (_name, bad, field) => {
    try {
      checkCourseCapacity(course, 7, [bad]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });

  it.each([-1, 1.5, Number.NaN])('rejects a booked count of %s', (count) => {
    expect(() => checkCourseCapacity(course, count, [])).toThrow(InvalidInputError);
  });
});
