// `npm test`: the one gate. Runs, in order, typecheck, lint (zero warnings), unit tests, the
// Playwright e2e suite in Debian's chromium, and the lab suites against real FRR / WireGuard /
// strongSwan. Ends with one line "gate: N passed, N failed" summed over every test runner.
//
// `npm test -- unit e2e` runs only the named steps (for local work; CI always runs all).
// A suite that cannot run here (no root, not Linux) is reported loudly; with CI=true that fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystem } from './ensure-system.mjs';

const isCI = !!process.env.CI;
const STEPS = ['typecheck', 'lint', 'unit', 'e2e', 'lab'];
const wanted = process.argv.slice(2).filter((a) => STEPS.includes(a));
const steps = wanted.length > 0 ? wanted : STEPS;

const totals = { passed: 0, failed: 0, skipped: 0 };
const notRun = [];
let failedSteps = [];

mkdirSync('test-results', { recursive: true });

for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step} ━━`);
  const ok = runStep(step);
  console.log(`━━ ${step}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) {
    failedSteps.push(step);
    // Later steps still run when only tests failed, so one run shows every failure; a broken
    // typecheck or lint stops early because everything after it would be noise.
    if (step === 'typecheck' || step === 'lint') break;
  }
}

if (notRun.length > 0) {
  console.log('\n!!! SUITES THAT DID NOT RUN !!!');
  for (const n of notRun) console.log(`!!! ${n}`);
  if (isCI) failedSteps = [...failedSteps, 'suites not run'];
}
if (totals.skipped > 0) {
  console.log(`\n!!! ${totals.skipped} test(s) were skipped: a skipped test does not count as passing.`);
  if (isCI) failedSteps = [...failedSteps, 'skipped tests'];
}
if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(
  `gate: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length > 0 ? 1 : 0);

function runStep(step) {
  switch (step) {
    case 'typecheck':
      return run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
    case 'lint':
      return run('npx', ['biome', 'check', '--error-on-warnings', '.']);
    case 'unit':
      return vitest('unit');
    case 'e2e':
      return e2e();
    case 'lab':
      return lab();
    default:
      throw new Error(`unknown step ${step}`);
  }
}

function vitest(project) {
  const out = `test-results/${project}.json`;
  rmSync(out, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) return false;
  const report = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if ((report.numTotalTests ?? 0) === 0) {
    console.log(`[${project}] no tests ran`);
    return false;
  }
  return ok;
}

function e2e() {
  if (!run('node', ['scripts/ensure-browser.mjs'])) {
    notRun.push('e2e: no chromium could be found or installed');
    return !isCI;
  }
  if (!run('npx', ['vite', 'build'])) return false;
  const out = 'test-results/e2e-results.json';
  rmSync(out, { force: true });
  const ok = run('npx', ['playwright', 'test']);
  if (!existsSync(out)) return false;
  const stats = JSON.parse(readFileSync(out, 'utf8')).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  return ok;
}

function lab() {
  const system = ensureSystem('lab');
  if (!system.ok) {
    notRun.push(
      `lab (real FRR, WireGuard, strongSwan): missing ${system.missing.map((r) => r.name).join(', ')}: ${system.why}`,
    );
    return !isCI;
  }
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    notRun.push('lab: network namespaces need Linux and root');
    return !isCI;
  }
  return vitest('lab');
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}
