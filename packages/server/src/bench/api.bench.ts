/**
 * `npm run bench`: requests/s and p50/p99 of "get case" and "list my tables' cases" through the full
 * Ketentafel stack (session, CSRF hook, validation, access scope in SQL, processing + audit log writes in
 * the same transaction, presenter, response schema) against a bare Fastify route that runs the same data
 * SQL on the same database. Prints the ratio; the target is ≥ 50 %.
 */
import Fastify from 'fastify';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { ensureDatabase } from '../db/ensure-database.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from '../seed/demo.ts';
import { buildApp, systemClock } from '../http/app.ts';
import { loadConfig } from '../config.ts';
import { registerCase } from '../modules/cases/case.service.ts';
import * as repo from '../modules/cases/case.repository.ts';
import { findInformingTask } from '../modules/informing/informing.repository.ts';
import { listPartnerQueries } from '../modules/partner-queries/partner-query.repository.ts';
import { runLoadInChild as runLoad, type LoadResult } from './load.ts';
import type { Actor } from '../auth/actor.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const EXTRA_CASES = Number(process.env.BENCH_CASES ?? 200);

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-bench-'));
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir, port: 56_000 + (process.pid % 1000) });
  await ensureDatabase(cluster.url('postgres'), 'bench');
  const db = createDb(cluster.url('bench'), { max: 20 });
  try {
    await migrateToLatest(db);
    await seedDemo(db, systemClock);
    const officer = await db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name'])
      .where('u.email', '=', 'wijkagent@politie.example')
      .executeTakeFirstOrThrow();
    const tableRows = await db.selectFrom('tables').select(['id', 'code']).orderBy('code').execute();
    const tableIds = tableRows.map((t) => t.id);
    const actor: Actor = { userId: officer.id, displayName: officer.display_name, organisationId: officer.organisation_id, organisationName: officer.name, role: 'partner-professional', tableIds, mfa: true, authMethod: 'demo' };
    for (let i = 0; i < EXTRA_CASES; i++) {
      await registerCase({ db, clock: systemClock }, actor, { traceId: 'bench', spanId: 'bench' }, {
        kind: 'individual',
        tableId: tableIds[i % tableIds.length] ?? '',
        subject: { fullName: `Benchpersoon ${i}`, birthDate: '2010-06-15', municipality: 'Lisse' },
        legalRepresentatives: [{ fullName: `Ouder ${i}`, relation: 'parent', contact: '06-00000000' }],
        reason: 'Benchmarkaanmelding met een korte reden.',
        facts: { adolescentCriminalLaw: 'no', youthCareContinuedAfter18: 'no', youthCareDecidedBefore18: 'no', youthCareResumptionWithinHalfYear: 'no', partOfYouthNetwork: 'yes', areaSafetyProblem: 'yes', careSafetyCooperationNeeded: 'yes', planBeyondReferrerNeeded: 'yes' },
      });
    }
    const chainDirector = await db.selectFrom('users').select('id').where('role', '=', 'chain-director').executeTakeFirstOrThrow();
    const sampleCase = await db.selectFrom('cases').select('id').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow();

    const config = loadConfig({ NODE_ENV: 'development', KETENTAFEL_LOG_LEVEL: 'silent', KETENTAFEL_SEED_DEMO: 'off' });
    const app = await buildApp({ db, config, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appUrl = `http://127.0.0.1:${String((app.server.address() as { port: number }).port)}`;
    const login = await fetch(`${appUrl}/api/v1/demo-sessions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: config.publicUrl }, body: JSON.stringify({ userId: chainDirector.id }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    // The baseline: the same data SQL, no session, no validation, no logging, no presenter.
    const scope = { kind: 'tables', tableIds } as const;
    const bare = Fastify({ logger: false });
    bare.get('/bare/cases/:id', async (request) => {
      const { id } = request.params as { id: string };
      const row = await repo.findCase(db, scope, id);
      const [contributions, reps, decision, informing, queries, history] = await Promise.all([
        repo.findContributions(db, id, ['registration-reason', 'criteria-criminal', 'criteria-care', 'criteria-other']),
        repo.findLegalRepresentatives(db, id),
        repo.findLatestDecision(db, id),
        findInformingTask(db, id),
        listPartnerQueries(db, id),
        repo.findHistory(db, id),
      ]);
      return { row, contributions, reps, decision, informing, queries, history };
    });
    bare.get('/bare/cases', async () => ({ cases: await repo.listCases(db, scope, {}) }));
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${String((bare.server.address() as { port: number }).port)}`;

    const scenarios: [string, string, string][] = [
      ['get case', `${appUrl}/api/v1/cases/${sampleCase.id}`, `${bareUrl}/bare/cases/${sampleCase.id}`],
      [`list my tables' cases (${String(EXTRA_CASES + 2)})`, `${appUrl}/api/v1/cases`, `${bareUrl}/bare/cases`],
    ];
    const lines: string[] = [];
    for (const [name, appTarget, bareTarget] of scenarios) {
      await runLoad(bareTarget, { seconds: 1, concurrency: CONCURRENCY });
      await runLoad(appTarget, { seconds: 1, concurrency: CONCURRENCY, headers: { cookie } });
      const baseline = await runLoad(bareTarget, { seconds: SECONDS, concurrency: CONCURRENCY });
      const full = await runLoad(appTarget, { seconds: SECONDS, concurrency: CONCURRENCY, headers: { cookie } });
      if (full.errors > 0 || baseline.errors > 0) throw new Error(`${name}: non-200 responses (app ${String(full.errors)}, bare ${String(baseline.errors)})`);
      lines.push(format(name, baseline, full));
    }
    console.log(`\nKetentafel API benchmark — ${String(SECONDS)} s per run, ${String(CONCURRENCY)} concurrent connections, same machine and database\n`);
    console.log('| scenario | bare Fastify req/s | p50 / p99 ms | Ketentafel req/s | p50 / p99 ms | ratio |');
    console.log('|---|---|---|---|---|---|');
    for (const line of lines) console.log(line);
    await app.close();
    await bare.close();
  } finally {
    await db.destroy();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function format(name: string, baseline: LoadResult, full: LoadResult): string {
  const ms = (r: LoadResult) => `${r.p50ms.toFixed(1)} / ${r.p99ms.toFixed(1)}`;
  return `| ${name} | ${baseline.perSecond.toFixed(0)} | ${ms(baseline)} | ${full.perSecond.toFixed(0)} | ${ms(full)} | ${((full.perSecond / baseline.perSecond) * 100).toFixed(0)} % |`;
}

await main();
