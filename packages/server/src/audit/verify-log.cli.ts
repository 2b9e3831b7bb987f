/**
 * `npm run verify-log`: recomputes every hash chain of the processing log and the user audit log and
 * names the first broken row. Exit code 0: intact; 1: broken; 2: could not run.
 *
 * `npm run verify-log -- --anchor`: afterwards prints the chain heads as JSON, to keep outside the database
 * (ADR 0009). `npm run verify-log -- --check-anchor FILE`: afterwards checks that the heads in FILE are still
 * in their chains (catches removed rows at a chain's end and rewritten chains).
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { verifyLogChains } from './log-verify.ts';
import { chainHeads, checkAnchor, type Anchor } from './log-anchor.ts';

const args = process.argv.slice(2);
const anchorFile = args.includes('--check-anchor') ? args[args.indexOf('--check-anchor') + 1] : undefined;
const config = loadConfig({ ...process.env, KETENTAFEL_SEED_DEMO: 'off' });
const { db, close } = await connectDatabase(config);
// With --anchor, stdout carries only the anchor JSON.
const say = args.includes('--anchor') ? console.error : console.log;
let exitCode = 2;
try {
  const started = performance.now();
  const result = await verifyLogChains(db);
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(result.rows / seconds) : result.rows;
  const reasons = { 'row-hash-mismatch': 'rij gewijzigd', 'prev-hash-mismatch': 'rij verwijderd of ingevoegd vóór deze rij', 'definition-changed': 'tabeldefinitie van het vastgelegde record gewijzigd' } as const;
  if (result.firstBreak) {
    const b = result.firstBreak;
    console.error(`Logketen GEBROKEN: ${b.table}, keten ${String(b.chain)}, positie ${String(b.sequence)}, rij ${b.id} (${reasons[b.reason]}). ${String(result.rows)} rijen gecontroleerd.`);
    exitCode = 1;
  } else {
    say(`Logketens intact: ${String(result.rows)} rijen in ${seconds.toFixed(2)} s (${String(rate)} rijen/s).`);
    exitCode = 0;
  }
  if (anchorFile !== undefined) {
    const anchor = JSON.parse(await readFile(anchorFile, 'utf8')) as Anchor;
    const mismatches = await checkAnchor(db, anchor);
    for (const m of mismatches) {
      console.error(`Anker NIET gevonden: ${m.head.table}, keten ${String(m.head.chain)}, rij ${m.head.id} (${m.reason}), vastgelegd ${anchor.createdAt}.`);
    }
    if (mismatches.length > 0) exitCode = 1;
    else say(`Anker van ${anchor.createdAt} klopt: ${String(anchor.heads.length)} ketenkoppen nog aanwezig.`);
  }
  if (args.includes('--anchor')) {
    const anchor: Anchor = { createdAt: new Date().toISOString(), heads: await chainHeads(db) };
    console.log(JSON.stringify(anchor, null, 2));
  }
} finally {
  await close();
}
process.exit(exitCode);
