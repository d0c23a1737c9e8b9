import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { phq9, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

interface Problem {
  code: string;
  errors?: { field: string; message: string }[];
}
interface Recorded {
  response: {
    id: string;
    complete: boolean;
    total: number | null;
    band: { id: string } | null;
    missingItems: string[];
    enteredBy: { onBehalf: boolean };
  };
  suicideRisk: boolean;
  taskId: string | null;
}
interface Task {
  id: string;
  priority: string;
  status: string;
  patient: { id: string; name: string };
  detail: string;
  source: { id: string };
}

describe.each(databaseKinds)('questionnaires, scores and the suicide-risk task on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let physician: Agent;
  let patientId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const enter = (agent: Agent, payload: unknown, id = patientId) =>
    agent.request({ method: 'POST', url: `/api/patients/${id}/questionnaire-responses`, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    desk = await t.as('front_desk');
    nurse = await t.as('nurse');
    physician = await t.as('physician');
    patientId = await registerTestPatient(desk, 'Quinn', 'Scorer');
  });
  afterAll(async () => t.close());

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'none-minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'none-minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
    [[1, 1, 1, 1, 1, 2, 2, 0, 0], 9, 'mild'],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 'moderately-severe'],
    [[3, 3, 3, 3, 3, 2, 2, 1, 0], 20, 'severe'],
  ])('scores PHQ-9 %j as %i (%s) at the band edges', async (values, total, band) => {
    const response = await enter(nurse, { scaleId: 'phq-9', answers: phq9(values) });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<Recorded>();
    expect(body.response.total).toBe(total);
    expect(body.response.band?.id).toBe(band);
    expect(body.response.enteredBy.onBehalf).toBe(true);
    expect(body.suicideRisk).toBe(false);
  });

  it('keeps an incomplete form but never scores it', async () => {
    const response = await enter(desk, { scaleId: 'phq-9', answers: phq9([3, 3, 3, null, 3, 3, 3, 3, 0]) });
    expect(response.statusCode).toBe(201);
    const body = response.json<Recorded>();
    expect(body.response).toMatchObject({ complete: false, total: null, band: null, missingItems: ['phq-9.item-4'] });
    const outcomes = (await nurse.request({ method: 'GET', url: `/api/patients/${patientId}/outcomes` })).json<{
      scales: { scaleId: string; scores: { responseId: string }[]; incompleteCount: number }[];
    }>();
    const phq = outcomes.scales.find((s) => s.scaleId === 'phq-9');
    expect(phq?.incompleteCount).toBe(1);
    expect(phq?.scores.map((s) => s.responseId)).not.toContain(body.response.id);
  });

  it.each([
    [{ scaleId: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 4]) }, 'answers/8/value'],
    [{ scaleId: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0]) }, 'answers'],
    [{ scaleId: 'phq-10', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) }, 'scaleId'],
    [{ scaleId: 'gad-7', answers: phq9([0, 0, 0, 0, 0, 0, 0]) }, 'answers/0/itemId'],
    [{ scaleId: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, -1]) }, 'answers/8/value'],
  ])('refuses %j naming %s, changing nothing', async (payload, field) => {
    const before = await count('questionnaire_responses');
    const response = await enter(nurse, payload);
    expect([400, 422]).toContain(response.statusCode);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem.errors?.map((e) => e.field).join(' ')).toContain(field);
    expect(await count('questionnaire_responses')).toBe(before);
  });

  it('refuses an assignment that belongs to another patient, changing nothing', async () => {
    const other = await registerTestPatient(desk, 'Otto', 'Other');
    const assigned = await nurse.request({
      method: 'POST',
      url: `/api/patients/${other}/questionnaire-assignments`,
      payload: { scaleId: 'phq-9', dueDate: '2026-11-30' },
    });
    expect(assigned.statusCode).toBe(201);
    const before = await count('questionnaire_responses');
    const response = await enter(nurse, {
      scaleId: 'phq-9',
      answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]),
      assignmentId: assigned.json<{ id: string }>().id,
    });
    expect(response.statusCode).toBe(404);
    expect(await count('questionnaire_responses')).toBe(before);
  });

  it('raises an urgent task for the physician in the same transaction as a PHQ-9 item 9 > 0', async () => {
    const response = await enter(desk, { scaleId: 'phq-9', answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 2]) });
    expect(response.statusCode).toBe(201);
    const body = response.json<Recorded>();
    expect(body.suicideRisk).toBe(true);
    expect(body.taskId).not.toBeNull();
    const tasks = (await physician.request({ method: 'GET', url: '/api/tasks' })).json<Task[]>();
    expect(tasks[0]).toMatchObject({ id: body.taskId, priority: 'urgent', status: 'open', patient: { id: patientId } });
    expect(tasks[0]?.source.id).toBe(body.response.id);
    expect(tasks[0]?.detail).toContain('Item 9 answered 2');
  });

  it('raises the task even from an incomplete form, since item 9 is checked on its own', async () => {
    const response = await enter(nurse, {
      scaleId: 'phq-9',
      answers: phq9([null, null, null, null, null, null, null, null, 1]),
    });
    expect(response.json<Recorded>()).toMatchObject({ suicideRisk: true, response: { complete: false } });
  });

  it('rolls back the response and the task together when the task cannot be stored', async () => {
    const responsesBefore = await count('questionnaire_responses');
    const tasksBefore = await count('tasks');
    await t.db.db.execute(
      sql.raw(`alter table tasks add constraint test_block check (priority <> 'urgent') not valid`),
    );
    try {
      const response = await enter(nurse, { scaleId: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 3]) });
      expect(response.statusCode).toBe(500);
    } finally {
      await t.db.db.execute(sql.raw('alter table tasks drop constraint test_block'));
    }
    expect(await count('questionnaire_responses')).toBe(responsesBefore);
    expect(await count('tasks')).toBe(tasksBefore);
  });

  it('lets a clinician complete a task with a note (audited), once', async () => {
    const [task] = (await physician.request({ method: 'GET', url: '/api/tasks' })).json<Task[]>();
    const url = `/api/tasks/${task?.id ?? ''}/complete`;
    const blank = await physician.request({ method: 'POST', url, payload: { note: '' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<Problem>().errors?.[0]?.field).toContain('note');
    const deskTry = await desk.request({ method: 'POST', url, payload: { note: 'x' } });
    expect(deskTry.statusCode).toBe(403);
    const done = await physician.request({
      method: 'POST',
      url,
      payload: { note: 'C-SSRS done: low risk; safety plan reviewed' },
    });
    expect(done.statusCode).toBe(200);
    const again = await physician.request({ method: 'POST', url, payload: { note: 'again' } });
    expect(again.statusCode).toBe(409);
    const all = (await physician.request({ method: 'GET', url: '/api/tasks?status=done' })).json<
      (Task & { completed: { by: string; note: string } })[]
    >();
    expect(all.find((x) => x.id === task?.id)?.completed).toMatchObject({
      by: 'test.physician',
      note: 'C-SSRS done: low risk; safety plan reviewed',
    });
    const admin = await t.as('admin');
    const audit = (await admin.request({ method: 'GET', url: `/api/audit?action=task.complete` })).json<{
      items: { recordId: string }[];
    }>();
    expect(audit.items.map((e) => e.recordId)).toContain(task?.id);
  });

  it('refuses to edit or delete a stored response (append-only)', async () => {
    const refusal = async (statement: string): Promise<string> =>
      t.db.db.execute(sql.raw(statement)).then(
        () => 'no error',
        (error: unknown) => `${String(error)} ${String(((error as Error).cause as Error | undefined)?.message)}`,
      );
    expect(await refusal('update questionnaire_responses set total = 0 where complete')).toMatch(/append-only/);
    expect(await refusal('delete from questionnaire_responses')).toMatch(/append-only/);
  });
});
