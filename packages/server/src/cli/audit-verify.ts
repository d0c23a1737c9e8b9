// `npm run audit:verify`: checks the hash chain of the configured database's audit trail.
// Exit code 0 when intact, 2 when broken, 1 when it could not run.
import { verifyAuditChain } from '../app/audit/verify-chain.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { storesFor } from '../db/transactor.js';
import { systemClock } from '../security/tokens.js';

const config = loadConfig();
try {
  const database = await openDatabase(config.database);
  const report = await verifyAuditChain(storesFor(database.db, systemClock).audit);
  await database.close();
  process.stdout.write(`${report.message}\n`);
  process.exitCode = report.ok ? 0 : 2;
} catch (error) {
  process.stderr.write(`audit:verify could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
