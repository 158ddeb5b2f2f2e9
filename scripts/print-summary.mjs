// Prints one "N passed, N failed" line per runner and a total, from their JSON reports.
// Arguments: each runner's exit status (vitest, Playwright, ESLint, replicas), so a run that failed outside
// any test (an unhandled error, a crashed worker) is not summarized as a clean one.
import { existsSync, readFileSync } from 'node:fs';

const [vitestStatus = '0', playwrightStatus = '0', lintStatus = '0', replicasStatus = '0'] = process.argv.slice(2);
const outsideTests = (status, failedHere) => (status !== '0' && failedHere === 0 ? ` (exited ${status}: errors outside the tests, see its output)` : '');

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const lines = [];
let passed = 0;
let failed = 0;

// ESLint: files without a problem are "passed", each error or warning is a failure (zero warnings
// policy). Clean files are not added to the total, which counts tests.
const eslint = read('reports/eslint.json');
if (eslint) {
  const problems = eslint.flatMap((f) => f.messages.map((m) => `  ${f.filePath}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`));
  const clean = eslint.filter((f) => f.messages.length === 0).length;
  lines.push(`eslint: ${clean} passed, ${problems.length} failed (files, problems)${outsideTests(lintStatus, problems.length)}`);
  if (problems.length > 0) console.log(`ESLint problems:\n${problems.slice(0, 50).join('\n')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
  failed += problems.length || (lintStatus !== '0' ? 1 : 0);
} else {
  lines.push('eslint: 0 passed, 1 failed');
  failed += 1;
}

const vitest = read('reports/vitest.json');
if (vitest) {
  const failedHere = vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${failedHere} failed${outsideTests(vitestStatus, failedHere)}`);
  passed += vitest.numPassedTests;
  failed += failedHere;
} else {
  lines.push('vitest: 0 passed, 1 failed');
  failed += 1;
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats ?? {};
  lines.push(`playwright: ${expected} passed, ${unexpected + flaky} failed${outsideTests(playwrightStatus, unexpected + flaky)}`);
  passed += expected;
  failed += unexpected + flaky;
} else {
  lines.push('playwright: 0 passed, 1 failed');
  failed += 1;
}

const replicas = read('reports/replicas.json');
if (replicas) {
  lines.push(`replicas behind haproxy: ${replicas.passed} passed, ${replicas.failed} failed${outsideTests(replicasStatus, replicas.failed)}`);
  passed += replicas.passed;
  failed += replicas.failed;
} else {
  lines.push('replicas behind haproxy: 0 passed, 1 failed');
  failed += 1;
}

console.log(`\n${lines.join('\n')}\ntotal: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
