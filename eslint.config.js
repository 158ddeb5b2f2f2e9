// @ts-check
// One flat config for the whole workspace: `pnpm lint` (zero warnings). Decisions in docs/decisions.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { rundownPlugin } from './lint/boundaries.js';

/**
 * Cross-feature imports in the web that were there before the rule: each is a piece of one feature
 * another one shows (the overview's budget and task status, the event's calendar dialog, shared query
 * keys, the portal's file widgets). New ones fail; these move to components/ or lib/ when next touched.
 */
const KNOWN_FEATURE_IMPORTS = [
  ['apps/web/src/features/events/components/event-overview.tsx', 'apps/web/src/features/budgets/api/get-summary'],
  ['apps/web/src/features/events/components/event-overview.tsx', 'apps/web/src/features/timeline/components/task-status-badge'],
  ['apps/web/src/features/events/components/event-detail-page.tsx', 'apps/web/src/features/calendar/components/event-calendar-dialog'],
  ['apps/web/src/features/members/api/leave-organization.ts', 'apps/web/src/features/organizations/api/keys'],
  ['apps/web/src/features/vendors/api/invite-vendor-user.ts', 'apps/web/src/features/members/api/keys'],
  ['apps/web/src/features/rundown/components/cue-form-dialog.tsx', 'apps/web/src/features/timeline/api/people'],
  ['apps/web/src/features/timeline/components/task-files.tsx', 'apps/web/src/features/portal/components/attachment-parts'],
  ['apps/web/src/features/timeline/components/task-files.tsx', 'apps/web/src/features/portal/utils/files'],
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'reports/**', '.data/**', '**/playwright-report/**', '**/test-results/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { rundown: rundownPlugin },
    rules: {
      // `_name` marks what is deliberately unused; `{ id: _id, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      'rundown/boundaries': [
        'error',
        {
          zones: [
            { from: 'apps/api/src/common', disallow: ['apps/api/src/modules'], message: 'common/ never imports modules/' },
            { from: 'packages/domain', disallow: ['apps'], message: 'The domain package imports no app' },
            { from: 'apps/web/src/components', disallow: ['apps/web/src/features', 'apps/web/src/app'], message: 'Shared components import no feature and no app route' },
            { from: 'apps/web/src/lib', disallow: ['apps/web/src/features', 'apps/web/src/app'], message: 'lib/ imports no feature and no app route' },
            { from: 'apps/web/src/features', disallow: ['apps/web/src/app'], message: 'A feature does not import the app shell; the app composes features' },
          ],
          siblings: [
            {
              root: 'apps/web/src/features',
              allow: KNOWN_FEATURE_IMPORTS,
              message: 'Features do not import each other; shared code lives in components/, lib/ or packages/domain',
            },
            {
              root: 'apps/api/src/modules',
              targets: '\\.repository\\.js$',
              message: "Another module is reached through its exported service, never its repository",
            },
          ],
        },
      ],
    },
  },
  // Type-aware rules where there is a TypeScript project.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', 'apps/api/vitest.config.ts', 'packages/domain/vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  // Page scripts (the dashboard's boot.js, benchmarks driving a browser) run in the browser too.
  { files: ['apps/web/public/**/*.js', 'tests/bench/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // The domain's input primitives match control characters on purpose (NUL is refused everywhere).
  { files: ['packages/domain/src/**/*.ts'], rules: { 'no-control-regex': 'off' } },
  // Tests read untyped JSON bodies.
  { files: ['apps/api/test/**/*.ts', '**/*.spec.ts', '**/*.spec.tsx'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
