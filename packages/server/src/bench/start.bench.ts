/**
 * `npm run bench:start`: time from process start to "ready" (GET /api/v1/login-options answers 200) for
 * a cold start (empty data folder: initdb, migrations, demo data) and a warm start (existing data), next
 * to a baseline measured in the same run: a bare Node HTTP server started the same way. Target: ≤ 10 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');

async function waitForReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${String(child.exitCode)}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not ready within ${String(timeoutMs)} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function timeStart(command: string, args: string[], env: Record<string, string>, url: string): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  try {
    await waitForReady(url, child, 60_000);
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  const port = 3900 + (process.pid % 50);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-start-'));
  await chmod(dataDir, 0o755);
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    KETENTAFEL_DATA_DIR: dataDir,
    KETENTAFEL_EMBEDDED_PG_PORT: String(57_000 + (process.pid % 1000)),
    KETENTAFEL_LOG_LEVEL: 'warn',
  };
  const url = `http://127.0.0.1:${String(port)}/api/v1/login-options`;
  try {
    const baseline = await timeStart(process.execPath, ['-e', `require('http').createServer((q, s) => { s.writeHead(200); s.end('ok'); }).listen(${String(port)}, '127.0.0.1')`], {}, url);
    const tsxBaseline = await timeStart(tsx, ['-e', `require('http').createServer((q, s) => { s.writeHead(200); s.end('ok'); }).listen(${String(port)}, '127.0.0.1')`], {}, url);
    const cold = await timeStart(tsx, ['packages/server/src/main.ts'], env, url);
    const warm = await timeStart(tsx, ['packages/server/src/main.ts'], env, url);
    const row = (name: string, ms: number) => `| ${name} | ${(ms / 1000).toFixed(2)} s | ${(ms / baseline).toFixed(1)}× |`;
    console.log('\nKetentafel start to ready (target ≤ 10 s)\n');
    console.log('| run | time to ready | vs bare node HTTP server |');
    console.log('|---|---|---|');
    console.log(row('baseline: bare node HTTP server', baseline));
    console.log(row('baseline: bare HTTP server under tsx', tsxBaseline));
    console.log(row('Ketentafel cold (initdb, migrations, demo data)', cold));
    console.log(row('Ketentafel warm (existing data)', warm));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
