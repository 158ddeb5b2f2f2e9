#!/usr/bin/env bash
# Runs every test suite: build, lint (ESLint, zero warnings), unit + integration (vitest: domain,
# api, web, lint rules), the browser journeys (Playwright in Debian's Chromium), then two API
# replicas behind haproxy (tests/replicas/check.mjs; Debian's haproxy). Exits non-zero if
# anything fails.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports && rm -f reports/*.json

pnpm exec turbo run build --output-logs=errors-only || { echo "build: 0 passed, 1 failed"; exit 1; }

pnpm lint --format json --output-file reports/eslint.json
lint_status=$?

pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_status=$?

pnpm exec playwright test
playwright_status=$?

node tests/replicas/check.mjs --report reports/replicas.json
replicas_status=$?

node scripts/print-summary.mjs "$vitest_status" "$playwright_status" "$lint_status" "$replicas_status"
summary_status=$?
if [ "$lint_status" -ne 0 ] || [ "$vitest_status" -ne 0 ] || [ "$playwright_status" -ne 0 ] || [ "$replicas_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then exit 1; fi
