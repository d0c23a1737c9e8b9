// Treatment sessions under load: one server process (built dist) with N sessions infusing, each
// chair's monitor sending a full set of vitals every 5 s over MLLP, and N SSE streams (one per
// session). Every 6th reading of a chair (staggered across chairs) is hypertensive (SBP 186) and raises an alert, which
// the bench resolves over HTTP as soon as it arrives, so the next one raises again. Prints p50/
// p99 from a reading sent to its `reading` and to its `alert` event on the stream, readings
// lost (AA'd but never pushed), the server's peak RSS; then steps the rate ×1.5 until the
// reading p99 passes 250 ms, starting from 10 readings/s (BENCH_FIRST_RATE). Needs `npx tsc -b packages/server` first.
// Usage: tsx --conditions=source bench/session-alerts.ts [pglite|postgresql] [chairs] [seconds]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { RequestContext } from '../packages/server/src/app/ports.js';
import { bindMonitor } from '../packages/server/src/app/monitors/monitor-bindings.js';
import { registerPatient } from '../packages/server/src/app/patients/register-patient.js';
import { createChair } from '../packages/server/src/app/scheduling/clinic-setup.js';
import { createUser } from '../packages/server/src/app/users/create-user.js';
import { composeApp } from '../packages/server/src/compose.js';
import { openDatabase, type DatabaseTarget } from '../packages/server/src/db/connect.js';
import { seedProtocolLibrary } from '../packages/server/src/db/seed-protocols.js';
import { loadDemoScreenings } from '../packages/server/src/demo/demo-screenings.js';
import { openIvSession } from '../packages/server/src/demo/demo-sessions.js';
import { MllpClient, oruMessage } from '../packages/server/src/hl7/mllp-client.js';
import { freePort, percentile, waitForHealth } from './support.js';

const kind = process.argv[2] ?? 'postgresql';
const chairCount = Number(process.argv[3] ?? 200);
const seconds = Number(process.argv[4] ?? 60);
const p99LimitMs = 250;
const stepSeconds = 15;
const password = 'session-bench-secret-1';

async function target(): Promise<{ target: DatabaseTarget; env: Record<string, string> }> {
  if (kind === 'postgresql') {
    const adminUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe('drop database if exists chairside_bench_sessions with (force)');
    await admin.unsafe('create database chairside_bench_sessions');
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = '/chairside_bench_sessions';
    return { target: { kind: 'postgresql', url: url.toString() }, env: { DATABASE_URL: url.toString() } };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'chairside-bench-sessions-'));
  return { target: { kind: 'pglite', dataDir }, env: { CHAIRSIDE_DATA_DIR: dataDir } };
}

/** N sessions infusing, one per chair, each chair's monitor bound. */
async function setUp(dbTarget: DatabaseTarget): Promise<void> {
  const database = await openDatabase(dbTarget);
  await seedProtocolLibrary(database.db);
  const deps = composeApp(database, {
    auth: { idleTimeoutMinutes: 240, absoluteTimeoutHours: 12, maxFailedSignIns: 5, lockoutMinutes: 15 },
  });
  const system: RequestContext = { actor: null, requestId: 'bench', clientAddress: null };
  const as = async (
    username: string,
    role: 'admin' | 'physician' | 'nurse' | 'front_desk',
  ): Promise<RequestContext> => {
    const user = await createUser(deps, system, {
      username,
      displayName: username,
      role,
      medicalDirector: role === 'physician',
      password,
      mustChangePassword: false,
    });
    return { ...system, actor: { userId: user.id, username, role, medicalDirector: role === 'physician' } };
  };
  const admin = await as('bench.admin', 'admin');
  const physician = await as('bench.physician', 'physician');
  const nurse = await as('bench.nurse', 'nurse');
  const desk = await as('bench.desk', 'front_desk');
  const patients = [];
  for (let i = 1; i <= chairCount; i += 1) {
    await createChair(deps, admin, { name: `Chair ${i}` });
    patients.push(
      await registerPatient(deps, desk, {
        legalGivenName: `Bench${i}`,
        legalFamilyName: 'Patient',
        dateOfBirth: '1980-06-15',
        sexAtBirth: 'male',
        careTeam: [],
      } as never),
    );
  }
  await loadDemoScreenings(deps, nurse, physician, patients);
  for (const [i, patient] of patients.entries()) {
    await openIvSession(deps, nurse, physician, patient, `Chair ${i + 1}`, true);
    await bindMonitor(deps, nurse, { deviceId: `BENCH-MON-${i + 1}`, chairLabel: `Chair ${i + 1}` });
  }
  await database.close();
}

interface Agent {
  readonly cookie: string;
  readonly csrf: string;
}

function streamEvents(
  url: string,
  cookie: string,
  onEvent: (event: string, data: Record<string, unknown>) => void,
): () => void {
  const req = request(url, { headers: { accept: 'text/event-stream', cookie } });
  req.on('response', (res) => {
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event !== undefined && data !== undefined) {
          onEvent(event, JSON.parse(data) as Record<string, unknown>);
        }
      }
    });
  });
  req.on('error', () => undefined);
  req.end();
  return () => req.destroy();
}

const { target: dbTarget, env } = await target();
const setupStarted = performance.now();
await setUp(dbTarget);
console.log(
  `${kind}: ${chairCount} sessions infusing, monitors bound (set-up ${((performance.now() - setupStarted) / 1000).toFixed(0)} s)`,
);

const port = await freePort();
const mllpPort = await freePort();
const profileDir = process.env['BENCH_CPU_PROFILE_DIR'];
const server = spawn(
  process.execPath,
  [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'packages/server/dist/main.js'],
  {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      CHAIRSIDE_MLLP_PORT: String(mllpPort),
      CHAIRSIDE_DEMO: 'false',
      CHAIRSIDE_IDLE_TIMEOUT_MINUTES: '240',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}`;
await waitForHealth(base, 60_000);
const pid = server.pid ?? 0;
const rssMb = (field: 'VmRSS' | 'VmHWM'): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(field));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
};
let rssMax = 0;
const rssTimer = setInterval(() => {
  rssMax = Math.max(rssMax, rssMb('VmRSS'));
}, 250);

const signIn = await fetch(`${base}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench.nurse', password }),
});
const cookieHeader = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const agent: Agent = { cookie: cookieHeader, csrf: ((await signIn.json()) as { csrfToken: string }).csrfToken };
const board = (await (await fetch(`${base}/api/sessions/board`, { headers: { cookie: agent.cookie } })).json()) as {
  items: { session: { id: string; chairName: string } }[];
};
const chairOfSession = new Map(board.items.map((i) => [i.session.id, i.session.chairName]));

// Per chair: when each reading was sent (FIFO: one connection per chair, handled in order) and
// when the last hypertensive one was sent.
const sentTimes = new Map<string, number[]>();
const abnormalAt = new Map<string, number>();
let readingLatencies: number[] = [];
let alertLatencies: number[] = [];
let pushedReadings = 0;
let resolveErrors = 0;

const resolve = (sessionId: string, alertId: string): void => {
  void fetch(`${base}/api/sessions/${sessionId}/alerts/${alertId}/resolution`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: agent.cookie, 'x-csrf-token': agent.csrf },
    body: JSON.stringify({ action: 'rechecked', note: 'bench' }),
  })
    .then((r) => {
      if (!r.ok && r.status !== 409) {
        resolveErrors += 1;
      }
    })
    .catch(() => (resolveErrors += 1));
};

const closers = board.items.map((item) =>
  streamEvents(`${base}/api/sessions/${item.session.id}/events`, agent.cookie, (event, data) => {
    const now = performance.now();
    const chair = chairOfSession.get(String(data['sessionId'])) ?? '';
    if (event === 'reading' && (data['reading'] as { source: string }).source === 'device') {
      pushedReadings += 1;
      const sent = sentTimes.get(chair)?.shift();
      if (sent !== undefined) {
        readingLatencies.push(now - sent);
      }
    } else if (event === 'alert') {
      const alert = data['alert'] as { id: string; kind: string };
      const sent = abnormalAt.get(chair);
      if (alert.kind === 'reading' && sent !== undefined) {
        alertLatencies.push(now - sent);
        abnormalAt.delete(chair);
      }
      resolve(String(data['sessionId']), alert.id);
    }
  }),
);
await new Promise((r) => setTimeout(r, 1000));

const chairs = board.items.map((i) => i.session.chairName);
const clients = await Promise.all(chairs.map(() => MllpClient.connect(mllpPort)));

interface RunResult {
  sent: number;
  accepted: number;
  pushed: number;
  readingP50: number;
  readingP99: number;
  alertP50: number;
  alertP99: number;
  alerts: number;
}

async function run(intervalMs: number, durationS: number): Promise<RunResult> {
  readingLatencies = [];
  alertLatencies = [];
  const pushedBefore = pushedReadings;
  let sent = 0;
  let accepted = 0;
  const acks: Promise<void>[] = [];
  const stopAt = performance.now() + durationS * 1000;
  const timers = clients.map((client, i) => {
    const chair = chairs[i] ?? '';
    const device = `BENCH-MON-${/\d+/.exec(chair)?.[0] ?? '0'}`;
    let n = 0;
    const send = (): void => {
      n += 1;
      sent += 1;
      // Each chair's hypertensive reading falls at a different step, so alerts spread over time.
      const abnormal = (n + i) % 6 === 0;
      const v = abnormal
        ? { sys: 186, dia: 96, hr: 92, spo2: 97, rr: 15, etco2: 38 }
        : { sys: 122 + (n % 5), dia: 78, hr: 72, spo2: 98, rr: 14, etco2: 37 };
      const at = performance.now();
      sentTimes.set(chair, [...(sentTimes.get(chair) ?? []), at]);
      if (abnormal && !abnormalAt.has(chair)) {
        abnormalAt.set(chair, at);
      }
      acks.push(
        client.send(oruMessage(device, `${device}-${n}-${Date.now()}`, new Date(), v)).then(
          (r) => {
            accepted += r.code === 'AA' ? 1 : 0;
          },
          () => undefined,
        ),
      );
    };
    return setTimeout(
      () => {
        send();
        const every = setInterval(() => {
          if (performance.now() >= stopAt) {
            clearInterval(every);
            return;
          }
          send();
        }, intervalMs);
      },
      (intervalMs * i) / clients.length,
    );
  });
  await new Promise((r) => setTimeout(r, durationS * 1000));
  timers.forEach(clearTimeout);
  await Promise.race([Promise.all(acks), new Promise((r) => setTimeout(r, 10_000))]);
  await new Promise((r) => setTimeout(r, 2000)); // the last pushes
  return {
    sent,
    accepted,
    pushed: pushedReadings - pushedBefore,
    readingP50: percentile(readingLatencies, 50),
    readingP99: percentile(readingLatencies, 99),
    alertP50: percentile(alertLatencies, 50),
    alertP99: percentile(alertLatencies, 99),
    alerts: alertLatencies.length,
  };
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const report = (label: string, r: RunResult, durationS: number): void => {
  console.log(
    `${kind} ${label}: sent ${r.sent}, AA ${r.accepted}, pushed ${r.pushed}, lost ${r.accepted - r.pushed}, ` +
      `${(r.accepted / durationS).toFixed(1)} readings/s; reading→stream p50 ${ms(r.readingP50)} p99 ${ms(r.readingP99)}; ` +
      `reading→alert (${r.alerts}) p50 ${ms(r.alertP50)} p99 ${ms(r.alertP99)}; server RSS now ${rssMb('VmRSS').toFixed(0)} MB`,
  );
};

console.log(
  `${kind}: ${chairs.length} SSE streams open; steady run ${seconds} s, one full set of vitals per chair every 5 s`,
);
if (seconds > 0) {
  report('steady', await run(5000, seconds), seconds);
  await new Promise((r) => setTimeout(r, 5000)); // let a backlog drain before the steps
}

// The step test starts low and raises the rate ×1.5 until the reading p99 passes the limit.
let best = 0;
let rate = Number(process.env['BENCH_FIRST_RATE'] ?? 10);
for (let step = 0; step < 10; step += 1) {
  const r = await run(Math.max(1, (chairs.length * 1000) / rate), stepSeconds);
  report(`step ${rate.toFixed(0)} msg/s`, r, stepSeconds);
  const keptUp = r.accepted === r.pushed && r.accepted >= 0.95 * rate * stepSeconds;
  if (r.readingP99 > p99LimitMs || !keptUp) {
    break;
  }
  best = r.accepted / stepSeconds;
  rate *= 1.5;
}
console.log(
  `${kind}: highest sustained with reading→stream p99 ≤ ${p99LimitMs} ms and nothing lost: ${best.toFixed(1)} readings/s; ` +
    `resolve errors ${resolveErrors}; server peak RSS ${Math.max(rssMax, rssMb('VmHWM')).toFixed(0)} MB`,
);

clearInterval(rssTimer);
closers.forEach((close) => {
  close();
});
await Promise.all(clients.map((c) => c.close()));
server.kill('SIGTERM');
await new Promise((r) => setTimeout(r, 3000));
process.exit(0);
