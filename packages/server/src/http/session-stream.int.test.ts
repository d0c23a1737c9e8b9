import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { completePreChecks, readyIvPatient, sessionAgents, type SessionAgents } from '../../test/session-fixtures.js';
import { SseClient } from '../../test/sse-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ingestMonitorMessage } from '../app/monitors/ingest-monitor-message.js';
import { oruMessage } from '../hl7/mllp-client.js';

const monitorCtx = { actor: null, requestId: 'test-monitor', clientAddress: null };

describe.each(databaseKinds)('session live streams on %s', (kind) => {
  let t: TestApp;
  let a: SessionAgents;
  let base: string;
  let sessionId: string;
  const open: SseClient[] = [];

  const stream = async (path: string, headers: Record<string, string> = {}) => {
    const opened = await SseClient.open(`${base}${path}`, { cookie: a.nurse.cookie, ...headers });
    open.push(opened.client);
    return opened;
  };
  const sendReading = (n: number, sys: number, dia: number, spo2 = 97) =>
    ingestMonitorMessage(
      t.deps,
      monitorCtx,
      oruMessage('MON-SSE', `c-${n}`, t.clock.now(), { sys, dia, hr: 80, spo2, rr: 14, etco2: 38 }),
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    a = await sessionAgents(t);
    const { patientId, courseId } = await readyIvPatient(a, { given: 'Sol', family: 'Park' }, 'Chair 2');
    const created = await a.nurse.request({
      method: 'POST',
      url: '/api/sessions',
      payload: { patientId, courseId, chairName: 'Chair 2' },
    });
    sessionId = created.json<{ session: { id: string } }>().session.id;
    for (const event of ['check-in', 'begin-pre-checks']) {
      await a.nurse.request({ method: 'POST', url: `/api/sessions/${sessionId}/transitions`, payload: { event } });
    }
    await completePreChecks(a, sessionId, t.clock.now());
    const started = await a.nurse.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/transitions`,
      payload: { event: 'start-dosing', initialRateMlPerHour: 6 },
    });
    expect(started.statusCode, started.body).toBe(200);
    const bound = await a.nurse.request({
      method: 'POST',
      url: '/api/monitors/bindings',
      payload: { deviceId: 'MON-SSE', chairLabel: 'Chair 2' },
    });
    expect(bound.statusCode, bound.body).toBeLessThan(300);
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    open.forEach((c) => {
      c.close();
    });
    await t.close();
  });

  it('is text/event-stream for clinicians only', async () => {
    const desk = await a.desk.request({ method: 'GET', url: '/api/sessions/board/events' });
    expect(desk.statusCode).toBe(403);
    const { status, type } = await stream('/api/sessions/board/events');
    expect(status).toBe(200);
    expect(type).toContain('text/event-stream');
  });

  it('pushes an alert from a device reading to the board and the session streams', async () => {
    const board = (await stream('/api/sessions/board/events')).client;
    const one = (await stream(`/api/sessions/${sessionId}/events`)).client;
    const sentAt = Date.now();
    const result = await sendReading(1, 196, 104);
    expect(result.ackCode).toBe('AA');
    for (const client of [board, one]) {
      const reading = await client.waitFor((e) => e.event === 'reading');
      expect(reading.data['reading']).toMatchObject({ source: 'device', systolicMmHg: 196, sessionId });
      const alert = await client.waitFor((e) => e.event === 'alert');
      expect(alert.data['alert']).toMatchObject({ severity: 'soft-stop', kind: 'reading', sessionId });
      expect(Number(alert.id)).toBeGreaterThan(Number(reading.id));
    }
    expect(Date.now() - sentAt).toBeLessThan(1000);
  });

  it('catches up after a reconnect from Last-Event-ID, missing nothing and repeating nothing', async () => {
    const first = (await stream(`/api/sessions/${sessionId}/events`)).client;
    await sendReading(2, 150, 90);
    const seen = await first.waitFor(
      (e) => e.event === 'reading' && (e.data['reading'] as { systolicMmHg: number }).systolicMmHg === 150,
    );
    first.close();
    // While disconnected: a manual reading, a desaturation from the monitor, an alert resolution.
    await a.nurse.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/vitals`,
      payload: {
        takenAt: t.clock.now().toISOString(),
        systolicMmHg: 148,
        diastolicMmHg: 88,
        heartRateBpm: 80,
        spo2Pct: 97,
        respiratoryRatePerMin: 14,
      },
    });
    await sendReading(3, 140, 86, 90);
    const detail = (await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}` })).json<{
      alerts: { id: string; resolution: unknown }[];
    }>();
    const openAlert = detail.alerts.find((x) => x.resolution === null);
    await a.nurse.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/alerts/${openAlert?.id}/resolution`,
      payload: { action: 'paused-infusion', note: 'Paused and rechecked' },
    });
    const again = (await stream(`/api/sessions/${sessionId}/events`, { 'last-event-id': String(seen.id) })).client;
    await again.waitFor((e) => e.event === 'alert-resolved');
    const ids = again.events.map((e) => Number(e.id));
    expect(ids.every((id) => id > Number(seen.id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    const types = again.events.map((e) => e.event);
    expect(types).toContain('reading');
    expect(types).toContain('alert');
    expect(types.filter((x) => x === 'reading').length).toBeGreaterThanOrEqual(2);
    // The same from the query parameter (for clients that cannot set headers).
    const viaQuery = (await stream(`/api/sessions/${sessionId}/events?lastEventId=${seen.id}`)).client;
    await viaQuery.waitFor((e) => e.event === 'alert-resolved');
    expect(viaQuery.events.map((e) => e.id)).toEqual(again.events.map((e) => e.id));
  });

  it('refuses a malformed Last-Event-ID as problem+json', async () => {
    const bad = await a.nurse.request({
      method: 'GET',
      url: '/api/sessions/board/events',
      headers: { 'last-event-id': 'abc' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});

describe.each(databaseKinds)('closing the app with a stream open on %s', (kind) => {
  it('ends the open streams so app.close() finishes promptly', async () => {
    const t = await createTestApp(kind);
    try {
      const nurse = await t.as('nurse');
      const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
      const { client, status } = await SseClient.open(`${base}/api/sessions/board/events`, { cookie: nurse.cookie });
      expect(status).toBe(200);
      const startedAt = Date.now();
      const outcome = await Promise.race([
        t.app.close().then(() => 'closed' as const),
        new Promise<'stuck'>((resolve) =>
          setTimeout(() => {
            resolve('stuck');
          }, 5000),
        ),
      ]);
      expect(outcome).toBe('closed');
      expect(Date.now() - startedAt).toBeLessThan(2000);
      await client.ended;
      client.close();
    } finally {
      await t.close();
    }
  });
});
