import { ensureFirstAdmin } from './bootstrap/first-start.js';
import { composeApp, composeHttp } from './compose.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { seedProtocolLibrary } from './db/seed-protocols.js';
import { loadDemoClinic } from './demo/load-demo.js';
import { buildApp } from './http/app.js';
import { startMonitorFeed } from './hl7/monitor-feed.js';
import { startCheckInSweep } from './app/outcomes/check-ins.js';
import { startSessionTicker } from './app/sessions/session-ticker.js';

/** The next-day check-ins are sent and followed up within five minutes of the day changing. */
const CHECK_IN_SWEEP_MS = 5 * 60_000;

/** Reads config, opens the database, builds the app, listens; closes in reverse on a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await seedProtocolLibrary(database.db);
  const options = {
    auth: config.auth,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
    clinicPhone: config.clinicPhone,
    clinicName: config.clinicName,
    exportDir: config.exportDir,
    ...(config.webDir ? { webDir: config.webDir } : {}),
  };
  let log: { warn: (obj: object, msg: string) => void } = { warn: () => undefined };
  const deps = {
    ...composeApp(database, options),
    onBackgroundError: (error: unknown) => {
      log.warn({ err: error }, 'session feed');
    },
  };
  const first = await ensureFirstAdmin(deps, config.adminPassword);
  if (first.generated && first.adminPassword) {
    process.stdout.write(
      `\n  First start: administrator "admin" created with the password\n\n      ${first.adminPassword}\n\n  It is shown only this once and must be changed at the first sign-in.\n\n`,
    );
  }
  if (first.empty && config.demo) {
    const loaded = await loadDemoClinic(deps, { clinicName: config.clinicName });
    process.stdout.write(
      `  Demo clinic loaded (synthetic data): ${loaded.staff} staff accounts, ${loaded.patients} patients.\n`,
    );
  }

  const { app } = await buildApp(composeHttp(database, deps, options));
  log = app.log;
  const feed = config.mllp
    ? await openMonitorFeed(deps, config.mllp, (error) => {
        app.log.warn({ err: error }, 'mllp');
      })
    : null;
  const stopTicker = startSessionTicker(deps, config.sessionTickSeconds * 1000, (error) => {
    app.log.warn({ err: error }, 'session ticker');
  });
  const stopCheckIns = startCheckInSweep(deps, CHECK_IN_SWEEP_MS, (error) => {
    app.log.warn({ err: error }, 'check-in sweep');
  });
  let closing = false;
  const close = async (signal: string): Promise<void> => {
    if (closing) {
      return;
    }
    closing = true;
    app.log.info({ signal }, 'shutting down');
    stopTicker();
    stopCheckIns();
    await feed?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const dbText =
    database.kind === 'pglite' && config.database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.dataDir}`
      : 'PostgreSQL';
  if (feed && config.mllp) {
    process.stdout.write(`  Monitor feed (HL7 MLLP) listening on ${config.mllp.host}:${feed.port}\n`);
  }
  process.stdout.write(
    `  Chairside is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${dbText})\n`,
  );
}

/** Opens the MLLP listener; the demo's default port is skipped with a note when it is busy. */
async function openMonitorFeed(
  deps: Parameters<typeof startMonitorFeed>[0],
  mllp: NonNullable<ReturnType<typeof loadConfig>['mllp']>,
  onError: (error: unknown) => void,
): Promise<Awaited<ReturnType<typeof startMonitorFeed>> | null> {
  try {
    return await startMonitorFeed(deps, mllp, onError);
  } catch (error) {
    if (mllp.demoDefault && (error as { code?: string }).code === 'EADDRINUSE') {
      process.stdout.write(`  Monitor feed off: port ${mllp.port} is in use (set CHAIRSIDE_MLLP_PORT).\n`);
      return null;
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Chairside could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
