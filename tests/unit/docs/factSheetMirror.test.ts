import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');
const MIRROR = join(REPO, 'docs/hardware-facts.md');

/** The shared fact sheet in the nearest folder above the repository that has one (none in a lone clone). */
function sharedFactSheet(): string | undefined {
  for (let folder = dirname(REPO); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared/reference/hardware-facts.md');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

const shared = sharedFactSheet();

describe('docs/hardware-facts.md', () => {
  it('opens with one note saying it mirrors the shared fact sheet', () => {
    const note = readFileSync(MIRROR, 'utf8').split('\n\n')[0]!;
    expect(note).toMatch(/^> A mirror of the project's shared fact sheet \(`shared\/reference\/hardware-facts\.md`\)/);
    expect(note).not.toContain('\n\n');
  });

  it.skipIf(shared === undefined)('is the shared fact sheet, unchanged below its note', () => {
    const mirror = readFileSync(MIRROR, 'utf8');
    const body = mirror.slice(mirror.indexOf('\n\n') + 2);
    expect(body, `docs/hardware-facts.md differs from ${shared}: copy the shared file below the note`).toBe(
      readFileSync(shared!, 'utf8'),
    );
  });
});
