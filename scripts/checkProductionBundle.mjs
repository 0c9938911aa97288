// npm test's guard that test-only code never ships: builds the site exactly as `npm run build` does
// (into a scratch folder, so dist/ is left alone) and fails if any emitted file carries the scene
// probe (window.__clusterscope, mounted only by `vite build --mode e2e`) or the adversarial-link fixture,
// or lacks the fact sheet the footer links to.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Strings that exist only in test code: the probe's global and a value of tests/fixtures/adversarialLinks.ts. */
const TEST_ONLY = ['__clusterscope', 'DROP TABLE links'];

const outDir = mkdtempSync(join(tmpdir(), 'clusterscope-bundle-'));
try {
  await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const problems = files.flatMap((f) => {
    const path = join(f.parentPath, f.name);
    const text = readFileSync(path, 'utf8');
    return TEST_ONLY.filter((s) => text.includes(s)).map((s) => `${path.slice(outDir.length + 1)} contains "${s}"`);
  });
  // The footer links to the fact sheet at this path; vite.config.ts ships it.
  if (!files.some((f) => join(f.parentPath, f.name) === join(outDir, 'docs/hardware-facts.md'))) {
    problems.push('docs/hardware-facts.md (the footer links to it) is missing');
  }
  if (problems.length > 0) {
    console.error(`The production bundle is wrong:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`Production bundle: ${files.length} files, no test hooks or fixtures, fact sheet included.`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
