/**
 * `npm run retention:run-once`: applies the retention rules once, now, for operators (e.g. after an outage).
 * Safe while the servers run: cases another run holds are skipped. Exit code 0: done; 1: some cases failed
 * (they are retried on the next run); 2: could not run.
 */
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../http/app.ts';
import { runRetention } from './retention.job.ts';

const config = loadConfig({ ...process.env, KETENTAFEL_SEED_DEMO: 'off' });
const { db, close } = await connectDatabase(config);
let exitCode = 2;
try {
  await migrateToLatest(db);
  const started = performance.now();
  const result = await runRetention({ db, clock: systemClock }, {
    onError: (error) => {
      console.error('Casus mislukt (volgende run opnieuw):', error instanceof Error ? error.message : String(error));
    },
    onBatchFallback: (error) => {
      console.error('Batch mislukt, casussen worden één voor één afgehandeld:', error instanceof Error ? error.message : String(error));
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Bewaartermijnen ${result.today}: ${String(result.madeInactive)} inactief gemaakt, ${String(result.deleted)} verwijderd, ` +
      `${String(result.skipped)} overgeslagen, ${String(result.failed)} mislukt (${seconds} s; ${String(result.batches)} batches, ` +
      `${String(result.fallbacks)} per casus afgehandeld).`,
  );
  exitCode = result.failed > 0 ? 1 : 0;
} finally {
  await close();
}
process.exit(exitCode);
