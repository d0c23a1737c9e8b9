// The bedside-monitor feed under load: N monitors bound to N chairs each send a full set of
// vitals every 5 s over MLLP (loopback) for the given time, then a step test raises the send
// rate until the p99 message→ACK latency passes 250 ms. In-process server, fresh database.
// Usage: tsx --conditions=source bench/mllp-ingest.ts [pglite|postgresql] [monitors] [seconds]
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { bindMonitor } from '../packages/server/src/app/monitors/monitor-bindings.js';
import { createUser } from '../packages/server/src/app/users/create-user.js';
import { composeApp, composeHttp } from '../packages/server/src/compose.js';
import { openDatabase, type Database } from '../packages/server/src/db/connect.js';
import { startMonitorFeed } from '../packages/server/src/hl7/monitor-feed.js';
import { MllpClient, oruMessage } from '../packages/server/src/hl7/mllp-client.js';
import { buildApp } from '../packages/server/src/http/app.js';
import { percentile } from './support.js';

const kind = process.argv[2] ?? 'postgresql';
const monitorCount = Number(process.argv[3] ?? 200);
const seconds = Number(process.argv[4] ?? 60);
const p99LimitMs = 250;
const stepSeconds = Math.max(5, Math.min(15, Math.round(seconds / 4)));
const maxSteps = 8;

async function openTarget(): Promise<Database> {
  if (kind === 'postgresql') {
    const adminUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe('drop database if exists chairside_bench_mllp with (force)');
    await admin.unsafe('create database chairside_bench_mllp');
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = '/chairside_bench_mllp';
    return openDatabase({ kind: 'postgresql', url: url.toString() });
  }
  return openDatabase({ kind: 'pglite', dataDir: null });
}

let rssMaxBytes = 0;
const rssTimer = setInterval(() => {
  rssMaxBytes = Math.max(rssMaxBytes, process.memoryUsage().rss);
}, 200);

const database = await openTarget();
const options = {
  auth: { idleTimeoutMinutes: 60, absoluteTimeoutHours: 12, maxFailedSignIns: 5, lockoutMinutes: 15 },
  webDir: null,
  logLevel: 'warn',
};
const deps = composeApp(database, options);
const { app } = await buildApp(composeHttp(database, deps, options));
await app.listen({ host: '127.0.0.1', port: 0 });
let feedErrors = 0;
const feed = await startMonitorFeed(deps, { host: '127.0.0.1', port: 0, maxFrameBytes: 1 << 20 }, () => {
  feedErrors += 1;
});

const system = { actor: null, requestId: 'bench', clientAddress: null };
const nurse = await createUser(deps, system, {
  username: 'bench.nurse',
  displayName: 'Bench Nurse',
  role: 'nurse',
  password: 'mllp-bench-secret-1',
  mustChangePassword: false,
});
const nurseCtx = {
  actor: { userId: nurse.id, username: nurse.username, role: 'nurse' as const, medicalDirector: false },
  requestId: 'bench',
  clientAddress: null,
};
const devices = Array.from({ length: monitorCount }, (_, i) => `BENCH-MON-${String(i + 1).padStart(4, '0')}`);
for (const [i, deviceId] of devices.entries()) {
  await bindMonitor(deps, nurseCtx, { deviceId, chairLabel: `Chair ${i + 1}` });
}
const clients = await Promise.all(devices.map(() => MllpClient.connect(feed.port)));

interface RunResult {
  readonly sent: number;
  readonly accepted: number;
  readonly latencies: number[];
  readonly elapsedS: number;
}

/** Open loop: each monitor sends every `intervalMs` (staggered), whether or not its last ACK came. */
async function run(intervalMs: number, durationS: number): Promise<RunResult> {
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  let accepted = 0;
  const started = performance.now();
  const stopAt = started + durationS * 1000;
  const timers = clients.map((client, i) => {
    const device = devices[i] ?? 'BENCH';
    let n = 0;
    const send = (): void => {
      if (performance.now() >= stopAt) {
        return;
      }
      n += 1;
      sent += 1;
      const v = { sys: 120 + (n % 30), dia: 80, hr: 70 + (n % 10), spo2: 97, rr: 14, etco2: 37 };
      const ack = client.send(oruMessage(device, `${device}-${randomUUID()}`, new Date(), v));
      inFlight.push(
        ack.then(
          (result) => {
            latencies.push(result.latencyMs);
            accepted += result.code === 'AA' ? 1 : 0;
          },
          () => undefined,
        ),
      );
    };
    const offset = (intervalMs * i) / clients.length;
    return setTimeout(() => {
      send();
      const every = setInterval(() => {
        if (performance.now() >= stopAt) {
          clearInterval(every);
          return;
        }
        send();
      }, intervalMs);
    }, offset);
  });
  await new Promise((resolve) => setTimeout(resolve, durationS * 1000));
  timers.forEach(clearTimeout);
  // Outstanding ACKs get 10 s; whatever is still missing counts as lost.
  await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  return { sent, accepted, latencies, elapsedS: (performance.now() - started) / 1000 };
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
function report(label: string, r: RunResult, durationS: number): void {
  console.log(
    `${kind} ${label}: sent ${r.sent}, AA ${r.accepted}, lost ${r.sent - r.accepted}, ` +
      `${(r.accepted / durationS).toFixed(1)} readings/s (${((r.accepted * 6) / durationS).toFixed(0)} observations/s), ` +
      `ACK p50 ${ms(percentile(r.latencies, 50))} p99 ${ms(percentile(r.latencies, 99))}`,
  );
}

console.log(
  `${kind}: ${monitorCount} monitors bound to ${monitorCount} chairs; steady run ${seconds} s, one full set of vitals per monitor every 5 s`,
);
const steady = await run(5000, seconds);
report('steady', steady, seconds);

const steadyRate = monitorCount / 5;
const steadyOk = percentile(steady.latencies, 99) <= p99LimitMs && steady.sent === steady.accepted;
let best = steadyOk ? { rate: steadyRate, readingsPerS: steady.accepted / seconds } : { rate: 0, readingsPerS: 0 };
// Steps of ×1.5 from the steady rate. The simulated monitors share the server's event loop,
// so at saturation they also send late: a step that could not send its target counts as failed.
let rate = steadyRate * 1.5;
for (let step = 0; step < maxSteps; step += 1) {
  const intervalMs = Math.max(1, (monitorCount * 1000) / rate);
  const r = await run(intervalMs, stepSeconds);
  report(`step ${rate.toFixed(0)} msg/s`, r, stepSeconds);
  const p99 = percentile(r.latencies, 99);
  const keptUp = r.sent - r.accepted === 0 && r.accepted >= 0.95 * rate * stepSeconds;
  if (p99 > p99LimitMs || !keptUp) {
    break;
  }
  best = { rate, readingsPerS: r.accepted / stepSeconds };
  rate *= 1.5;
}
console.log(
  `${kind}: highest sustained with p99 ≤ ${p99LimitMs} ms and nothing lost: ${best.readingsPerS.toFixed(1)} readings/s ` +
    `(target ${best.rate.toFixed(0)} msg/s); feed errors ${feedErrors}; server RSS max ${(rssMaxBytes / 1048576).toFixed(0)} MB (process, includes the simulated monitors)`,
);

clearInterval(rssTimer);
await Promise.all(clients.map((c) => c.close()));
await feed.close();
await app.close();
await database.close();
process.exit(0);
