// Cold start of `npm start` (which runs node packages/server/dist/main.js) on an existing embedded
// database, to the first healthy /api/health. Target: under 3 s.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, percentile, waitForHealth } from './support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'chairside-bench-start-'));
const runs = Number(process.argv[2] ?? 7);

async function startOnce(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port), CHAIRSIDE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true, // its own process group, so npm and the server it starts stop together
  });
  await waitForHealth(`http://127.0.0.1:${port}`, 30_000);
  const elapsed = performance.now() - started;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-(child.pid ?? 0), 'SIGTERM');
  await exited;
  while (existsSync(`${dataDir}.lock`)) {
    await new Promise((resolve) => setTimeout(resolve, 20)); // the server removes its lock as it exits
  }
  return elapsed;
}

const first = await startOnce(); // creates the database and the demo clinic
const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  times.push(await startOnce());
}
console.log(`first start (new database + demo data): ${first.toFixed(0)} ms`);
console.log(
  `cold start on existing database, ${runs} runs: median ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
);
