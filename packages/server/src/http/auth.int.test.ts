import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testPassword, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';

describe.each(databaseKinds)('sign-in and sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      auth: { idleTimeoutMinutes: 15, absoluteTimeoutHours: 2, maxFailedSignIns: 3, lockoutMinutes: 10 },
    });
  });
  afterAll(async () => t.close());

  it('sets an HttpOnly SameSite=Strict cookie and returns the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'TEST.NURSE', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.headers['set-cookie'];
    expect(String(cookie)).toMatch(/HttpOnly/);
    expect(String(cookie)).toMatch(/SameSite=Strict/);
    expect(response.json<{ role: string; csrfToken: string }>()).toMatchObject({ role: 'nurse' });
  });

  it('answers a wrong password with one clear message, and locks after repeated failures', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'test.front_desk', password: 'wrong-password!' },
      });
    const first = await attempt();
    expect(first.statusCode).toBe(401);
    expect(first.json<{ detail: string; code: string }>()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'Username or password is incorrect',
    });
    await attempt();
    const third = await attempt();
    expect(third.statusCode).toBe(423);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'test.front_desk', password: testPassword },
    });
    expect(right.statusCode).toBe(423);
    t.clock.advanceMinutes(11);
    await expect(t.signIn('test.front_desk')).resolves.toBeDefined();
  });

  it('does not reveal whether a username exists', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'nobody', password: 'whatever-it-is' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ detail: string }>().detail).toBe('Username or password is incorrect');
  });

  it('ends a session after the idle timeout, and keeps an active one alive', async () => {
    const agent = await t.as('nurse');
    t.clock.advanceMinutes(14);
    expect((await agent.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(200);
    t.clock.advanceMinutes(14);
    expect((await agent.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(200);
    t.clock.advanceMinutes(16);
    expect((await agent.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(401);
  });

  it('ends a session at the absolute timeout however active it is', async () => {
    const agent = await t.as('physician');
    for (let i = 0; i < 8; i += 1) {
      t.clock.advanceMinutes(14);
      expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(14); // 126 minutes > 2 hours
    expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const agent = await t.as('front_desk');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie: agent.cookie },
      payload: {
        legalGivenName: 'A',
        legalFamilyName: 'B',
        dateOfBirth: '1990-01-01',
        sexAtBirth: 'female',
        careTeam: [],
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ code: string }>().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('signs out: the cookie no longer works', async () => {
    const agent = await t.as('nurse');
    expect((await agent.request({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(204);
    expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('lets an admin create a user who must change the password first, then works', async () => {
    const admin = await t.as('admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'new.nurse', displayName: 'New Nurse', role: 'nurse', password: 'temporary-pass-123' },
    });
    expect(created.statusCode).toBe(201);
    const fresh = await t.signIn('new.nurse', 'temporary-pass-123');
    expect((await fresh.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(403);
    const changed = await fresh.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'temporary-pass-123', newPassword: 'my-own-long-secret' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await fresh.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(200);
  });

  it('deactivating a user ends their sessions; version conflicts are refused', async () => {
    const admin = await t.as('admin');
    const nurse = await t.signIn('test.nurse');
    const list = (await admin.request({ method: 'GET', url: '/api/users' })).json<
      { id: string; username: string; version: number }[]
    >();
    const target = list.find((u) => u.username === 'test.nurse');
    expect(target).toBeDefined();
    const patch = (version: number) =>
      admin.request({
        method: 'PATCH',
        url: `/api/users/${target!.id}`,
        payload: { version, active: false, reason: 'left the clinic' },
      });
    expect((await patch(target!.version + 5)).statusCode).toBe(409);
    expect((await patch(target!.version)).statusCode).toBe(200);
    expect((await nurse.request({ method: 'GET', url: '/api/patients' })).statusCode).toBe(401);
    await expect(t.signIn('test.nurse')).rejects.toThrow(/401/);
  });

  it('an admin cannot lock themselves out', async () => {
    const admin = await t.as('admin');
    const me = (await admin.request({ method: 'GET', url: '/api/users' }))
      .json<{ id: string; username: string; version: number }[]>()
      .find((u) => u.username === 'test.admin');
    const response = await admin.request({
      method: 'PATCH',
      url: `/api/users/${me!.id}`,
      payload: { version: me!.version, active: false, reason: 'oops' },
    });
    expect(response.statusCode).toBe(409);
  });
});
