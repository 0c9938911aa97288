import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExplorer } from '../../../src/state/store';

// State changes are named actions on the store; each one is called by a test in this folder.
describe('the store’s tests', () => {
  it('call every action the store has', () => {
    const actions = Object.entries(useExplorer.getInitialState())
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    const tests = readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.ts') && f !== 'everyAction.test.ts')
      .map((f) => readFileSync(join(__dirname, f), 'utf8'))
      .join('\n');
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((name) => !tests.includes(`.${name}(`))).toEqual([]);
  });
});
