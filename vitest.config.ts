import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/domain', 'apps/api', 'apps/web', { test: { name: 'lint', include: ['lint/**/*.spec.js'] } }],
  },
});
