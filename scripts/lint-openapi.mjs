// Generates the OpenAPI document and lints it with the NL API Design Rules ruleset (Spectral).
// Fails on any error or warning.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.tsbuild', 'openapi.json');
mkdirSync(path.dirname(out), { recursive: true });
const ruleset = process.env.ADR_RULESET ?? path.resolve(root, '../shared/adr/linter.yaml');
const fallback = path.join(root, 'docs', 'api', 'adr-linter.yaml');
import { existsSync } from 'node:fs';
const rules = existsSync(ruleset) ? ruleset : fallback;

execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['packages/server/src/http/openapi-export.ts', out], { cwd: root, stdio: 'inherit' });
execFileSync(path.join(root, 'node_modules/.bin/spectral'), ['lint', '-r', rules, '--fail-severity', 'warn', out], { cwd: root, stdio: 'inherit' });
console.log(`OpenAPI document ${path.relative(root, out)} passes ${path.relative(root, rules)} with 0 errors and 0 warnings.`);
