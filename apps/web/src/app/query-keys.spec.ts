import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('query keys', () => {
  it('come only from a feature key factory (no array literal written where a query is read or invalidated)', () => {
    const offenders = sourceFiles(SRC)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${relative(SRC, file)}:${i + 1}`, line })),
      )
      .filter(({ line }) => /queryKey:\s*\[/.test(line) || /queryKey\[0\]\s*[!=]==\s*'/.test(line))
      .map(({ where }) => where);
    expect(offenders).toEqual([]);
  });
});
