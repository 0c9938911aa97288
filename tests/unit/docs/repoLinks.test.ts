import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

/** Inside the repository and present: a clone has nothing beside it. */
function resolvesInRepo(path: string): boolean {
  const target = resolve(REPO, path.split('#')[0]!);
  return !relative(REPO, target).startsWith('..') && existsSync(target);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(folder, f));
}

describe('what a clone of the repository points to exists in it', () => {
  it('every relative link and image in README.md resolves to a file in the repository', () => {
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const relativeTargets = targets.filter((t) => !/^(https?:|mailto:|#)/.test(t));
    expect(relativeTargets).toContain('docs/hardware-facts.md');
    expect(relativeTargets.filter((t) => !resolvesInRepo(t))).toEqual([]);
  });

  it('README.md names no path outside the repository', () => {
    expect(README.match(/\.\.\/[\w./-]+/g) ?? []).toEqual([]);
  });

  it('every docs/ file the app names (footer, source list) is in the repository', () => {
    const named = sourceFiles(join(REPO, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bdocs\/[\w.-]+\.\w+/g)].map((m) => m[0]),
    );
    expect(named).toContain('docs/hardware-facts.md');
    expect(named.filter((path) => !resolvesInRepo(path))).toEqual([]);
  });

  it('the app names the fact sheet only by its path in the repository', () => {
    const stale = sourceFiles(join(REPO, 'src')).filter((file) =>
      readFileSync(file, 'utf8').includes('shared/reference/hardware-facts.md'),
    );
    expect(stale.map((f) => relative(REPO, f))).toEqual([]);
  });
});
