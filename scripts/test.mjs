#!/usr/bin/env node
// The whole test suite: provisions what a fresh Debian machine lacks (Chromium, PostgreSQL),
// builds the server and the UI, runs unit, integration (PGlite and PostgreSQL) and browser
// tests, and ends with one plain "N passed, N failed" line. A tier that cannot run fails
// with a one-line reason; none is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
const extraArgs = process.argv.slice(2);

function fail(reason) {
  console.error(`test setup failed: ${reason}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

function portAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

let aptUpdated = false;
function aptInstall(...packages) {
  if (!isRoot) {
    fail(
      `${packages.join(', ')} missing and not running as root to install it (apt-get install -y ${packages.join(' ')})`,
    );
  }
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  if (
    !run('apt-get', ['install', '-y', '-qq', ...packages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  ) {
    fail(`apt-get install ${packages.join(' ')} failed`);
  }
}

async function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) {
    return;
  }
  if (await portAnswers('127.0.0.1', 5432)) {
    return;
  }
  if (!existsSync('/usr/bin/pg_ctlcluster')) {
    aptInstall('postgresql');
  }
  const versions = existsSync('/etc/postgresql')
    ? execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')
    : [];
  const version = versions.at(-1);
  if (!version) {
    fail('PostgreSQL is installed but has no cluster in /etc/postgresql');
  }
  // A cluster this script set up is a throw-away test server: let the tests connect over TCP without a password.
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  if (isRoot && existsSync(hba) && !readFileSync(hba, 'utf8').includes('chairside-tests')) {
    execFileSync('sh', [
      '-c',
      `printf '# chairside-tests\\nhost all all 127.0.0.1/32 trust\\n' | cat - ${hba} > ${hba}.new && mv ${hba}.new ${hba}`,
    ]);
  }
  run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
  for (let i = 0; i < 30 && !(await portAnswers('127.0.0.1', 5432)); i += 1) {
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!(await portAnswers('127.0.0.1', 5432))) {
    fail('PostgreSQL does not answer on 127.0.0.1:5432 (set TEST_DATABASE_URL to use another server)');
  }
}

function ensureChromium() {
  if (!existsSync('/usr/bin/chromium')) {
    aptInstall('chromium');
  }
  if (!existsSync('/usr/bin/pdftoppm')) {
    aptInstall('poppler-utils');
  }
  // The export test opens the zip it downloads.
  if (!existsSync('/usr/bin/unzip')) {
    aptInstall('unzip');
  }
}

await ensurePostgres();
ensureChromium();

console.log('building server and web UI…');
if (
  !run('npx', ['tsc', '-b', 'packages/server']) ||
  !run('npm', ['run', 'build', '-w', '@chairside/web', '--silent'])
) {
  fail('the build failed (see above)');
}

const report = join(mkdtempSync(join(tmpdir(), 'chairside-test-')), 'vitest.json');
const ok = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extraArgs,
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  for (const file of results.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).every((a) => a.status !== 'failed')) {
      failed += 1; // a file that failed to load or whose hooks failed
    }
  }
}
if (!ok && failed === 0) {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
