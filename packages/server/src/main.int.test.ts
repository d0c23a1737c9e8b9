import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = new URL('../../..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function start(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn('node', ['packages/server/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      CHAIRSIDE_DATA_DIR: dataDir,
      CHAIRSIDE_DEMO: 'true',
      LOG_LEVEL: 'silent',
      CHAIRSIDE_ADMIN_PASSWORD: 'first-start-secret-9',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 900 && child.exitCode === null; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
        return child;
      }
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start (exit code ${String(child.exitCode)})`);
}

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'desk.kim', password: 'chairside-demo' }),
  });
  const me = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: me.csrfToken };
}

/** The process is killed (SIGKILL) while writes are in flight: every acknowledged write survives, nothing is half-written. */
describe('killing the server mid-request', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    children.forEach((c) => c.kill('SIGKILL'));
  });

  it(
    'loses no committed registration and leaves no patient without its audit event',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'chairside-kill-'));
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const first = await start(dataDir, port);
      children.push(first);
      const { cookie, csrf } = await signIn(base);
      const acknowledged: string[] = [];
      const writes = Array.from({ length: 200 }, (_, i) =>
        fetch(`${base}/api/patients`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
          body: JSON.stringify({
            legalGivenName: `Kill${i}`,
            legalFamilyName: 'Survivor',
            dateOfBirth: '1980-01-01',
            sexAtBirth: 'female',
            careTeam: [],
          }),
        })
          .then(async (r) => {
            if (r.status === 201) {
              acknowledged.push(((await r.json()) as { id: string }).id);
            }
          })
          .catch(() => undefined),
      );
      await new Promise((r) => setTimeout(r, 150));
      const exited = new Promise((r) => first.once('exit', r));
      first.kill('SIGKILL');
      await Promise.all(writes);
      await exited;
      expect(acknowledged.length).toBeLessThan(200); // the kill really landed mid-stream

      const second = await start(dataDir, port);
      children.push(second);
      const session = await signIn(base);
      const found = (await (
        await fetch(`${base}/api/patients?q=survivor&limit=100`, { headers: { cookie: session.cookie } })
      ).json()) as {
        items: { id: string }[];
      };
      const ids = new Set(found.items.map((p) => p.id));
      for (const id of acknowledged) {
        expect(ids.has(id), `acknowledged patient ${id} survived`).toBe(true);
      }
      // Every stored patient has its registration audit event: nothing was half-written.
      const adminSession = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo.admin', password: 'chairside-demo' }),
      });
      const adminCookie = (adminSession.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const audit = (await (
        await fetch(`${base}/api/audit?action=patient.register&limit=1000`, { headers: { cookie: adminCookie } })
      ).json()) as {
        items: { recordId: string }[];
      };
      const audited = new Set(audit.items.map((e) => e.recordId));
      for (const id of ids) {
        expect(audited.has(id), `patient ${id} has its audit event`).toBe(true);
      }
      second.kill('SIGTERM');
    },
  );
});
