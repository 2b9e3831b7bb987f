// `npm test`: the whole suite, in order, stopping at the first failure.
// typecheck → lint → domain unit tests → server integration tests (real PostgreSQL) →
// OpenAPI lint (NL API Design Rules) → end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const steps = [
  ['typecheck', bin('tsc'), ['-b', 'tsconfig.json']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['unit + integration', bin('vitest'), ['run']],
  ['openapi lint', process.execPath, ['scripts/lint-openapi.mjs']],
  ['e2e', 'npm', ['run', 'test:e2e']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n${results.join('\n')}\n\n✘ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nAll tests passed.`);
