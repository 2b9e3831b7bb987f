/**
 * `npm run verify-log`: recomputes every hash chain of the processing log and the user audit log and
 * names the first broken row. Exit code 0: intact; 1: broken; 2: could not run.
 */
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { verifyLogChains } from './log-verify.ts';

const config = loadConfig({ ...process.env, KETENTAFEL_SEED_DEMO: 'off' });
const { db, close } = await connectDatabase(config);
let exitCode = 2;
try {
  const started = performance.now();
  const result = await verifyLogChains(db);
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(result.rows / seconds) : result.rows;
  if (result.firstBreak) {
    const b = result.firstBreak;
    console.error(`Logketen GEBROKEN: ${b.table}, keten ${String(b.chain)}, rij ${b.id} (${b.reason === 'row-hash-mismatch' ? 'rij gewijzigd' : 'rij verwijderd of ingevoegd vóór deze rij'}). ${String(result.rows)} rijen gecontroleerd.`);
    exitCode = 1;
  } else {
    console.log(`Logketens intact: ${String(result.rows)} rijen in ${seconds.toFixed(2)} s (${String(rate)} rijen/s).`);
    exitCode = 0;
  }
} finally {
  await close();
}
process.exit(exitCode);
