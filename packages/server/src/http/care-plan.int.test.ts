import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { portalAgentFor, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

interface Goal {
  id: string;
  area: string;
  areaLabel: string;
  description: string;
  ratings: { rating: number; enteredByRole: string }[];
  progress: { latest: number | null; met: boolean; progressPct: number | null };
}
interface Problem {
  code: string;
  errors?: { field: string }[];
}

describe.each(databaseKinds)('care-plan goals on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let doc: Agent;
  let patient: Agent;
  let other: Agent;
  let patientId: string;
  let courseId: string;
  let goalId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const addGoal = (agent: Agent, payload: object, course = courseId) =>
    agent.request({ method: 'POST', url: `/api/courses/${course}/care-plan-goals`, payload });
  const rate = (agent: Agent, payload: object, goal = goalId) =>
    agent.request({ method: 'POST', url: `/api/care-plan-goals/${goal}/ratings`, payload });
  const goals = async (): Promise<Goal[]> =>
    (await nurse.request({ method: 'GET', url: `/api/patients/${patientId}/care-plan-goals` })).json<Goal[]>();
  const walking = { area: 'walking', description: 'Walk the dog round the block', baselineRating: 2, targetRating: 7 };

  beforeAll(async () => {
    t = await createTestApp(kind);
    [desk, nurse, doc] = await Promise.all([t.as('front_desk'), t.as('nurse'), t.as('physician')]);
    patientId = await registerTestPatient(desk, 'Gina', 'Goals');
    const otherId = await registerTestPatient(desk, 'Olaf', 'Othergoals');
    const course = await doc.request({
      method: 'POST',
      url: `/api/patients/${patientId}/courses`,
      payload: { protocolId: 'iv-pain', phase: 'induction', targetSessions: 3, sessionsPerWeek: 2 },
    });
    expect(course.statusCode, course.body).toBe(201);
    courseId = course.json<{ id: string }>().id;
    patient = await portalAgentFor(t, desk, patientId, 'gina.goals');
    other = await portalAgentFor(t, desk, otherId, 'olaf.other');
  });
  afterAll(async () => t.close());

  it('a nurse agrees a goal with the patient; the front desk may not', async () => {
    expect((await addGoal(desk, walking)).statusCode).toBe(403);
    const res = await addGoal(nurse, walking);
    expect(res.statusCode, res.body).toBe(201);
    goalId = res.json<{ id: string }>().id;
    const [goal] = await goals();
    expect(goal).toMatchObject({ areaLabel: 'Walking and mobility', ratings: [], progress: { latest: null } });
  });

  it.each([
    ['a target not above the rating now', { ...walking, targetRating: 2 }, 'targetRating', 422],
    ['an unknown area', { ...walking, area: 'golf' }, 'area', 422],
    ['a rating above 10', { ...walking, baselineRating: 11 }, 'baselineRating', 400],
    ['an unknown field', { ...walking, weight: 3 }, 'weight', 400],
  ])('refuses %s with problem+json naming the field; nothing is stored', async (_n, payload, field, status) => {
    const before = await count('care_plan_goals');
    const res = await addGoal(doc, payload);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json<Problem>())).toContain(field);
    expect(await count('care_plan_goals')).toBe(before);
  });

  it('ratings over time give progress; a future rating is refused', async () => {
    expect((await rate(nurse, { rating: 4, ratedAt: '2026-11-22T08:00:00Z', note: null })).statusCode).toBe(201);
    const before = await count('care_plan_goal_ratings');
    const future = await rate(nurse, { rating: 5, ratedAt: '2026-11-23T09:00:00Z', note: null });
    expect(future.statusCode).toBe(422);
    expect(future.json<Problem>().errors?.[0]?.field).toBe('ratedAt');
    const outOfRange = await rate(nurse, { rating: -1, ratedAt: null, note: null });
    expect(outOfRange.statusCode).toBe(400);
    expect(await count('care_plan_goal_ratings')).toBe(before);
    const [goal] = await goals();
    expect(goal?.progress).toMatchObject({ latest: 4, met: false, progressPct: 40 });
  });

  it('the patient rates their own goal in the portal; another patient cannot see or rate it', async () => {
    const mine = await patient.request({ method: 'GET', url: '/api/portal/goals' });
    expect(mine.json<Goal[]>().map((g) => g.description)).toEqual(['Walk the dog round the block']);
    const rated = await patient.request({
      method: 'POST',
      url: `/api/portal/goals/${goalId}/ratings`,
      payload: { rating: 7, note: 'Walked every day this week' },
    });
    expect(rated.statusCode, rated.body).toBe(201);
    const [goal] = await goals();
    expect(goal?.progress).toMatchObject({ latest: 7, met: true, progressPct: 100 });
    expect(goal?.ratings.map((r) => r.enteredByRole)).toEqual(['nurse', 'patient']);
    expect((await other.request({ method: 'GET', url: '/api/portal/goals' })).json<Goal[]>()).toEqual([]);
    const before = await count('care_plan_goal_ratings');
    const theirs = await other.request({
      method: 'POST',
      url: `/api/portal/goals/${goalId}/ratings`,
      payload: { rating: 0, note: null },
    });
    expect(theirs.statusCode).toBe(404);
    expect(await count('care_plan_goal_ratings')).toBe(before);
  });

  it('goals and ratings cannot be changed in the database (append-only)', async () => {
    await expect(t.db.db.execute(sql.raw(`update care_plan_goal_ratings set rating = 0`))).rejects.toThrow();
    await expect(t.db.db.execute(sql.raw(`delete from care_plan_goals`))).rejects.toThrow();
  });

  it('no new goal on a course that has ended', async () => {
    const course = (await doc.request({ method: 'GET', url: `/api/courses/${courseId}` })).json<{
      course: { version: number };
    }>().course;
    await doc.request({
      method: 'POST',
      url: `/api/courses/${courseId}/end`,
      payload: { status: 'completed', reason: 'Induction done', version: course.version },
    });
    const res = await addGoal(nurse, { ...walking, description: 'Sleep through the night', area: 'sleep' });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors?.[0]?.field).toBe('courseId');
  });
});
