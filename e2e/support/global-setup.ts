import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startIdp, IDP_CLIENT_ID, type RunningIdp } from './idp.ts';
import type { DemoUser } from './context.ts';

/**
 * Starts, once for the whole e2e run:
 * - a local OpenID provider (oidc-provider) on its own port;
 * - the real Ketentafel server (`tsx packages/server/src/main.ts`) in development mode, with the
 *   embedded PostgreSQL in a fresh temporary directory, the demo data, the built web app, demo login
 *   and OIDC against the local provider (MFA required);
 * - one demo session per demo user, created through the API, so the specs do not each log in
 *   (demo login is rate limited to 10 per minute per address).
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
/** Sessions are created from another loopback address than the browser's, so they do not use up its login budget. */
const SETUP_LOCAL_ADDRESS = '127.0.0.2';

let server: ChildProcess | undefined;
let serverExit: Promise<number | null> | undefined;
let serverLog: WriteStream | undefined;
let idp: RunningIdp | undefined;
let dataDir: string | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A plain HTTP request from a chosen local address (fetch cannot choose one). */
function http(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

async function tail(file: string, lines = 60): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(geen serverlog)';
  }
}

async function waitForServer(baseUrl: string, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited: number | null | undefined;
  void serverExit?.then((code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`De server stopte tijdens het starten (exit ${String(exited)}):\n${await tail(logFile)}`);
    try {
      const res = await http(`${baseUrl}/api/v1/login-options`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`De server antwoordde niet binnen ${START_TIMEOUT_MS / 1000} s:\n${await tail(logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Logs in every demo user through the API and returns their session cookies. */
async function createDemoSessions(baseUrl: string): Promise<DemoUser[]> {
  let localAddress: string | undefined = SETUP_LOCAL_ADDRESS;
  const options = await http(`${baseUrl}/api/v1/login-options`, { localAddress }).catch(async (error: unknown) => {
    // A machine whose loopback is only 127.0.0.1: share the browser's login budget then.
    console.warn(`[e2e] kan niet vanaf ${SETUP_LOCAL_ADDRESS} verbinden (${error instanceof Error ? error.message : String(error)})`);
    localAddress = undefined;
    return http(`${baseUrl}/api/v1/login-options`);
  });
  const { demoUsers } = JSON.parse(options.body) as { demoUsers: Omit<DemoUser, 'sessionCookie'>[] };
  const users: DemoUser[] = [];
  for (const user of demoUsers) {
    const res = await http(`${baseUrl}/api/v1/demo-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ userId: user.id }),
      localAddress,
    });
    const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('kt_session='));
    const token = setCookie?.split(';')[0]?.slice('kt_session='.length);
    if (res.status !== 204 || !token) throw new Error(`Demo-inloggen als ${user.displayName} mislukte: ${String(res.status)} ${res.body}`);
    users.push({ ...user, sessionCookie: token });
  }
  return users;
}

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  if (!existsSync(path.join(repoRoot, 'packages/web/dist/index.html'))) {
    throw new Error('packages/web/dist ontbreekt: start de e2e-tests met `npm run test:e2e` (bouwt eerst de webapp) of draai `npm run build:web`.');
  }
  const [port, pgPort, idpPort] = [await freePort(), await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-e2e-'));
  // mkdtemp creates 0700; as root, PostgreSQL runs as the 'postgres' user and must be able to enter it.
  await chmod(dataDir, 0o755);

  idp = await startIdp({ port: idpPort, redirectUri: `${baseUrl}/auth/oidc/callback` });

  // The caller's Ketentafel settings must not leak in (e.g. a DATABASE_URL or NODE_ENV=test from vitest).
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('KETENTAFEL_') && !key.startsWith('OIDC_') && key !== 'DATABASE_URL');
  const env: NodeJS.ProcessEnv = Object.fromEntries(inherited);
  Object.assign(env, {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    KETENTAFEL_PUBLIC_URL: baseUrl,
    KETENTAFEL_DATA_DIR: dataDir,
    KETENTAFEL_EMBEDDED_PG_PORT: String(pgPort),
    KETENTAFEL_LOG_LEVEL: 'info',
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: IDP_CLIENT_ID,
    OIDC_ALLOW_INSECURE_ISSUER: 'on',
    OIDC_REQUIRE_MFA: 'on',
  });
  const logFile = path.join(dataDir, 'server.log');
  serverLog = createWriteStream(logFile);
  server = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['packages/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    detached: true, // own process group: teardown stops tsx, node and PostgreSQL together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(serverLog, { end: false });
  server.stderr?.pipe(serverLog, { end: false });
  const child = server;
  serverExit = new Promise((resolve) => child.once('exit', (code) => {
    resolve(code);
  }));

  let users: DemoUser[];
  try {
    await waitForServer(baseUrl, logFile);
    users = await createDemoSessions(baseUrl);
  } catch (error) {
    // vitest does not call teardown when setup fails: stop what was started here.
    await teardown();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('idpIssuer', idp.issuer);
  project.provide('demoUsers', users);
  console.log(`[e2e] Ketentafel op ${baseUrl}, test-IdP op ${idp.issuer}, klaar in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${logFile})`);
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child?.pid || !serverExit) return;
  const exited = serverExit;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid ?? 0), signal);
    } catch {
      // the group is gone already
    }
  };
  if (child.exitCode === null && child.signalCode === null) signalGroup('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => {
    resolve('timeout');
  }, STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    console.warn('[e2e] de server stopte niet op SIGTERM; SIGKILL');
    signalGroup('SIGKILL');
    await exited;
  }
  // PostgreSQL may outlive tsx by a moment while it shuts down: wait until the whole group is gone.
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(child.pid)) signalGroup('SIGKILL');
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function teardown(): Promise<void> {
  await stopServer();
  serverLog?.end();
  await idp?.close();
  if (dataDir && process.env.KETENTAFEL_E2E_KEEP !== '1') await rm(dataDir, { recursive: true, force: true });
  else if (dataDir) console.log(`[e2e] gegevens en serverlog bewaard in ${dataDir}`);
}
