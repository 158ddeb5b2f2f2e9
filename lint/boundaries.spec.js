import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rundownPlugin } from './boundaries.js';

const cwd = '/repo';
const options = {
  zones: [{ from: 'apps/api/src/common', disallow: ['apps/api/src/modules'], message: 'common/ never imports modules/' }],
  siblings: [
    { root: 'apps/web/src/features', allow: [['apps/web/src/features/events/a.ts', 'apps/web/src/features/budgets/b']], message: 'no cross-feature' },
    { root: 'apps/api/src/modules', targets: '\\.repository\\.js$', message: 'not a repository' },
  ],
};

function lint(filename, code) {
  const linter = new Linter({ cwd });
  const config = [{ files: ['**/*.js', '**/*.ts'], plugins: { rundown: rundownPlugin }, rules: { 'rundown/boundaries': ['error', options] } }];
  return linter.verify(code, config, { filename: `${cwd}/${filename}` }).map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps common/ out of modules/', () => {
    expect(lint('apps/api/src/common/guard.js', "import { x } from '../modules/auth/identity.service.js';")).toEqual([
      'common/ never imports modules/ (apps/api/src/common/guard.js → apps/api/src/modules/auth/identity.service.js)',
    ]);
    expect(lint('apps/api/src/common/guard.js', "import { x } from './app-error.js';")).toEqual([]);
    expect(lint('apps/api/src/modules/auth/x.js', "import { x } from '../../common/app-error.js';")).toEqual([]);
  });

  it('keeps features apart, except the pairs allowed', () => {
    expect(lint('apps/web/src/features/events/c.ts', "export * from '../timeline/api/x';")).toHaveLength(1);
    expect(lint('apps/web/src/features/events/c.ts', "const m = import('../budgets/b');")).toHaveLength(1);
    expect(lint('apps/web/src/features/events/a.ts', "import { b } from '../budgets/b';")).toEqual([]);
    expect(lint('apps/web/src/features/events/c.ts', "import { x } from '../events/api/x'; import { y } from '../../lib/y'; import z from 'react';")).toEqual([]);
  });

  it("lets a module use another's service but not its repository", () => {
    expect(lint('apps/api/src/modules/budgets/s.js', "import { E } from '../events/events.service.js';")).toEqual([]);
    expect(lint('apps/api/src/modules/budgets/s.js', "import { R } from '../events/events.repository.js';")).toHaveLength(1);
    expect(lint('apps/api/src/modules/budgets/s.js', "import { R } from './budgets.repository.js';")).toEqual([]);
  });
});
